package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.calc.ExactCalculation;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.ModelRanges;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;

/** Sensitivity and simulation with the fields of section 12, held against {@link ExactCalculation}. */
class PrintedAnalysesTest {

    private static ValidModel valid(SroiModel m) {
        return ModelValidator.DEFAULT.check(m).value();
    }

    @Test
    void everyOtherFilterShare_hasASwitchingValue_atWhichTheRatioIsOne() {
        SroiModel model = TestResources.referenceModel("printed-other-filters");
        SensitivityResult r = SensitivityAnalysis.DEFAULT.calculate(valid(model));
        List<String> pointers = r.switchingValues().stream().map(s -> s.estimate().pointer())
                .filter(p -> p.contains("otherFilters")).toList();
        assertEquals(List.of("/outcomes/0/otherFilters/0/share", "/outcomes/1/otherFilters/0/share",
                "/outcomes/1/otherFilters/1/share", "/outcomes/1/otherFilters/2/share"), pointers);
        SensitivityResult.SwitchingValue league = r.switchingValues().stream()
                .filter(s -> s.estimate().pointer().equals("/outcomes/1/otherFilters/0/share")).findFirst()
                .orElseThrow();
        double share = league.value().orElseThrow();
        // o2's league share at its switching value, in exact decimals: the ratio is 1
        List<Outcome> outcomes = new ArrayList<>(model.outcomes());
        Outcome o2 = outcomes.get(1);
        List<OtherFilter> filters = new ArrayList<>(o2.filters());
        filters.set(0, new OtherFilter(filters.get(0).name(), new BigDecimal(share)));
        outcomes.set(1, o2.toBuilder().otherFilters(filters).build());
        BigDecimal ratio = ExactCalculation.of(model.toBuilder().outcomes(outcomes).build()).ratio();
        assertEquals(1.0, ratio.doubleValue(), 1e-9);
        // o1's single filter cannot bring the ratio to 1 inside [0, 1]: o2 alone is worth more than the inputs
        SensitivityResult.SwitchingValue o1 = r.switchingValues().stream()
                .filter(s -> s.estimate().pointer().equals("/outcomes/0/otherFilters/0/share")).findFirst()
                .orElseThrow();
        assertTrue(o1.value().isEmpty(), "o2 alone gives 1.35");
        assertTrue(o1.reason() != null);
    }

    @Test
    void rateRanges_moveTheModelsRateOnly_notTheScheduleNorOwnRates() {
        SroiModel base = TestResources.referenceModel("printed-schedule");
        SroiModel ranged = base.toBuilder().ranges(new ModelRanges(new EstimateRange(new BigDecimal("0.03"),
                new BigDecimal("0.04"), null), null)).build();
        SensitivityResult r = SensitivityAnalysis.DEFAULT.calculate(valid(ranged));
        SensitivityResult.TornadoBar bar = r.tornado().get(0);
        assertEquals("/discounting/rate", bar.estimate().pointer());
        Discounting d = base.discounting();
        SroiModel low = base.toBuilder().discounting(new Discounting(new BigDecimal("0.03"), d.firstPeriod(),
                d.inputs(), d.schedule())).build();
        SroiModel high = base.toBuilder().discounting(new Discounting(new BigDecimal("0.04"), d.firstPeriod(),
                d.inputs(), d.schedule())).build();
        assertEquals(ExactCalculation.of(low).ratio().doubleValue(), bar.low().ratio().getAsDouble(), 1e-12);
        assertEquals(ExactCalculation.of(high).ratio().doubleValue(), bar.high().ratio().getAsDouble(), 1e-12);

        SroiModel own = TestResources.referenceModel("printed-own-rate");
        SroiModel ownRanged = own.toBuilder().ranges(new ModelRanges(new EstimateRange(new BigDecimal("0.02"),
                new BigDecimal("0.05"), null), null)).build();
        SensitivityResult.TornadoBar ownBar = SensitivityAnalysis.DEFAULT.calculate(valid(ownRanged)).tornado().get(0);
        Discounting od = own.discounting();
        SroiModel ownLow = own.toBuilder().discounting(new Discounting(new BigDecimal("0.02"), od.firstPeriod(),
                od.inputs())).build();
        assertEquals(ExactCalculation.of(ownLow).ratio().doubleValue(), ownBar.low().ratio().getAsDouble(), 1e-12,
                "the health outcome keeps its own 1.5 %");
    }

    @Test
    void simulation_ofAModelWithTheNewFields_isCentredOnItsRatio_andRepeats() {
        SroiModel model = TestResources.referenceModel("printed-together");
        SroiModel ranged = model.toBuilder().ranges(new ModelRanges(new EstimateRange(new BigDecimal("0.03"),
                new BigDecimal("0.04"), null), EstimateRange.of(0.95, 1.05))).build();
        Simulation simulation = new Simulation(Runnable::run);
        SimulationResult a = simulation.run(valid(ranged), 4000, 7).value();
        SimulationResult b = simulation.run(valid(ranged), 4000, 7).value();
        assertEquals(a, b);
        double ratio = ExactCalculation.of(model).ratio().doubleValue();
        assertTrue(a.ratio().p5() < ratio && ratio < a.ratio().p95(), a.ratio() + " around " + ratio);
    }
}
