package nl.sroi.report;

import java.util.List;

import nl.sroi.core.validation.Problem;

/**
 * Why a report was not made: the document is not JSON, the model or the scenarios are invalid (every problem
 * listed), or a parameter is wrong ({@code detail} names it). The service and the command line turn it into their
 * problem document.
 */
public record Refusal(Kind kind, List<Problem> problems, String detail) {

    public enum Kind { MALFORMED, INVALID_MODEL, INVALID_SCENARIOS, INVALID_PARAMETER }

    public Refusal {
        problems = List.copyOf(problems);
    }

    static Refusal parameter(String detail) {
        return new Refusal(Kind.INVALID_PARAMETER, List.of(), detail);
    }

    /** A value, or why there is none. */
    public record Checked<T>(T value, Refusal refusal) {

        static <T> Checked<T> ok(T value) {
            return new Checked<>(value, null);
        }

        static <T> Checked<T> refused(Refusal refusal) {
            return new Checked<>(null, refusal);
        }

        public boolean ok() {
            return refusal == null;
        }
    }
}
