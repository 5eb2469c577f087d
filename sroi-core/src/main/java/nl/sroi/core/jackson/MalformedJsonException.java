package nl.sroi.core.jackson;

import java.io.IOException;

import nl.sroi.core.validation.Problem;

/**
 * The bytes are not JSON; carries the one problem, with line and column. An {@link IOException}, so that it leaves
 * a reader the way the parser's own errors do.
 */
public final class MalformedJsonException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * The exception for a problem.
     *
     * @param problem the problem, {@code MALFORMED_JSON} with line and column where known
     */
    public MalformedJsonException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    /** The problem says where; a stack trace would only cost time on a document sent to cost it. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /**
     * What is wrong, and where.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }
}
