package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.model.Distribution;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

class SimulationTest {

    static ValidModel valid(SroiModel model) {
        return ModelValidator.DEFAULT.check(model).value();
    }

    static final ValidModel RANGED = valid(TestResources.referenceModel("worked-check-ranges"));

    @Test
    void withoutRanges_theSimulationIsTheDeterministicRatio_withZeroSpread() {
        SroiModel model = TestResources.referenceModel("worked-check");
        SimulationResult r = Simulation.DEFAULT.run(valid(model), 2500, 7).value();
        double ratio = SroiCalculator.DEFAULT.calculate(model).totals().ratio().getAsDouble();
        assertEquals(ratio, r.ratio().mean(), 1e-12);
        assertEquals(0, r.ratio().sd(), 1e-12);
        assertEquals(ratio, r.ratio().p5(), 0);
        assertEquals(ratio, r.ratio().p95(), 0);
        assertEquals(1.0, r.ratio().probabilityAboveOne().getAsDouble());
        assertEquals(1, r.ratio().histogram().size());
        assertEquals(2500, r.ratio().histogram().get(0).count());
    }

    /** With a transfer the welfare view is simulated beside the totals; without ranges it is the fixed ratio. */
    @Test
    void aModelWithTransfers_simulatesTheWelfareView() throws Exception {
        SroiModel model = TestResources.referenceModel("net-and-transfer");
        SimulationResult r = Simulation.DEFAULT.run(valid(model), 1000, 5).value();
        // 14,889.98 / 20,000 and 14,889.98 − 20,000 (net-and-transfer.expected.json)
        assertEquals(0.7444987775061125, r.welfare().ratio().mean(), 1e-12);
        assertEquals(0, r.welfare().ratio().sd(), 1e-12);
        assertEquals(-5110.02444987775, r.welfare().netPresentValue().p50(), 1e-6);
        assertEquals(0.0, r.welfare().ratio().probabilityAboveOne().getAsDouble());
        var doc = Jackson.reader().readTree(AnalysisJson.simulation(r, model,
                nl.sroi.core.text.Language.EN));
        assertEquals(-5110.02, doc.at("/welfare/netPresentValue/mean").asDouble(), 0);
        assertNull(Simulation.DEFAULT.run(RANGED, 100, 1).value().welfare(), "no transfer, no welfare view");
    }

    /** A ranged duration around a fractional one is drawn in whole years; the others keep their fraction. */
    @Test
    void aDrawnDuration_isWholeYears_aroundAFractionalOne() {
        SroiModel base = TestResources.referenceModel("partial-years");
        // 2.5 years ranged 2 to 3: every draw is 2 or 3 years, so every ratio is one of two values
        SroiModel model = base.toBuilder().outcomes(base.outcomes().get(0).toBuilder().ranges(new OutcomeRanges(
                null, null, EstimateRange.of(2, 3), null, null, null, null)).build(),
                base.outcomes().get(1), base.outcomes().get(2)).build();
        SimulationResult r = Simulation.DEFAULT.run(valid(model), 2000, 9).value();
        double two = SroiCalculator.DEFAULT.calculate(model.toBuilder().outcomes(base.outcomes().get(0).toBuilder()
                .duration(2).build(), base.outcomes().get(1), base.outcomes().get(2)).build()).totals().ratio()
                .getAsDouble();
        double three = SroiCalculator.DEFAULT.calculate(model.toBuilder().outcomes(base.outcomes().get(0).toBuilder()
                .duration(3).build(), base.outcomes().get(1), base.outcomes().get(2)).build()).totals().ratio()
                .getAsDouble();
        assertEquals(two, r.ratio().p5(), 1e-12);
        assertEquals(three, r.ratio().p95(), 1e-12);
        assertTrue(r.ratio().mean() > two && r.ratio().mean() < three);
    }

    @Test
    void narrowSymmetricRanges_giveAMedianCloseToTheDeterministicRatio() {
        SroiModel base = TestResources.referenceModel("worked-check");
        SroiModel model = base.toBuilder().outcomes(base.outcomes().get(0).toBuilder().ranges(new OutcomeRanges(
                EstimateRange.of(0.99, 1.01), new EstimateRange(new BigDecimal("990"), new BigDecimal("1010"),
                        Distribution.UNIFORM), null, EstimateRange.of(0.19, 0.21), null, null, null)).build()).build();
        SimulationResult r = Simulation.DEFAULT.run(valid(model), 20_000, 3).value();
        double ratio = SroiCalculator.DEFAULT.calculate(model).totals().ratio().getAsDouble();
        assertEquals(ratio, r.ratio().p50(), 0.002);
        assertEquals(ratio, r.ratio().mean(), 0.002);
        assertTrue(r.ratio().sd() > 0 && r.ratio().sd() < 0.02, "sd " + r.ratio().sd());
    }

