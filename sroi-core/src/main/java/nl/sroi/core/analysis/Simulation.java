package nl.sroi.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import javax.money.Monetary;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import nl.sroi.core.internal.Kernel;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;
import nl.sroi.core.text.Message;

/**
 * Monte Carlo simulation over the ranged estimates of a model. Each estimate is drawn independently from its
 * distribution (triangular or Beta-PERT with the point value as mode, or uniform; a range with low = high is a
 * constant); a drawn duration is rounded to whole years; a proxy's range is in the model's prices. When the model
 * has transfers, the welfare view (section 11.2 of the format) is summarized beside the totals.
 *
 * <p>Iterations run in chunks of {@link #CHUNK}, each with its own generator seeded from the run's seed and the
 * chunk's number, and each chunk writes its own slice of the results: the same model, iterations and seed give
 * the same numbers with any number of threads. The chunks run on the {@link Executor} the simulation was made
 * with: {@link #DEFAULT} runs them one after the other on the calling thread; a host that wants more cores passes
 * its own pool (the service passes the common fork-join pool). Inside a chunk nothing is allocated per iteration:
 * the kernel's estimates are set and the kernel re-evaluated. Stateless and thread-safe.
 */
public final class Simulation {

    /** Iterations per chunk (and per generator). */
    public static final int CHUNK = 1000;
    /** Iterations when a caller names none: 10,000. */
    public static final int DEFAULT_ITERATIONS = 10_000;
    /** The most iterations one run may have: 1,000,000 (two arrays of doubles, 16 MB). */
    public static final int MAX_ITERATIONS = 1_000_000;
    /** The seed when a caller names none. */
    public static final long DEFAULT_SEED = 1;
    /** Runs every chunk on the calling thread: no thread is started or borrowed. */
    public static final Simulation DEFAULT = new Simulation(Runnable::run);

    private final Executor executor;

    /**
     * A simulation that runs its chunks of iterations on {@code executor}; the results do not depend on it.
     *
     * @param executor where the chunks run, for example {@code ForkJoinPool.commonPool()} to use every core
     */
    public Simulation(Executor executor) {
        this.executor = executor;
    }

    /**
     * Whether a run may have this many iterations: 1 to {@link #MAX_ITERATIONS}.
     *
     * @param iterations the number asked for
     * @return true when a run accepts it
     */
    public static boolean allows(long iterations) {
        return iterations >= 1 && iterations <= MAX_ITERATIONS;
    }

    /**
     * Runs the simulation.
     *
     * @param valid      the model; only its ranged estimates vary
     * @param iterations how many iterations, 1 to {@link #MAX_ITERATIONS}
     * @param seed       the seed of the run's generators
     * @return the summaries, or a problem with the parameter {@code iterations} when it is out of range
     */
    public Validated<SimulationResult> run(ValidModel valid, long iterations, long seed) {
        return run(valid, iterations, seed, Cancellation.NONE);
    }

    /**
     * Runs the simulation, asking {@code cancellation} before every iteration.
     *
     * @param valid        the model; only its ranged estimates vary
     * @param iterations   how many iterations, 1 to {@link #MAX_ITERATIONS}
     * @param seed         the seed of the run's generators
     * @param cancellation asked before every iteration, on every thread that runs a chunk
     * @return the summaries, or a problem with the parameter {@code iterations} when it is out of range
     * @throws Cancellation.Cancelled when {@code cancellation} says so
     */
    public Validated<SimulationResult> run(ValidModel valid, long iterations, long seed, Cancellation cancellation) {
        return iterations(iterations).map(n -> summarized(valid, n, seed, cancellation));
    }

    /**
     * A number of iterations as a run takes it.
     *
     * @param iterations the number asked for
     * @return the number, or a problem with the parameter {@code iterations} when it is not 1 to
     *         {@link #MAX_ITERATIONS}
     */
    public static Validated<Integer> iterations(long iterations) {
        if (!allows(iterations)) {
            return Validated.invalidParameter("iterations", ProblemCode.OUT_OF_RANGE,
                    Message.of("outOfRange.iterations", MAX_ITERATIONS, iterations));
        }
        return Validated.valid((int) iterations);
    }

    /**
     * A run's number of iterations and seed, as a query or a command line gives them.
     *
     * @param iterations 1 to {@link #MAX_ITERATIONS}
     * @param seed       any whole number
     */
    public record Settings(int iterations, long seed) {

        private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[+-]?[0-9]+");

        /**
         * The settings of two parameters as given, each a whole number in the digits 0 to 9 with an optional sign
         * and surrounding blanks ({@code null}: the defaults {@link #DEFAULT_ITERATIONS} and {@link #DEFAULT_SEED}).
         *
         * @param iterations the number of iterations as text, or {@code null}
         * @param seed       the seed as text, or {@code null}
         * @return the settings, or the problem with the first wrong parameter ({@code iterations}, then
         *         {@code seed})
         */
        public static Validated<Settings> of(String iterations, String seed) {
            Long n = iterations == null ? Long.valueOf(DEFAULT_ITERATIONS) : wholeNumber(iterations);
            if (n == null) {
                return notWhole("iterations", iterations);
            }
            Long s = seed == null ? Long.valueOf(DEFAULT_SEED) : wholeNumber(seed);
            if (s == null) {
                return notWhole("seed", seed);
            }
            return Simulation.iterations(n).map(count -> new Settings(count, s));
        }

