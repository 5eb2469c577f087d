package nl.sroi.service;

/** An expected failure of a request, answered with its problem document by {@link Responder#problem}. */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemDocument problem;

    ProblemException(ProblemDocument problem) {
        super(problem.type().slug(), null, false, false);
        this.problem = problem;
    }

    ProblemDocument problem() {
        return problem;
    }
}
