package nl.sroi.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.apache.commons.math3.random.RandomGenerator;

import nl.sroi.core.internal.Kernel;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * Monte Carlo simulation of a portfolio ({@code portfolio.md} §3): in every iteration each analysis's ranged
 * estimates are drawn and its kernel evaluated, and the portfolio's ratio is the ratio of the sums (each analysis
 * × its share). Estimates are drawn as {@link Simulation} draws them, independently, except the ranged proxies that
 * cite the same library entry ({@code proxy.ref}): in an iteration they all take the same quantile of their own
 * ranges (a proxy is wrong everywhere at once, or nowhere). A negative proxy citing an entry (a cost valued with a
 * positive entry) takes the mirrored quantile 1 − u, so that its size moves with the entry. A Beta-PERT quantile
 * comes from the distribution's function tabulated at {@value #TABLE} + 1 points and inverted by linear
 * interpolation; uniform and triangular quantiles are exact.
 *
 * <p>As in {@link Simulation}, iterations run in chunks (of {@link #CHUNK}), each with its own generator
 * from the seed and the chunk's number, each writing its own slice: the same bytes on any number of threads. An
 * analysis without ranges is evaluated once. Stateless and thread-safe.
 */
public final class PortfolioSimulation {

    /** Runs every chunk on the calling thread. */
    public static final PortfolioSimulation DEFAULT = new PortfolioSimulation(Runnable::run);
    /**
     * Iterations per chunk (and per generator): 250, smaller than a single simulation's 1,000 because each of a
     * portfolio's iterations evaluates every analysis; more, shorter tasks keep both cores busy to the end on a
     * loaded machine.
     */
    public static final int CHUNK = 250;
    /** Intervals of a tabulated Beta-PERT distribution function. */
    static final int TABLE = 1024;
    /**
     * The most simulated values a run keeps: iterations × (2 + 2 × theme lines) doubles, 32 MB. With the five theme
     * lines and one of analyses without, 285,714 iterations.
     */
    public static final long MAX_VALUES = 4_000_000;

    private final Executor executor;

    /**
     * A simulation that runs its chunks on {@code executor}; the results do not depend on it.
     *
     * @param executor where the chunks run
     */
    public PortfolioSimulation(Executor executor) {
        this.executor = executor;
    }

    /**
     * Runs the simulation over the entries that fit the selection.
     *
     * @param entries      the analyses
     * @param selection    which of them, at which share
     * @param iterations   1 to {@link Simulation#MAX_ITERATIONS}, and at most {@link #MAX_VALUES} values kept
     * @param seed         the seed
     * @param cancellation asked before every iteration
     * @return the distributions, a problem with {@code iterations}, or the analyses in another currency
     */
    public Validated<PortfolioSimulationResult> run(List<PortfolioEntry> entries, PortfolioSelection selection,
                                                   long iterations, long seed, Cancellation cancellation) {
        List<Portfolio.Counted> counted = Portfolio.select(entries, selection);
        if (counted.isEmpty()) {
            return Simulation.iterations(iterations).map(n -> new PortfolioSimulationResult(null, n, seed, 0, 0,
                    null, null, List.of()));
        }
        var currencies = Portfolio.currencies(counted);
        if (currencies != null) {
            return Validated.invalid(Validated.Failure.INCOMPATIBLE_ANALYSES, List.of(currencies));
        }
        List<String> lines = Portfolio.themeLineOrder(counted.stream().map(Portfolio.Counted::themeLine).toList());
        return Simulation.iterations(iterations).flatMap(n -> fits(n, lines.size()))
                .map(n -> new Run(counted, lines, n, seed, cancellation).result(executor));
    }

    private static Validated<Integer> fits(int iterations, int themeLines) {
        long values = (long) iterations * (2 + 2L * themeLines);
        if (values > MAX_VALUES) {
            return Validated.invalidParameter("iterations", ProblemCode.OUT_OF_RANGE,
                    Message.of("outOfRange.portfolioIterations", MAX_VALUES / (2 + 2L * themeLines), themeLines,
                            iterations));
        }
        return Validated.valid(iterations);
    }

    /** A quantile function of one ranged proxy. */
    @FunctionalInterface
    interface Quantile {
        double at(double u);
    }

    /** One analysis as drawn: its kernel, share, theme line and estimates; a shared proxy's group, else −1. */
    private record Member(Kernel base, double share, int themeLine, EstimateRef[] refs, List<EstimateRef.Ranged> ranged,
                          double[] points, int[] group, Quantile[] quantiles, double presentValue, double inputsValue) {
        boolean constant() {
            return refs.length == 0;
        }
    }

    /** One run: the members, the groups of shared proxies and the arrays every chunk writes its slice of. */
    private static final class Run {
        private final List<Member> members = new ArrayList<>();
        private final Map<String, Integer> groups = new HashMap<>();
        private final int[] groupSizes;
        private final List<String> lines;
        private final int iterations;
        private final long seed;
        private final Cancellation cancellation;
        private final String currency;
        private final double[] ratio;
        private final double[] npv;
        private final double[][] lineRatio;
        private final double[][] lineNpv;

        Run(List<Portfolio.Counted> counted, List<String> lines, int iterations, long seed,
            Cancellation cancellation) {
            this.lines = lines;
            this.iterations = iterations;
            this.seed = seed;
            this.cancellation = cancellation;
            this.currency = counted.get(0).model().currency();
            Map<Integer, Integer> sizes = new HashMap<>();
            for (Portfolio.Counted c : counted) {
                members.add(member(c, sizes));
            }
            groupSizes = new int[groups.size()];
            sizes.forEach((g, n) -> groupSizes[g] = n);
            ratio = new double[iterations];
            npv = new double[iterations];
            lineRatio = new double[lines.size()][iterations];
            lineNpv = new double[lines.size()][iterations];
        }

        private Member member(Portfolio.Counted c, Map<Integer, Integer> sizes) {
            SroiModel model = c.model();
            Kernel base = Kernel.of(c.entry().model());
            double pv = base.evaluate();
            List<EstimateRef.Ranged> ranged = EstimateRef.ranged(model);
            int n = ranged.size();
            double[] points = new double[n];
            int[] group = new int[n];
            Quantile[] quantiles = new Quantile[n];
            for (int e = 0; e < n; e++) {
                EstimateRef ref = ranged.get(e).ref();
                points[e] = ref.pointValue(model);
                String library = ref.estimate() == Estimate.PROXY ? ref.outcomeOf(model).proxy().ref() : null;
                group[e] = library == null ? -1 : groups.computeIfAbsent(library, k -> groups.size());
                if (group[e] >= 0) {
                    sizes.merge(group[e], 1, Integer::sum);
                    quantiles[e] = Quantiles.of(ranged.get(e).range(), points[e], points[e] < 0);
                }
            }
            return new Member(base, c.share().doubleValue(), lines.indexOf(c.themeLine()),
                    ranged.stream().map(EstimateRef.Ranged::ref).toArray(EstimateRef[]::new), ranged, points, group,
                    quantiles, pv, base.inputsValue());
        }

        PortfolioSimulationResult result(Executor executor) {
            int chunks = (iterations + CHUNK - 1) / CHUNK;
            CompletableFuture<?>[] running = new CompletableFuture<?>[chunks];
            for (int c = 0; c < chunks; c++) {
                int chunk = c;
                running[c] = CompletableFuture.runAsync(() -> chunk(chunk), executor);
            }
            try {
                CompletableFuture.allOf(running).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
            List<PortfolioSimulationResult.ThemeLine> perLine = new ArrayList<>();
            for (int t = 0; t < lines.size(); t++) {
                perLine.add(new PortfolioSimulationResult.ThemeLine(lines.get(t), ratios(lineRatio[t]),
                        Statistics.summarize(lineNpv[t], false)));
            }
            int shared = (int) Arrays.stream(groupSizes).filter(n -> n > 1).count();
            return new PortfolioSimulationResult(currency, iterations, seed, members.size(), shared, ratios(ratio),
                    Statistics.summarize(npv, false), perLine);
        }

        private static SimulationResult.Summary ratios(double[] values) {
            double[] defined = Arrays.stream(values).filter(r -> !Double.isNaN(r)).toArray();
            return defined.length == 0 ? null : Statistics.summarize(defined, true);
        }

        /**
         * Iterations {@code chunk × CHUNK} up to the next chunk's, from the chunk's own generator: first the shared
         * proxies' quantiles of every iteration, then analysis by analysis all the chunk's iterations (one kernel
         * hot in the cache at a time, as a single simulation runs), adding each into the iterations' sums.
         */
        private void chunk(int chunk) {
            RandomGenerator rng = Simulation.generator(seed, chunk);
            int first = chunk * CHUNK;
            int n = Math.min(iterations, first + CHUNK) - first;
            double[][] u = new double[groupSizes.length][n];
            for (int i = 0; i < n; i++) {
                for (double[] group : u) {
                    group[i] = rng.nextDouble();
                }
            }
            int lineCount = lines.size();
            double[] pv = new double[n];
            double[] in = new double[n];
            double[][] linePv = new double[lineCount][n];
            double[][] lineIn = new double[lineCount][n];
            for (Member member : members) {
                add(member, rng, u, n, pv, in, linePv[member.themeLine()], lineIn[member.themeLine()]);
            }
            for (int i = 0; i < n; i++) {
                ratio[first + i] = Kernel.ratioOrNaN(pv[i], in[i]);
                npv[first + i] = pv[i] - in[i];
                for (int t = 0; t < lineCount; t++) {
                    lineRatio[t][first + i] = Kernel.ratioOrNaN(linePv[t][i], lineIn[t][i]);
                    lineNpv[t][first + i] = linePv[t][i] - lineIn[t][i];
                }
            }
        }

        /** One analysis over the chunk's iterations, × its share, added to the sums (total and its theme line's). */
        private void add(Member member, RandomGenerator rng, double[][] u, int n, double[] pv, double[] in,
                         double[] linePv, double[] lineIn) {
            double share = member.share();
            Kernel k = member.constant() ? null : member.base().copy();
            Simulation.Sampler[] samplers = member.constant() ? null
                    : Simulation.samplers(member.ranged(), member.points(), rng);
            for (int i = 0; i < n; i++) {
                cancellation.check();
                double memberPv = member.presentValue();
                double memberIn = member.inputsValue();
                if (k != null) {
                    draw(member, k, samplers, u, i);
                    memberPv = k.evaluate();
                    memberIn = k.inputsValue();
                }
                pv[i] += share * memberPv;
                in[i] += share * memberIn;
                linePv[i] += share * memberPv;
                lineIn[i] += share * memberIn;
            }
        }

        /** Sets every ranged estimate of one analysis: a shared proxy at its group's quantile, the others drawn. */
        private static void draw(Member member, Kernel k, Simulation.Sampler[] samplers, double[][] u, int i) {
            EstimateRef[] refs = member.refs();
            for (int e = 0; e < refs.length; e++) {
                int g = member.group()[e];
                k.set(refs[e].estimate(), refs[e].outcome(),
                        g < 0 ? samplers[e].sample() : member.quantiles()[e].at(u[g][i]));
            }
        }
    }
}
