package nl.sroi.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.RandomModels;
import nl.sroi.core.internal.Kernel;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.PartYear;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;

/**
 * Properties of the fields of section 12 over seeded random models (the parameter is the seed). The figures are the
 * kernel's; {@link ExactCalculation} is the independent implementation they are held against.
 */
class PrintedPropertiesTest {

    private static final double RELATIVE = 1e-9;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void randomModelsWithTheNewFields_agreeWithTheExactCalculation(long seed) {
        SroiModel model = RandomModels.printed(seed);
        Kernel k = kernel(model);
        double presentValue = k.evaluate();
        ExactCalculation.Figures exact = ExactCalculation.of(model);
        close(exact.presentValue().doubleValue(), presentValue, "present value, seed " + seed);
        close(exact.inputsValue().doubleValue(), k.inputsValue(), "inputs value, seed " + seed);
        for (int i = 0; i < model.outcomes().size(); i++) {
            String id = model.outcomes().get(i).id();
            close(exact.outcomePresentValue().get(id).doubleValue(), k.outcomePresentValue(i),
                    "present value of " + id + ", seed " + seed);
        }
        close(exact.welfarePresentValue().doubleValue(), k.welfarePresentValue(), "welfare, seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void aScheduleWhoseRatesAllEqualTheRate_changesNothing(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        BigDecimal rate = model.discounting().rate();
        SroiModel scheduled = model.toBuilder().discounting(model.discounting().withSchedule(
                List.of(new RateStep(2, rate), new RateStep(7, rate), new RateStep(31, rate)))).build();
        assertSameFigures(model, scheduled, seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void otherFiltersOfZero_changeNothing(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        List<Outcome> filtered = new ArrayList<>();
        for (Outcome o : model.outcomes()) {
            filtered.add(o.alreadyNet() ? o : o.toBuilder().otherFilters(
                    List.of(new OtherFilter("league", BigDecimal.ZERO), new OtherFilter("sponsor", BigDecimal.ZERO)))
                    .build());
        }
        assertSameFigures(model, model.toBuilder().outcomes(filtered).build(), seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void fullYear_equalsRoundingEveryDurationUp(long seed) {
        SroiModel model = RandomModels.printed(seed).toBuilder().partYear(PartYear.FULL_YEAR).build();
        List<Outcome> roundedUp = new ArrayList<>();
        for (Outcome o : model.outcomes()) {
            roundedUp.add(o.toBuilder().duration(o.duration().setScale(0, RoundingMode.CEILING)).build());
        }
        SroiModel proRata = model.toBuilder().partYear(PartYear.PRO_RATA).outcomes(roundedUp).build();
        assertSameFigures(model, proRata, seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void anOwnRateEqualToTheModelsRate_changesNothing_withoutASchedule(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        List<Outcome> own = new ArrayList<>();
        for (Outcome o : model.outcomes()) {
            own.add(o.toBuilder().discountRate(model.discounting().rate()).build());
        }
        assertSameFigures(model, model.toBuilder().outcomes(own).build(), seed);
    }

    private static void assertSameFigures(SroiModel a, SroiModel b, long seed) {
        Kernel ka = kernel(a);
        Kernel kb = kernel(b);
        close(ka.evaluate(), kb.evaluate(), "present value, seed " + seed);
        close(ka.inputsValue(), kb.inputsValue(), "inputs value, seed " + seed);
        assertEquals(ka.periods(), kb.periods(), "periods, seed " + seed);
        for (int i = 0; i < ka.outcomes(); i++) {
            close(ka.outcomePresentValue(i), kb.outcomePresentValue(i), "outcome " + i + ", seed " + seed);
        }
        close(ka.paybackMonths().orElse(-1), kb.paybackMonths().orElse(-1), "payback, seed " + seed);
    }

    private static Kernel kernel(SroiModel model) {
        var check = ModelValidator.DEFAULT.check(model);
        if (!check.isValid()) {
            throw new AssertionError("the random model should be valid: " + check.errors());
        }
        return Kernel.of(check.value());
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.max(1, Math.abs(expected)), what);
    }
}
