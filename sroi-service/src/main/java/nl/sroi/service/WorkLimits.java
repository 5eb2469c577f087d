package nl.sroi.service;

/**
 * How much work the service takes on, so that no request or burst of requests can take the machine:
 * <ul>
 * <li>{@code budgetSteps}: the most one analysis may cost, estimated from the valid model before it runs
 * ({@link nl.sroi.core.analysis.WorkEstimate}; a step is about a nanosecond). Over it: 422 naming the limit.</li>
 * <li>{@code deadlineMillis}: how long one request may compute; the analyses stop when it passes (and when the
 * client hangs up). 0: no deadline.</li>
 * <li>{@code heavyAtOnce}: heavy requests (an estimate over {@link #LIGHT_STEPS}, or a body over
 * {@code lightBodyBytes}) running at once.</li>
 * <li>{@code heavyWaiting}: heavy requests that may wait for a heavy place, first come first served, each up to
 * {@code heavyWaitMillis}; one more, or one that waited that long, is answered 503 with {@code Retry-After}
 * (the one more at once). 0: none wait.</li>
 * <li>{@code lightAtOnce}: light requests computing at once; more wait (up to the deadline) for their turn, so that
 * a burst queues instead of sharing the cores so thinly that {@code /health} starves.</li>
 * </ul>
 */
public record WorkLimits(long budgetSteps, long deadlineMillis, int heavyAtOnce, int lightAtOnce, long lightBodyBytes,
                         int heavyWaiting, long heavyWaitMillis) {

    /** Work below this many steps (some 50 ms) is light; the calculation of a real analysis is far below it. */
    public static final long LIGHT_STEPS = 50_000_000;

    /**
     * 3 × 10^9 steps (about 3 s on one core), 5 s, heavy requests on half the cores (at least one: 1 on this
     * project's 2-core machine, so that one core stays for everything else), 8 light at once, light bodies up to
     * 64 KiB (the largest real analysis is under 10 KiB); 4 heavy requests waiting, each up to 10 s (three
     * analysts exporting the same minute all get their workbooks).
     */
    public static final WorkLimits DEFAULT = new WorkLimits(3_000_000_000L, 5_000,
            Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 8, 64 * 1024, 4, 10_000);

    public WorkLimits {
        if (budgetSteps < 1 || deadlineMillis < 0 || heavyAtOnce < 1 || lightAtOnce < 1 || lightBodyBytes < 1
                || heavyWaiting < 0 || heavyWaitMillis < 0) {
            throw new ServiceConfig.InvalidOption(ServiceTexts.message("cli.option.workLimits"));
        }
    }

    /** Without a queue for heavy requests: one more than the places is refused at once. */
    public WorkLimits(long budgetSteps, long deadlineMillis, int heavyAtOnce, int lightAtOnce, long lightBodyBytes) {
        this(budgetSteps, deadlineMillis, heavyAtOnce, lightAtOnce, lightBodyBytes, 0, 0);
    }
}
