package nl.sroi.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.internal.Kernel;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * Jongeren en schulden: one calculation (kernel only, full result, and JSON in to JSON out), and 100,000
 * simulation iterations with every estimate ranged, next to the bare loop doing the same work.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar} (see the README for the figures).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(3)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SroiBenchmark {

    private ValidModel jongeren;
    private ValidModel ranged;
    private byte[] json;
    private Kernel kernel;
    private SroiResult result;
    private BareLoop bare;
    /** On both cores, as the service runs it. */
    private final Simulation simulation = new Simulation(ForkJoinPool.commonPool());

    @Setup
    public void setUp() {
        jongeren = Models.jongeren();
        ranged = Models.everyEstimateRanged();
        json = Models.jongerenJson();
        kernel = Kernel.of(jongeren);
        result = SroiCalculator.DEFAULT.calculate(jongeren);
        bare = new BareLoop(ranged.model());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double kernel() {
        return kernel.evaluate();
    }

    /** Step 1 of {@link #calculateJson}: bytes in, validated model out. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Validated<ValidModel> read() {
        return ModelJson.read(json);
    }

    /**
     * The floor under {@link #read}: Jackson's streaming parser over the same bytes, every name, text and number
     * decoded, but no records built and no rule checked.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long tokens() throws IOException {
        long seen = 0;
        try (JsonParser p = Jackson.parser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                seen += switch (t) {
                    case FIELD_NAME -> p.currentName().length();
                    case VALUE_STRING -> p.getText().length();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue().scale();
                    default -> 1;
                };
            }
        }
        return seen;
    }

    /** Step 2 of {@link #calculateJson}: the result, rounded, without {@code MonetaryAmount}s. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SroiResult calculate() {
        return SroiCalculator.DEFAULT.calculate(jongeren);
    }

    /** Step 3 of {@link #calculateJson}: the result written as the API writes it (compact). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String write() {
        return ResultJson.write(result, Language.EN, false);
    }

    /** The result written pretty, as the command line writes it. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String writeResult() {
        return ResultJson.write(result);
    }

    /** Bytes in, compact result document out, as {@code POST /api/v1/calculate} answers. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Validated<String> calculateJson() {
        return ModelJson.read(json).map(valid -> ResultJson.write(SroiCalculator.DEFAULT.calculate(valid),
                Language.EN, false));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SimulationResult simulate100k() {
        return simulation.run(ranged, 100_000, 42).value();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Object> bareLoop100k() {
        return bare.run(100_000, 42);
    }
}