        /** The value of a whole number, or null when the text is not one (or it does not fit a long). */
        private static Long wholeNumber(String text) {
            String t = text.trim();
            if (!WHOLE.matcher(t).matches()) {
                return null;
            }
            java.math.BigInteger value = new java.math.BigInteger(t);
            return value.bitLength() < 64 ? value.longValue() : null;
        }

        private static <T> Validated<T> notWhole(String parameter, String value) {
            return Validated.invalidParameter(parameter, ProblemCode.WRONG_TYPE,
                    Message.of("parameter.notWhole", parameter, value));
        }
    }

    private SimulationResult summarized(ValidModel valid, int iterations, long seed, Cancellation cancellation) {
        SroiModel model = valid.model();
        Kernel base = Kernel.of(valid);
        List<EstimateRef.Ranged> ranged = EstimateRef.ranged(model);
        double[] points = ranged.stream().mapToDouble(r -> r.ref().pointValue(model)).toArray();
        double[] ratio = new double[iterations];
        double[] npv = new double[iterations];
        boolean welfare = base.hasTransfers();
        double[] welfareRatio = welfare ? new double[iterations] : null;
        double[] welfareNpv = welfare ? new double[iterations] : null;
        int chunks = (iterations + CHUNK - 1) / CHUNK;
        CompletableFuture<?>[] running = new CompletableFuture<?>[chunks];
        for (int c = 0; c < chunks; c++) {
            int chunk = c;
            running[c] = CompletableFuture.runAsync(() -> chunk(base, ranged, points, seed, chunk,
                    Math.min(iterations, (chunk + 1) * CHUNK), ratio, npv, welfareRatio, welfareNpv, cancellation),
                    executor);
        }
        try {
            CompletableFuture.allOf(running).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        double[] defined = defined(ratio);
        SimulationResult.Welfare welfareSummary = null;
        if (welfare) {
            double[] definedWelfare = defined(welfareRatio);
            welfareSummary = new SimulationResult.Welfare(
                    definedWelfare.length == 0 ? null : Statistics.summarize(definedWelfare, true),
                    Statistics.summarize(welfareNpv, false));
        }
        return new SimulationResult(model.id(), Monetary.getCurrency(model.currency()), iterations, seed,
                defined.length == 0 ? null : Statistics.summarize(defined, true), Statistics.summarize(npv, false),
                iterations - defined.length, welfareSummary);
    }

    private static double[] defined(double[] ratios) {
        return Arrays.stream(ratios).filter(r -> !Double.isNaN(r)).toArray();
    }

    /**
     * Runs iterations {@code chunk × CHUNK} to {@code end}, each writing its own slot of the arrays (of the welfare
     * view too when the model has transfers; those arrays are {@code null} otherwise).
     */
    private static void chunk(Kernel base, List<EstimateRef.Ranged> ranged, double[] points, long seed, int chunk,
                              int end, double[] ratio, double[] npv, double[] welfareRatio, double[] welfareNpv,
                              Cancellation cancellation) {
        Kernel k = base.copy();
        Sampler[] samplers = samplers(ranged, points, generator(seed, chunk));
        EstimateRef[] refs = ranged.stream().map(EstimateRef.Ranged::ref).toArray(EstimateRef[]::new);
        for (int i = chunk * CHUNK; i < end; i++) {
            cancellation.check();
            for (int e = 0; e < samplers.length; e++) {
                k.set(refs[e].estimate(), refs[e].outcome(), samplers[e].sample());
            }
            double presentValue = k.evaluate();
            double inputs = k.inputsValue();
            npv[i] = presentValue - inputs;
            ratio[i] = Kernel.ratioOrNaN(presentValue, inputs);
            if (welfareRatio != null) {
                double welfarePv = k.welfarePresentValue();
                welfareNpv[i] = welfarePv - inputs;
                welfareRatio[i] = Kernel.ratioOrNaN(welfarePv, inputs);
            }
        }
    }

    /** A generator for one chunk: SplitMix64 of the seed and the chunk's number, so chunks are independent. */
    static RandomGenerator generator(long seed, int chunk) {
        return new Well19937c(mix(seed + mix(chunk + 0x9E3779B97F4A7C15L)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @FunctionalInterface
    interface Sampler {
        double sample();
    }

    static Sampler[] samplers(List<EstimateRef.Ranged> ranged, double[] points, RandomGenerator rng) {
        List<Sampler> samplers = new ArrayList<>();
        for (int e = 0; e < ranged.size(); e++) {
            Sampler sampler = sampler(ranged.get(e).range(), points[e], rng);
            // a drawn duration is whole years (section 7 of the format)
            samplers.add(ranged.get(e).ref().estimate() == Estimate.DURATION
                    ? () -> Math.round(sampler.sample()) : sampler);
        }
        return samplers.toArray(new Sampler[0]);
    }

    static Sampler sampler(EstimateRange range, double mode, RandomGenerator rng) {
        double low = range.low().doubleValue();
        double high = range.high().doubleValue();
        if (low == high) {
            return () -> low;
        }
        switch (range.distribution()) {
            case UNIFORM -> {
                UniformRealDistribution uniform = new UniformRealDistribution(rng, low, high);
                return uniform::sample;
            }
            case PERT -> {
                double alpha = 1 + 4 * (mode - low) / (high - low);
                double beta = 1 + 4 * (high - mode) / (high - low);
                BetaDistribution pert = new BetaDistribution(rng, alpha, beta);
                return () -> low + (high - low) * pert.sample();
            }
            default -> {
                TriangularDistribution triangular = new TriangularDistribution(rng, low, mode, high);
                return triangular::sample;
            }
        }
    }
}
