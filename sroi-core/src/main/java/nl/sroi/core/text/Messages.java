package nl.sroi.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of sentence templates in every {@link Language}, read from {@code NAME_en.properties} and
 * {@code NAME_nl.properties} (UTF-8) beside a class. A template holds placeholders {@code {0}}, {@code {1}}, …
 * that {@link Message} fills; both languages must hold the same keys with the same placeholders, which is checked
 * when the set is loaded, so that a template missing in one language is a failure at start-up, not an English
 * sentence in a Dutch answer.
 */
public final class Messages {

    /** The sentences of sroi-core: problems, warnings, labels of estimates. */
    public static final Messages CORE = load(Messages.class, "messages");

    private final String name;
    private final Map<Language, Properties> templates;
    private final Map<String, Integer> arity;

    private Messages(String name, Map<Language, Properties> templates) {
        this.name = name;
        this.templates = templates;
        Properties english = templates.get(Language.EN);
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String key : english.stringPropertyNames()) {
            counts.put(key, placeholders(english.getProperty(key)).size());
        }
        this.arity = Map.copyOf(counts);
        for (Language language : Language.values()) {
            Properties t = templates.get(language);
            if (!t.stringPropertyNames().equals(english.stringPropertyNames())) {
                Set<String> missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(t.stringPropertyNames());
                Set<String> extra = new TreeSet<>(t.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                throw new IllegalStateException(name + "_" + language.code() + " lacks " + missing + " and has "
                        + extra + " beyond the English templates");
            }
            for (String key : t.stringPropertyNames()) {
                if (!placeholders(t.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
                    throw new IllegalStateException(name + "_" + language.code() + ": " + key
                            + " has other placeholders than in English");
                }
            }
        }
    }

    /**
     * Loads the templates {@code NAME_en.properties} and {@code NAME_nl.properties} beside a class.
     *
     * @param owner the class the files lie beside
     * @param name  the files' name before the language
     * @return the templates
     * @throws IllegalStateException when a file is missing, or the languages do not hold the same keys and
     *                               placeholders
     */
    public static Messages load(Class<?> owner, String name) {
        Map<Language, Properties> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = name + "_" + language.code() + ".properties";
            try (InputStream in = owner.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("no " + file + " beside " + owner.getName());
                }
                Properties p = new Properties();
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
                all.put(language, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Messages(owner.getPackageName() + "." + name, all);
    }

    /**
     * A message of this set.
     *
     * @param key  the template's key
     * @param args the values of its placeholders, as many as it has
     * @return the message
     * @throws IllegalArgumentException when there is no such template, or the number of values is not the
     *                                  template's number of placeholders (a program error)
     */
    public Message message(String key, Object... args) {
        return new Message(this, key, java.util.Arrays.asList(args));
    }

    /**
     * Whether this set holds a template.
     *
     * @param key the template's key
     * @return true when both languages hold it
     */
    public boolean has(String key) {
        return arity.containsKey(key);
    }

    /**
     * Every key of this set.
     *
     * @return the keys, sorted
     */
    public Set<String> keys() {
        return new TreeSet<>(arity.keySet());
    }

    /**
     * The raw template of a key in a language, placeholders unfilled.
     *
     * @param key      the template's key
     * @param language the language
     * @return the template
     */
    public String template(String key, Language language) {
        String t = templates.get(language).getProperty(key);
        if (t == null) {
            throw new IllegalArgumentException("no message \"" + key + "\" in " + name);
        }
        return t;
    }

    /** Checks a message's key and number of values when it is made. */
    void check(String key, int args) {
        Integer expected = arity.get(key);
        if (expected == null) {
            throw new IllegalArgumentException("no message \"" + key + "\" in " + name);
        }
        if (expected != args) {
            throw new IllegalArgumentException("message \"" + key + "\" takes " + expected + " values, was given "
                    + args);
        }
    }

    /**
     * The templates of this set in one language, filled with values exactly as given: the words of a document.
     *
     * @param language the language
     * @return the words
     */
    public Words in(Language language) {
        return new Words(this, language);
    }

    /** Fills a template's placeholders with the values, each written for the language. */
    String format(String key, Language language, java.util.List<Object> args) {
        return fill(template(key, language), args, value -> Message.text(value, language));
    }

    /**
     * Replaces each placeholder of a template by its value as text (without a regular expression: every answer
     * with a warning fills a few); any other brace stays as written.
     */
    static String fill(String template, java.util.List<Object> args,
                       java.util.function.Function<Object, String> text) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int written = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = placeholderEnd(template, open);
            if (close > 0) {
                out.append(template, written, open).append(text.apply(args.get(index(template, open, close))));
                written = close + 1;
                open = close;
            }
        }
        return out.append(template, written, template.length()).toString();
    }

    /** The numbers of a template's placeholders. */
    private static Set<Integer> placeholders(String template) {
        Set<Integer> found = new TreeSet<>();
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = placeholderEnd(template, open);
            if (close > 0) {
                found.add(index(template, open, close));
                open = close;
            }
        }
        return found;
    }

    /** The highest number of a template's placeholders, or -1 when it has none. */
    static int highestPlaceholder(String template) {
        return placeholders(template).stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    /** The one rule of a placeholder: an opening brace, digits 0–9, a closing brace; that brace, or -1. */
    private static int placeholderEnd(String template, int open) {
        int end = open + 1;
        while (end < template.length() && template.charAt(end) >= '0' && template.charAt(end) <= '9') {
            end++;
        }
        return end > open + 1 && end < template.length() && template.charAt(end) == '}' ? end : -1;
    }

    private static int index(String template, int open, int close) {
        return Integer.parseInt(template, open + 1, close, 10);
    }

    @Override
    public String toString() {
        return "Messages[" + name + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
