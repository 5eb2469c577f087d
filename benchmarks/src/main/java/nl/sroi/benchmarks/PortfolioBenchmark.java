package nl.sroi.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.analysis.Portfolio;
import nl.sroi.core.analysis.PortfolioEntry;
import nl.sroi.core.analysis.PortfolioResult;
import nl.sroi.core.analysis.PortfolioSelection;
import nl.sroi.core.analysis.PortfolioSimulation;
import nl.sroi.core.analysis.PortfolioSimulationResult;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.SimulationResult;

/**
 * The portfolio of 100 analyses ({@link PortfolioModels}): its figures (target ≤ 0.2 s warm), its simulation at
 * 10,000 iterations, and the 100 single simulations of the same analyses one after another at 10,000 iterations
 * each (the portfolio simulation's target: ≤ 1.2 × these). Both simulations on the common pool, as the service
 * runs them. Run: {@code java -jar benchmarks/target/benchmarks.jar Portfolio}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PortfolioBenchmark {

    static final int ITERATIONS = 10_000;

    private List<PortfolioEntry> entries;
    private final Simulation simulation = new Simulation(ForkJoinPool.commonPool());
    private final PortfolioSimulation portfolioSimulation = new PortfolioSimulation(ForkJoinPool.commonPool());

    @Setup
    public void setUp() {
        entries = PortfolioModels.hundred(25);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PortfolioResult portfolio() {
        return Portfolio.DEFAULT.calculate(entries, PortfolioSelection.ALL).value();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PortfolioSimulationResult portfolioSimulation() {
        return portfolioSimulation.run(entries, PortfolioSelection.ALL, ITERATIONS, 1, Cancellation.NONE).value();
    }

    /** The single simulations of the analyses that have ranges, one after another (the others have none to run). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<SimulationResult> singleSimulations() {
        List<SimulationResult> results = new ArrayList<>(entries.size());
        for (PortfolioEntry e : entries) {
            results.add(simulation.run(e.model(), ITERATIONS, 1).value());
        }
        return results;
    }
}
