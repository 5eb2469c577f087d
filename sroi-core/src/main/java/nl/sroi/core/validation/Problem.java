package nl.sroi.core.validation;

import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;

/**
 * One error or warning: the RFC 6901 JSON Pointer of the offending value, a stable code and a sentence that says
 * what is wrong and how to put it right, in Dutch or English ({@link #message(Language)}). The code and the
 * pointer are the same in every language. {@code line} and {@code column} are set only for malformed JSON
 * (1-based), else {@code null}. A problem with a parameter of an operation (not a value of a document) names the
 * {@code parameter} and has no pointer.
 *
 * @param pointer   the JSON Pointer of the offending value ({@code ""} for the whole document); {@code null} for a
 *                  parameter's problem
 * @param code      the stable code
 * @param text      the sentence, not yet in a language
 * @param line      the line of malformed JSON, or {@code null}
 * @param column    the column of malformed JSON, or {@code null}
 * @param parameter the name of the parameter at fault, or {@code null} for a problem in a document
 */
public record Problem(String pointer, ProblemCode code, Message text, Integer line, Integer column,
                      String parameter) {

    /**
     * A problem in a document, with line and column when the document was not JSON.
     *
     * @param pointer the JSON Pointer of the offending value
     * @param code    the stable code
     * @param text    the sentence
     * @param line    the line, or {@code null}
     * @param column  the column, or {@code null}
     */
    public Problem(String pointer, ProblemCode code, Message text, Integer line, Integer column) {
        this(pointer, code, text, line, column, null);
    }

    /**
     * A problem at a value of a document.
     *
     * @param pointer the JSON Pointer of the offending value
     * @param code    the stable code
     * @param text    the sentence
     * @return the problem
     */
    public static Problem of(String pointer, ProblemCode code, Message text) {
        return new Problem(pointer, code, text, null, null, null);
    }

    /**
     * A problem with a parameter of an operation.
     *
     * @param parameter the parameter's name
     * @param code      the stable code
     * @param text      the sentence
     * @return the problem
     */
    public static Problem ofParameter(String parameter, ProblemCode code, Message text) {
        return new Problem(null, code, text, null, null, parameter);
    }

    /**
     * The sentence in English.
     *
     * @return the sentence
     */
    public String message() {
        return text.in(Language.EN);
    }

    /**
     * The sentence in a language.
     *
     * @param language the language
     * @return the sentence
     */
    public String message(Language language) {
        return text.in(language);
    }

    /**
     * The same problem at another pointer (a model's problem inside a scenarios document, for example).
     *
     * @param newPointer the pointer
     * @return the problem at that pointer
     */
    public Problem at(String newPointer) {
        return new Problem(newPointer, code, text, line, column, parameter);
    }
}
