package nl.sroi.core.validation;

import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;

/** The parameters every operation shares, read from their text as a command line or a query gives them. */
public final class Parameters {

    private Parameters() {
    }

    /**
     * The language a {@code lang} parameter of an operation names.
     *
     * @param code     {@code nl}, {@code en}, or {@code null} for the default
     * @param fallback the default
     * @return the language, or a problem with the parameter {@code lang} for any other code
     */
    public static Validated<Language> language(String code, Language fallback) {
        if (code == null) {
            return Validated.valid(fallback);
        }
        return Language.of(code).map(Validated::valid).orElseGet(() -> Validated.invalidParameter("lang",
                ProblemCode.INVALID_VALUE, Message.of("parameter.lang", code)));
    }
}
