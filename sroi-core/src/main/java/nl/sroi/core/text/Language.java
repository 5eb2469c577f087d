package nl.sroi.core.text;

import java.util.Locale;
import java.util.Optional;

/** A language the project writes text for people in: Dutch ({@code nl}) or English ({@code en}). */
public enum Language implements Coded {
    /** Dutch, as in the Netherlands. */
    NL("nl", Locale.forLanguageTag("nl-NL")),
    /** English. */
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /**
     * The code as written on a command line or in a query.
     *
     * @return {@code nl} or {@code en}
     */
    public String code() {
        return code;
    }

    /**
     * The code, as every {@link Coded} value has it.
     *
     * @return {@code nl} or {@code en}
     */
    @Override
    public String id() {
        return code;
    }

    /**
     * The language's name: "Nederlands", "English".
     *
     * @return the name, not yet in a language
     */
    @Override
    public Message label() {
        return Message.of("language." + code);
    }

    /**
     * The locale whose conventions this language's numbers and words follow.
     *
     * @return nl-NL or en-GB
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The language with this code.
     *
     * @param code {@code nl} or {@code en}, exactly
     * @return the language, or empty for any other code (also {@code null})
     */
    public static Optional<Language> of(String code) {
        return Coded.byId(Language.class, code);
    }
}
