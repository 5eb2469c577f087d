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
import nl.sroi.core.validation.ModelValidator;
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
     * Fifteen copies of one analysis whose proxy cites a library entry: drawn together, the copies' errors do not
     * average out, so the portfolio's spread is that of one analysis; with the references made distinct it shrinks.
     */
    @Test
    void sharedProxies_moveTogether_theSpreadExceedsTheIndependentOne() {
        List<PortfolioEntry> shared = new ArrayList<>();
        List<PortfolioEntry> distinct = new ArrayList<>();
        for (int i = 0; shared.size() < 15; i++) {
            SroiModel m = nl.sroi.core.RandomModels.generate(500 + i, true);
            if (!m.currency().equals("EUR") || m.outcomes().get(0).ranges() == null
                    || m.outcomes().get(0).ranges().proxy() == null) {
                continue;
            }
            shared.add(entry(m, "gedeeld"));
            distinct.add(entry(m, "eigen-" + i));
        }
        PortfolioSimulationResult together = run(shared, PortfolioSimulation.DEFAULT, 4_000, 3);
        PortfolioSimulationResult apart = run(distinct, PortfolioSimulation.DEFAULT, 4_000, 3);
        assertEquals(1, together.sharedProxies());
        assertEquals(0, apart.sharedProxies());
        assertTrue(together.netPresentValue().sd() > apart.netPresentValue().sd(),
                together.netPresentValue().sd() + " ≤ " + apart.netPresentValue().sd());
    }

    /** The model with only its first outcome's proxy citing {@code ref}, every other reference removed. */
    private static PortfolioEntry entry(SroiModel m, String ref) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int o = 0; o < m.outcomes().size(); o++) {
            Outcome out = m.outcomes().get(o);
            FinancialProxy p = out.proxy();
            outcomes.add(out.toBuilder().proxy(new FinancialProxy(p.value(), p.unit(), p.source(), p.priceYear(),
                    p.basis(), o == 0 ? ref : null)).build());
        }
        SroiModel model = m.toBuilder().id(m.id()).outcomes(outcomes).build();
        return PortfolioEntry.of(m.id(), 1, null, ModelValidator.DEFAULT.check(model).value());
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
