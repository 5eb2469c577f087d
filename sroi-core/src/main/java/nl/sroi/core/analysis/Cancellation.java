package nl.sroi.core.analysis;

/**
 * Asked by a long analysis between steps whether it should stop: a host that runs analyses for others (the
 * service) stops one when its deadline passes or its client has gone. An analysis that is told to stop throws
 * {@link Cancelled} at its next check (at least every few milliseconds of work) and leaves nothing behind.
 */
@FunctionalInterface
public interface Cancellation {

    /** Never stops: the command line, and any caller that waits for the answer however long it takes. */
    Cancellation NONE = () -> false;

    /**
     * Whether the analysis should stop now. Called often, from any thread: it must be cheap and thread-safe.
     *
     * @return true to stop
     */
    boolean cancelled();

    /** Throws {@link Cancelled} when the analysis should stop. */
    default void check() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }

    /** The analysis stopped because its {@link Cancellation} said so; it has no result. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The analysis was told to stop. */
        public Cancelled() {
            super("the analysis was cancelled", null, false, false);
        }
    }
}