    @Test
    void theSameSeed_givesTheSameDocument_onTheCallingThreadOrOnOneThreadOrTwo_andAgain() {
        String once = AnalysisJson.simulation(Simulation.DEFAULT.run(RANGED, 12_345, 42).value(), RANGED.model(), Language.EN);
        String again = AnalysisJson.simulation(Simulation.DEFAULT.run(RANGED, 12_345, 42).value(), RANGED.model(), Language.EN);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool two = new ForkJoinPool(2);
        try {
            String oneThread = AnalysisJson.simulation(new Simulation(one).run(RANGED, 12_345, 42).value(), RANGED.model(), Language.EN);
            String twoThreads = AnalysisJson.simulation(new Simulation(two).run(RANGED, 12_345, 42).value(), RANGED.model(), Language.EN);
            assertEquals(once, oneThread);
            assertEquals(once, twoThreads);
        } finally {
            one.shutdown();
            two.shutdown();
        }
        assertEquals(once, again);
        String otherSeed = AnalysisJson.simulation(Simulation.DEFAULT.run(RANGED, 12_345, 43).value(), RANGED.model(), Language.EN);
        assertTrue(!once.equals(otherSeed));
    }

    /**
     * The worked check's ratio falls with deadweight, attribution and the rate and rises with proxy and duration,
     * so the ranges' joint extremes bound every simulated ratio; a draw outside its range would break the bound.
     */
    @Test
    void everyDrawStaysInsideItsRange() {
        SimulationResult r = Simulation.DEFAULT.run(RANGED, 10_000, 1).value();
        SroiModel base = TestResources.referenceModel("worked-check-ranges");
        double lowest = extremeRatio(base, 0.45, 0.4, 800, 2, "0.05");
        double highest = extremeRatio(base, 0.15, 0.1, 1300, 4, "0.0225");
        double min = r.ratio().histogram().get(0).from();
        double max = r.ratio().histogram().get(r.ratio().histogram().size() - 1).to();
        assertTrue(min >= lowest - 1e-12 && max <= highest + 1e-12,
                "draws from " + min + " to " + max + " outside " + lowest + " to " + highest);
        assertEquals(10_000, r.ratio().histogram().stream().mapToInt(SimulationResult.Bin::count).sum());
    }

    private static double extremeRatio(SroiModel base, double deadweight, double attribution, double proxy,
                                       int duration, String rate) {
        var o = base.outcomes().get(0);
        SroiModel m = base.toBuilder().ranges(null)
                .discounting(new nl.sroi.core.model.Discounting(new BigDecimal(rate), null, null))
                .outcomes(o.toBuilder().ranges(null).deadweight(deadweight).attribution(attribution).duration(duration)
                        .proxy(nl.sroi.core.model.FinancialProxy.of(proxy, "u", "s")).build()).build();
        return SroiCalculator.DEFAULT.calculate(m).totals().ratio().getAsDouble();
    }

    /** Percentiles by R-7, checked by hand: sorted 1, 2, 3, 4, 10; h = (n − 1)p. */
    @Test
    void percentiles_matchAHandComputedSample() {
        SimulationResult.Summary s = Statistics.summarize(new double[] {4, 1, 10, 3, 2}, true);
        assertEquals(1.2, s.p5(), 1e-12);   // h = 0.2: 1 + 0.2 × (2 − 1)
        assertEquals(2.0, s.p25(), 1e-12);  // h = 1
        assertEquals(3.0, s.p50(), 1e-12);  // h = 2
        assertEquals(4.0, s.p75(), 1e-12);  // h = 3
        assertEquals(8.8, s.p95(), 1e-12);  // h = 3.8: 4 + 0.8 × (10 − 4)
        assertEquals(4.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(50.0 / 4), s.sd(), 1e-12); // (0 + 9 + 36 + 1 + 4) / (n − 1)
        assertEquals(0.8, s.probabilityAboveOne().getAsDouble(), 1e-12);
    }

    @Test
    void aModelWithoutInputs_hasNoRatioSummary() {
        SimulationResult r = Simulation.DEFAULT.run(valid(TestResources.referenceModel("zero-inputs")), 100, 1).value();
        assertNull(r.ratio());
        assertEquals(100, r.iterationsWithoutRatio());
    }

    @Test
    void iterationsOutOfRange_areAProblemWithTheParameter() {
        for (long n : new long[] {0, -1, Simulation.MAX_ITERATIONS + 1L}) {
            Validated<SimulationResult> run = Simulation.DEFAULT.run(RANGED, n, 1);
            assertEquals(Validated.Failure.INVALID_PARAMETER, run.failure());
            Problem p = run.errors().get(0);
            assertEquals("iterations", p.parameter());
            assertEquals(ProblemCode.OUT_OF_RANGE, p.code());
            assertEquals("iterations must be between 1 and 1000000, was " + n, p.message());
        }
        assertEquals(1, Simulation.DEFAULT.run(RANGED, 1, 1).value().iterations());
        assertEquals(Simulation.MAX_ITERATIONS, Simulation.iterations(Simulation.MAX_ITERATIONS).value());
    }

    @Test
    void everyChunk_runsOnTheExecutorTheSimulationWasGiven() {
        AtomicInteger chunks = new AtomicInteger();
        Simulation counting = new Simulation(task -> {
            chunks.incrementAndGet();
            task.run();
        });
        // 2,500 iterations are three chunks of at most 1,000
        String counted = AnalysisJson.simulation(counting.run(RANGED, 2500, 1).value(), RANGED.model(), Language.EN);
        assertEquals(3, chunks.get());
        assertEquals(AnalysisJson.simulation(Simulation.DEFAULT.run(RANGED, 2500, 1).value(), RANGED.model(), Language.EN), counted);
    }
}
