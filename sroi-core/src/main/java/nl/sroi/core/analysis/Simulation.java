package nl.sroi.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import javax.money.Monetary;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import nl.sroi.core.calc.Kernel;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.ValidModel;

/**
 * Monte Carlo simulation over the ranged estimates of a model. Each estimate is drawn independently from its
 * distribution (triangular or Beta-PERT with the point value as mode, or uniform; a range with low = high is a
 * constant); a drawn duration is rounded to whole years.
 *
 * <p>Iterations run in chunks of {@link #CHUNK}, each with its own generator seeded from the run's seed and the
 * chunk's number, and each chunk writes its own slice of the results: the same model, iterations and seed give
 * the same numbers with any number of threads. Both cores are used through the common fork-join pool. Inside a
 * chunk nothing is allocated per iteration: the kernel's estimates are set and the kernel re-evaluated.
 */
public final class Simulation {

    /** Iterations per chunk (and per generator). */
    public static final int CHUNK = 1000;
    public static final int DEFAULT_ITERATIONS = 10_000;
    public static final int MAX_ITERATIONS = 1_000_000;
    public static final long DEFAULT_SEED = 1;

    private Simulation() {
    }

    /** Whether a run may have this many iterations: 1 to {@link #MAX_ITERATIONS}. */
    public static boolean allows(long iterations) {
        return iterations >= 1 && iterations <= MAX_ITERATIONS;
    }

    public static SimulationResult run(ValidModel valid, int iterations, long seed) {
        return run(valid, iterations, seed, Cancellation.NONE);
    }

    /** As {@link #run(ValidModel, int, long)}, asking {@code cancellation} before every iteration. */
    public static SimulationResult run(ValidModel valid, int iterations, long seed, Cancellation cancellation) {
        if (!allows(iterations)) {
            throw new IllegalArgumentException("iterations must be 1 to " + MAX_ITERATIONS + ", was " + iterations);
        }
        SroiModel model = valid.model();
        Kernel base = Kernel.of(valid);
        List<EstimateRef.Ranged> ranged = EstimateRef.ranged(model);
        double[] points = ranged.stream().mapToDouble(r -> r.ref().pointValue(model)).toArray();
        double[] ratio = new double[iterations];
        double[] npv = new double[iterations];
        int chunks = (iterations + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Kernel k = base.copy();
            Sampler[] samplers = samplers(ranged, points, generator(seed, c));
            int end = Math.min(iterations, (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                cancellation.check();
                for (int e = 0; e < samplers.length; e++) {
                    ranged.get(e).ref().apply(k, samplers[e].sample());
                }
                double presentValue = k.evaluate();
                double inputs = k.inputsValue();
                npv[i] = presentValue - inputs;
                ratio[i] = inputs == 0 ? Double.NaN : presentValue / inputs;
            }
        });
        double[] defined = Arrays.stream(ratio).filter(r -> !Double.isNaN(r)).toArray();
        return new SimulationResult(model.id(), Monetary.getCurrency(model.currency()), iterations, seed,
                defined.length == 0 ? null : Statistics.summarize(defined, true), Statistics.summarize(npv, false),
                iterations - defined.length);
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

    private static Sampler[] samplers(List<EstimateRef.Ranged> ranged, double[] points, RandomGenerator rng) {
        List<Sampler> samplers = new ArrayList<>();
        for (int e = 0; e < ranged.size(); e++) {
            samplers.add(sampler(ranged.get(e).range(), points[e], rng));
        }
        return samplers.toArray(new Sampler[0]);
    }

    private static Sampler sampler(EstimateRange range, double mode, RandomGenerator rng) {
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
