package nl.sroi.report;

import java.util.Locale;
import java.util.Optional;

/** The languages a report is written in; model text (titles, descriptions) stays as written. */
public enum Language {
    NL("nl"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as in {@code ?lang=nl} and the page's {@code lang} attribute. */
    public String code() {
        return code;
    }

    /** The language with this code ({@code nl} or {@code en}, any case), or empty. */
    public static Optional<Language> parse(String code) {
        for (Language l : values()) {
            if (l.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
