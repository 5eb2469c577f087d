package nl.sroi.core.validation;

/**
 * One error or warning about a model: the RFC 6901 JSON Pointer of the offending value, a stable code and a plain
 * sentence. {@code line} and {@code column} are set only for malformed JSON (1-based), else {@code null}.
 */
public record Problem(String pointer, ProblemCode code, String message, Integer line, Integer column) {

    public static Problem of(String pointer, ProblemCode code, String message) {
        return new Problem(pointer, code, message, null, null);
    }
}
