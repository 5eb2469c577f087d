package nl.sroi.core.json;

import nl.sroi.core.validation.Problem;

/** The bytes are not JSON; carries the one problem, with line and column. */
final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    MalformedJsonException(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
