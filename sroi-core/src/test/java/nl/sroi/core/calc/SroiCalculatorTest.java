package nl.sroi.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;


import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.DropOffMode;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;

class SroiCalculatorTest {

    /** The worked check of section 6 of the format, built in code. */
    static SroiModel.Builder workedCheck() {
        return SroiModel.builder().id("worked-check").title("Worked check").kind(Kind.FORECAST).currency("EUR")
                .discounting(Discounting.of(0.035))
                .stakeholders(Stakeholder.of("deelnemers", "Deelnemers"), Stakeholder.of("financier", "Financier"))
                .inputs(Input.of("subsidie", "financier", "Subsidie", 10_000))
                .outcomes(Outcome.builder().id("o1").stakeholder("deelnemers").description("d").indicator("i")
                        .quantity(10).proxy(FinancialProxy.of(1000, "per persoon per jaar", "constructed"))
                        .duration(3).deadweight(0.2).displacement(0.1).attribution(0.25).dropOff(0.1).build());
    }

    /** An amount in euros as a result holds it: with its cents as scale. */
    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void workedCheck_matchesTheFormatDescription() {
        SroiResult r = SroiCalculator.DEFAULT.calculate(workedCheck().build());
        // expected figures from section 6 of the format description
        assertEquals(eur("13699.35"), r.totals().presentValue());
        assertEquals(eur("10000.00"), r.totals().inputsValue());
        assertEquals(eur("3699.35"), r.totals().netPresentValue());
        assertEquals(1.3699350702720476, r.totals().ratio().getAsDouble(), 1e-15);
        assertEquals("1.37", r.totals().ratioDisplay().orElseThrow());
        assertEquals(24.7475, r.totals().paybackMonths().getAsDouble(), 1e-9);
        assertEquals(eur("540.00"), r.outcomes().get(0).impactPerUnit());
        assertEquals(List.of(eur("5400.00"), eur("4860.00"), eur("4374.00")), r.outcomes().get(0).values());
        assertEquals(3, r.periods().size());
    }

    @Test
    void linearDropOff_keepsOneMinusDropOffTimesYears_neverBelowZero() {
        SroiModel model = workedCheck().outcomes(workedCheck().build().outcomes().get(0).toBuilder()
                .dropOff(0.4).dropOffMode(DropOffMode.LINEAR).duration(4).build()).build();
        SroiResult r = SroiCalculator.DEFAULT.calculate(model);
        // 540 × 10 × (1, 0.6, 0.2, max(0, -0.2))
        assertEquals(List.of(eur("5400.00"), eur("3240.00"), eur("1080.00"), eur("0.00")),
                r.outcomes().get(0).values());
    }

    @Test
    void anUndiscountedFirstPeriod_isTheBaseYear() {
        SroiModel model = workedCheck()
                .discounting(new Discounting(new BigDecimal("0.035"), FirstPeriod.UNDISCOUNTED, false)).build();
        SroiResult r = SroiCalculator.DEFAULT.calculate(model);
        assertEquals(1.0, r.periods().get(0).discountFactor());
        // 5400 + 4860 / 1.035 + 4374 / 1.035^2
        assertEquals(eur("14178.83"), r.totals().presentValue());
    }

    @Test
    void discountedInputs_areDiscountedLikeValue() {
        SroiModel model = workedCheck()
                .discounting(new Discounting(new BigDecimal("0.035"), null, true))
                .inputs(Input.of("subsidie", "financier", "Subsidie", 5000, 5000)).build();
        SroiResult r = SroiCalculator.DEFAULT.calculate(model);
        // 5000 / 1.035 + 5000 / 1.035^2
        assertEquals(eur("9498.47"), r.totals().inputsValue());
        assertEquals(List.of(eur("5000.00"), eur("5000.00"), eur("0.00")),
                r.periods().stream().map(SroiResult.Period::inputs).toList());
    }

    @Test
    void aStartOffset_movesTheValueOnePeriod_andTheHorizonCutsIt() {
        Outcome o = workedCheck().build().outcomes().get(0).toBuilder().startOffset(1).build();
        SroiResult r = SroiCalculator.DEFAULT.calculate(workedCheck().outcomes(o).horizonYears(3).build());
        assertEquals(List.of(eur("0.00"), eur("5400.00"), eur("4860.00")), r.outcomes().get(0).values());
    }

    @Test
    void noPayback_whenTheValueNeverCatchesUp() {
        SroiModel model = workedCheck().inputs(Input.of("subsidie", "financier", "Subsidie", 20_000)).build();
        assertFalse(SroiCalculator.DEFAULT.calculate(model).totals().paybackMonths().isPresent());
    }

    @Test
    void zeroInputs_giveNoRatio_andNoStakeholderRatio() {
        SroiResult r = SroiCalculator.DEFAULT.calculate(TestResources.referenceModel("zero-inputs"));
        assertFalse(r.totals().ratio().isPresent());
        assertFalse(r.totals().ratioDisplay().isPresent());
        assertFalse(r.totals().netRatio().isPresent());
        assertFalse(r.stakeholders().get(0).ratio().isPresent());
    }

    @Test
    void moneyIsRoundedToTheCurrencysMinorUnit() {
        SroiResult r = SroiCalculator.DEFAULT.calculate(workedCheck().currency("JPY").build());
        assertEquals(new BigDecimal("13699"), r.totals().presentValue());
    }

    @Test
    void ratioDisplay_roundsTheWrittenRatioHalfUp() {
        assertEquals("1.28", SroiCalculator.display(1.2849999));
        assertEquals("1.29", SroiCalculator.display(1.285));
        assertEquals("0.00", SroiCalculator.display(0.001));
    }

    @Test
    void anInvalidModel_isAProgramError() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> SroiCalculator.DEFAULT.calculate(workedCheck().currency("EURO").build()));
        assertEquals("/currency", e.errors().get(0).pointer());
    }

    @Test
    void theSameModel_givesTheSameResult() {
        assertEquals(SroiCalculator.DEFAULT.calculate(workedCheck().build()),
                SroiCalculator.DEFAULT.calculate(workedCheck().build()));
        assertTrue(SroiCalculator.DEFAULT.calculate(workedCheck().build()).warnings().isEmpty());
    }
}
