package nl.sroi.core.text;

import java.util.Locale;
import java.util.Optional;

/** A language the project writes text for people in: Dutch ({@code nl}) or English ({@code en}). */
public enum Language {
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
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
