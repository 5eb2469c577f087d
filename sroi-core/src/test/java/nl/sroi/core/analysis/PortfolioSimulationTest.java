package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import nl.sroi.core.json.PortfolioJson;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

class PortfolioSimulationTest {

    static PortfolioSimulationResult run(List<PortfolioEntry> entries, PortfolioSimulation simulation, int n,
                                         long seed) {
        Validated<PortfolioSimulationResult> r = simulation.run(entries, PortfolioSelection.ALL, n, seed,
                Cancellation.NONE);
        assertTrue(r.isValid(), () -> r.errors().toString());
        return r.value();
    }

    @Test
    void sameSeed_sameBytes_onAnyNumberOfThreads_anotherSeed_otherBytes() throws Exception {
        List<PortfolioEntry> entries = new ArrayList<>(PortfolioTest.bundled());
        entries.addAll(PortfolioTest.random(7, 12));
        String one = PortfolioJson.write(run(entries, PortfolioSimulation.DEFAULT, 5_500, 42));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            String four = PortfolioJson.write(run(entries, new PortfolioSimulation(pool), 5_500, 42));
            assertEquals(one, four);
        } finally {
            pool.shutdown();
        }
        assertEquals(one, PortfolioJson.write(run(entries, PortfolioSimulation.DEFAULT, 5_500, 42)));
        assertNotEquals(one, PortfolioJson.write(run(entries, PortfolioSimulation.DEFAULT, 5_500, 43)));
        assertTrue(one.contains("\"format\": \"sroi-portfolio-simulation/1\""), one);
    }

    @Test
    void bundled_aroundThePointRatio_perThemeLineToo() throws IOException {
        List<PortfolioEntry> entries = PortfolioTest.bundled();
        PortfolioSimulationResult r = run(entries, PortfolioSimulation.DEFAULT, 10_000, 1);
        PortfolioResult point = Portfolio.DEFAULT.calculate(entries, PortfolioSelection.ALL).value();
        double ratio = point.totals().ratio().getAsDouble();
        assertTrue(r.ratio().p5() < ratio && ratio < r.ratio().p95(), r.ratio() + " vs " + ratio);
        assertEquals(2, r.themeLines().size());
        assertEquals("bestaanszekerheid", r.themeLines().get(0).themeLine());
        double above = r.ratio().probabilityAboveOne().getAsDouble();
        assertTrue(above >= 0 && above <= 1);
        // the bundled analyses' ranged proxies each cite another entry (respijtzorg's two mantelzorg-uur have none)
        assertEquals(0, r.sharedProxies());
    }

    /**
     * Fifteen random analyses whose only uncertain estimate is their first outcome's proxy (± 50 %, uniform), citing
     * one library entry: drawn together, their errors do not average out; with the references made distinct the
     * portfolio's spread shrinks (for equal parts by about √15). Everything else is the same in both runs.
     */
    @Test
    void sharedProxies_moveTogether_theSpreadExceedsTheIndependentOne() {
        List<PortfolioEntry> shared = new ArrayList<>();
        List<PortfolioEntry> distinct = new ArrayList<>();
        for (int i = 0; shared.size() < 15; i++) {
            SroiModel m = nl.sroi.core.RandomModels.generate(500 + i, true);
            if (!m.currency().equals("EUR")) {
                continue;
            }
            PortfolioEntry together = entry(m, "gedeeld");
            if (together == null) {
                continue;
            }
            shared.add(together);
            distinct.add(entry(m, "eigen-" + i));
        }
        PortfolioSimulationResult together = run(shared, PortfolioSimulation.DEFAULT, 4_000, 3);
        PortfolioSimulationResult apart = run(distinct, PortfolioSimulation.DEFAULT, 4_000, 3);
        assertEquals(1, together.sharedProxies());
        assertEquals(0, apart.sharedProxies());
        assertTrue(together.netPresentValue().sd() > 2 * apart.netPresentValue().sd(),
                together.netPresentValue().sd() + " vs " + apart.netPresentValue().sd());
        assertTrue(together.ratio().sd() > 2 * apart.ratio().sd());
    }

    /**
     * The model with only its first outcome's proxy uncertain (± 50 % of the value used, uniform) and citing
     * {@code ref}; every other range and reference removed. {@code null} when that outcome is worth nothing.
     */
    private static PortfolioEntry entry(SroiModel m, String ref) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int o = 0; o < m.outcomes().size(); o++) {
            Outcome out = m.outcomes().get(o);
            FinancialProxy p = out.proxy();
            FinancialProxy cited = new FinancialProxy(p.value(), p.unit(), p.source(), p.priceYear(), p.basis(),
                    o == 0 ? ref : null);
            nl.sroi.core.model.OutcomeRanges ranges = null;
            if (o == 0) {
                java.math.BigDecimal used = m.proxyValueUsed(cited).abs();
                ranges = new nl.sroi.core.model.OutcomeRanges(null, new nl.sroi.core.model.EstimateRange(
                        used.multiply(new java.math.BigDecimal("0.5")), used.multiply(new java.math.BigDecimal("1.5")),
                        nl.sroi.core.model.Distribution.UNIFORM), null, null, null, null, null);
            }
            outcomes.add(out.toBuilder().proxy(cited).ranges(ranges).build());
        }
        SroiModel model = m.toBuilder().id(m.id()).outcomes(outcomes).ranges(null).build();
        Validated<nl.sroi.core.rules.ValidModel> v = ModelValidator.DEFAULT.check(model);
        if (!v.isValid() || nl.sroi.core.calc.SroiCalculator.DEFAULT.calculate(v.value()).outcomes().get(0)
                .presentValue().signum() == 0) {
            return null;
        }
        return PortfolioEntry.of(m.id(), 1, null, v.value());
    }

    @Test
    void tooManyIterations_namesTheParameter() throws IOException {
        Validated<PortfolioSimulationResult> r = PortfolioSimulation.DEFAULT.run(PortfolioTest.bundled(),
                PortfolioSelection.ALL, 1_000_000, 1, Cancellation.NONE);
        assertFalse(r.isValid());
        assertEquals("iterations", r.errors().get(0).parameter());
        assertEquals(ProblemCode.OUT_OF_RANGE, r.errors().get(0).code());
        assertFalse(PortfolioSimulation.DEFAULT.run(PortfolioTest.bundled(), PortfolioSelection.ALL, 0, 1,
                Cancellation.NONE).isValid());
    }

    @Test
    void quantiles_uniformTriangularAndPert() {
        var uniform = Quantiles.of(new nl.sroi.core.model.EstimateRange(java.math.BigDecimal.TEN,
                java.math.BigDecimal.valueOf(20), nl.sroi.core.model.Distribution.UNIFORM), 15, false);
        assertEquals(12.5, uniform.at(0.25), 1e-12);
        assertEquals(17.5, Quantiles.of(new nl.sroi.core.model.EstimateRange(java.math.BigDecimal.TEN,
                java.math.BigDecimal.valueOf(20), nl.sroi.core.model.Distribution.UNIFORM), 15, true).at(0.25), 1e-12);
        var triangular = Quantiles.of(nl.sroi.core.model.EstimateRange.of(0, 10), 5, false);
        assertEquals(5, triangular.at(0.5), 1e-12);
        assertEquals(Math.sqrt(0.125 * 50), triangular.at(0.125), 1e-12);
        var pert = Quantiles.of(new nl.sroi.core.model.EstimateRange(java.math.BigDecimal.ZERO,
                java.math.BigDecimal.TEN, nl.sroi.core.model.Distribution.PERT), 5, false);
        assertEquals(5, pert.at(0.5), 1e-3);
        org.apache.commons.math3.distribution.BetaDistribution beta =
                new org.apache.commons.math3.distribution.BetaDistribution(3, 3);
        for (double u : new double[] {0.01, 0.1, 0.3, 0.9, 0.99}) {
            assertEquals(10 * beta.inverseCumulativeProbability(u), pert.at(u), 1e-3, "u = " + u);
        }
    }
}
