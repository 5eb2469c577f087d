package nl.sroi.core.validation;

/**
 * One error or warning: the RFC 6901 JSON Pointer of the offending value, a stable code and a plain sentence.
 * {@code line} and {@code column} are set only for malformed JSON (1-based), else {@code null}. A problem with a
 * parameter of an operation (not a value of a document) names the {@code parameter} and has no pointer.
 *
 * @param pointer   the JSON Pointer of the offending value ({@code ""} for the whole document); {@code null} for a
 *                  parameter's problem
 * @param code      the stable code
 * @param message   a sentence saying what is wrong and what would be right
 * @param line      the line of malformed JSON, or {@code null}
 * @param column    the column of malformed JSON, or {@code null}
 * @param parameter the name of the parameter at fault, or {@code null} for a problem in a document
 */
public record Problem(String pointer, ProblemCode code, String message, Integer line, Integer column,
                      String parameter) {

    /**
     * A problem in a document, with line and column when the document was not JSON.
     *
     * @param pointer the JSON Pointer of the offending value
     * @param code    the stable code
     * @param message the sentence
     * @param line    the line, or {@code null}
     * @param column  the column, or {@code null}
     */
    public Problem(String pointer, ProblemCode code, String message, Integer line, Integer column) {
        this(pointer, code, message, line, column, null);
    }

    /**
     * A problem at a value of a document.
     *
     * @param pointer the JSON Pointer of the offending value
     * @param code    the stable code
     * @param message the sentence
     * @return the problem
     */
    public static Problem of(String pointer, ProblemCode code, String message) {
        return new Problem(pointer, code, message, null, null, null);
    }

    /**
     * A problem with a parameter of an operation.
     *
     * @param parameter the parameter's name
     * @param code      the stable code
     * @param message   the sentence
     * @return the problem
     */
    public static Problem ofParameter(String parameter, ProblemCode code, String message) {
        return new Problem(null, code, message, null, null, parameter);
    }
}
