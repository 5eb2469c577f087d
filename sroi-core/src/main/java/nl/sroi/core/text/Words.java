package nl.sroi.core.text;

/**
 * The templates of one set of {@link Messages} in one language, for a document: the words of a report or a
 * workbook. Unlike a {@link Message}, which quotes what a reader sent and so shortens it, a document's values are
 * filled in exactly as given: the caller has already written them (a number formatted, HTML escaped).
 */
public final class Words {

    private final Messages messages;
    private final Language language;

    Words(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    /**
     * A template with its placeholders filled.
     *
     * @param key  the template's key
     * @param args the values of its placeholders, as many as it has, each written with {@link String#valueOf}
     * @return the text
     * @throws IllegalArgumentException when there is no such template or the number of values is not its number
     *                                  of placeholders (a program error)
     */
    public String get(String key, Object... args) {
        messages.check(key, args.length);
        return Messages.fill(messages.template(key, language), java.util.Arrays.asList(args), String::valueOf);
    }

    /**
     * A template of a family whose templates share one list of values, each using some of them (the report's
     * warnings take the outcome, its share, the years, the horizon and use what they need).
     *
     * @param key    the template's key
     * @param values the family's values; every placeholder of the template must have one
     * @return the text, the values filled in as given
     * @throws IllegalArgumentException when there is no such template or a placeholder has no value
     */
    public String pick(String key, Object... values) {
        String template = messages.template(key, language);
        int needed = Messages.highestPlaceholder(template) + 1;
        if (values.length < needed) {
            throw new IllegalArgumentException("message \"" + key + "\" needs " + needed + " values, was given "
                    + values.length);
        }
        return Messages.fill(template, java.util.Arrays.asList(values), String::valueOf);
    }

    /**
     * A template as written, its placeholders unfilled: for a caller that fills them itself (escaping the
     * template's own text for HTML, say, but not the values).
     *
     * @param key the template's key
     * @return the template
     * @throws IllegalArgumentException when there is no such template
     */
    public String template(String key) {
        return messages.template(key, language);
    }

    /**
     * Whether the set holds a template (for texts chosen by a code, with a fallback).
     *
     * @param key the template's key
     * @return true when it does
     */
    public boolean has(String key) {
        return messages.has(key);
    }

    /**
     * The language these words are in.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    @Override
    public String toString() {
        return "Words[" + messages + ", " + language.code() + "]";
    }
}
