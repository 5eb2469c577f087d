package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.RandomModels;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;
import nl.sroi.core.rules.ValidModel;

class ChangeBridgeTest {

    static LongStream seeds() {
        return RandomModels.seeds();
    }

    static ValidModel valid(SroiModel m) {
        Validated<ValidModel> v = ModelValidator.DEFAULT.check(m);
        assertTrue(v.isValid(), () -> m.id() + " " + v.errors());
        return v.value();
    }

    static BridgeResult bridge(RandomPairs.Pair p) {
        return ChangeBridge.DEFAULT.bridge(valid(p.from()), valid(p.to()));
    }

    /** Within 1e-9 of the larger of the figures involved (and 1e-9 absolute near zero). */
    static void close(double expected, double actual, double scale, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.max(1, scale),
                () -> what + ": expected " + expected + ", was " + actual);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithTheIndependentImplementation(long seed) {
        RandomPairs.Pair p = RandomPairs.pair(seed);
        BridgeResult r = bridge(p);
        BridgeOracle oracle = new BridgeOracle(p.from(), p.to());
        for (int k = 0; k < 5; k++) {
            double scale = 0;
            for (double[] v : oracle.v) {
                scale = Math.max(scale, Math.abs(v[k]));
            }
            for (int s = 0; s < ChangeBridge.HYBRIDS; s++) {
                double expected = oracle.v[s][k];
                double actual = r.hybrids().get(s).figures().get(k);
                if (!(k == 4 && Double.isNaN(expected) && Double.isNaN(actual))) {
                    close(expected, actual, scale, "seed " + seed + " hybrid " + s + " figure " + k);
                }
            }
            if (k == 4 && !r.hasRatioEffects()) {
                continue;
            }
            for (BridgeFactor f : BridgeFactor.values()) {
                close(oracle.shapley(f.ordinal(), k), r.factors().get(f.ordinal()).exact().get(k), scale,
                        "seed " + seed + " " + f + " figure " + k);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fromAndToAreTheCalculatorsFigures(long seed) {
        RandomPairs.Pair p = RandomPairs.pair(seed);
        BridgeResult r = bridge(p);
        SroiResult a = SroiCalculator.DEFAULT.calculate(p.from());
        SroiResult b = SroiCalculator.DEFAULT.calculate(p.to());
        assertEquals(0, a.totals().presentValue()
                .compareTo(r.from().rounded().presentValue()));
        assertEquals(0, b.totals().inputsValue()
                .compareTo(r.to().rounded().inputsValue()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void effectsAddUpToTheChangeOfEveryFigure(long seed) {
        BridgeResult r = bridge(RandomPairs.pair(seed));
        for (int k = 0; k < 5; k++) {
            if (k == 4 && !r.hasRatioEffects()) {
                assertTrue(r.factors().stream().allMatch(f -> f.exact().ratio().isEmpty()
                        && f.rounded().ratio() == null));
                assertEquals(ProblemCode.NO_RATIO_EFFECTS, r.warnings().get(0).code());
                continue;
            }
            double sum = 0;
            double scale = Math.max(Math.abs(r.from().exact().get(k)), Math.abs(r.to().exact().get(k)));
            BigDecimal rounded = BigDecimal.ZERO;
            for (BridgeResult.FactorEffect f : r.factors()) {
                sum += f.exact().get(k);
                scale = Math.max(scale, Math.abs(f.exact().get(k)));
                rounded = rounded.add(f.rounded().get(k));
                BigDecimal unit = f.rounded().get(k).ulp();
                assertTrue(new BigDecimal(f.exact().get(k)).subtract(f.rounded().get(k)).abs().compareTo(unit) < 0,
                        "each rounded effect within one unit of its exact value");
            }
            close(r.to().exact().get(k) - r.from().exact().get(k), sum, scale, "seed " + seed + " figure " + k);
            assertEquals(0, r.to().rounded().get(k).subtract(r.from().rounded().get(k)).compareTo(rounded),
                    "seed " + seed + ": the rounded effects add up to the rounded change of figure " + k);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachFactorsOutcomePartsAddUpToItsEffect(long seed) {
        BridgeResult r = bridge(RandomPairs.pair(seed));
        for (BridgeResult.FactorEffect f : r.factors()) {
            double sum = f.outcomes().stream().mapToDouble(BridgeResult.OutcomeEffect::presentValue).sum();
            close(f.exact().presentValue(), sum, Math.abs(r.from().exact().presentValue())
                    + Math.abs(r.to().exact().presentValue()), "seed " + seed + " " + f.factor());
        }
    }

    /** Null property: with only one factor's fields changed, every other factor's effect is exactly 0. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aFactorThatChangedNothingHasNoEffect(long seed) {
        SroiModel from = RandomModels.generate(seed, true);
        BridgeFactor only = BridgeFactor.values()[(int) (seed % ChangeBridge.FACTORS)];
        SroiModel to = RandomPairs.changed(from, List.of(only), new Random(seed));
        BridgeResult r = ChangeBridge.DEFAULT.bridge(valid(from), valid(to));
        for (BridgeResult.FactorEffect f : r.factors()) {
            if (f.factor() != only) {
                for (int k = 0; k < 4; k++) {
                    assertEquals(0.0, f.exact().get(k), "seed " + seed + " " + f.factor());
                }
                f.outcomes().forEach(o -> assertEquals(0.0, o.presentValue()));
            } else {
                close(r.to().exact().presentValue() - r.from().exact().presentValue(), f.exact().presentValue(),
                        Math.abs(r.to().exact().presentValue()), "the one factor has the whole change");
            }
        }
        assertTrue(r.changes().stream().allMatch(c -> c.factor() == null || c.factor() == only),
                () -> "seed " + seed + " " + r.changes());
    }

    /** Bridging back gives the same effects with the opposite sign (the Shapley value of the reversed game). */
    @ParameterizedTest
    @MethodSource("seeds")
    void backwardsIsTheNegative(long seed) {
        RandomPairs.Pair p = RandomPairs.pair(seed);
        BridgeResult there = bridge(p);
        BridgeResult back = ChangeBridge.DEFAULT.bridge(valid(p.to()), valid(p.from()));
        for (BridgeFactor f : BridgeFactor.values()) {
            for (int k = 0; k < 4; k++) {
                double scale = Math.abs(there.from().exact().get(k)) + Math.abs(there.to().exact().get(k));
                close(-there.factors().get(f.ordinal()).exact().get(k), back.factors().get(f.ordinal()).exact().get(k),
                        scale, "seed " + seed + " " + f);
            }
        }
    }

    /** Symmetry: doubling every quantity and doubling every proxy are interchangeable, so their effects are equal. */
    @ParameterizedTest
    @MethodSource("seeds")
    void interchangeableFactorsHaveEqualEffects(long seed) {
        SroiModel from = RandomModels.generate(seed, true);
        List<Outcome> doubled = from.outcomes().stream().map(o -> o.toBuilder()
                .quantity(o.quantity().stream().map(q -> q.multiply(BigDecimal.valueOf(2))).toList())
                .proxy(new FinancialProxy(o.proxy().value().multiply(BigDecimal.valueOf(2)), o.proxy().unit(),
                        o.proxy().source(), o.proxy().priceYear(), o.proxy().basis(), o.proxy().ref()))
                .ranges(null).build()).toList();
        SroiModel to = from.toBuilder().outcomes(doubled).build();
        BridgeResult r = ChangeBridge.DEFAULT.bridge(valid(from), valid(to));
        double q = r.factors().get(BridgeFactor.QUANTITIES.ordinal()).exact().presentValue();
        double p = r.factors().get(BridgeFactor.PROXIES.ordinal()).exact().presentValue();
        close(q, p, Math.abs(q), "seed " + seed);
        close(1.5 * r.from().exact().presentValue(), q, Math.abs(q), "each half of the tripled value");
    }

    @Test
    void everyFieldOfTheModelIsInTheTable() {
        check(SroiModel.class, BridgeFields.Part.MODEL);
        check(Outcome.class, BridgeFields.Part.OUTCOME);
        check(Input.class, BridgeFields.Part.INPUT);
        check(Stakeholder.class, BridgeFields.Part.STAKEHOLDER);
        assertEquals(BridgeFactor.DISCOUNTING, BridgeFields.factor(BridgeFields.Part.MODEL, "discounting/rate"));
        assertNull(BridgeFields.factor(BridgeFields.Part.OUTCOME, "proxy/source"));
        assertEquals(BridgeFactor.PROXIES, BridgeFields.factor(BridgeFields.Part.OUTCOME, "proxy/priceYear"));
    }

    private static void check(Class<? extends Record> type, BridgeFields.Part part) {
        for (RecordComponent c : type.getRecordComponents()) {
            assertNotNull(BridgeFields.find(part, c.getName()), () -> part + " field " + c.getName()
                    + " is not in BridgeFields.TABLE: say which factor it belongs to (or none)");
        }
    }

    @Test
    void theChangesNameTheFieldOnBothSides() {
        SroiModel from = RandomModels.generate(7, true);
        Outcome first = from.outcomes().get(0);
        SroiModel to = from.toBuilder().discounting(new Discounting(new BigDecimal("0.05"),
                        from.discounting().firstPeriod(), from.discounting().inputs())).ranges(null)
                .outcomes(first.toBuilder().alreadyNet(false).deadweight(new BigDecimal("0.5")).ranges(null).build())
                .build();
        BridgeResult r = ChangeBridge.DEFAULT.bridge(valid(from), valid(to));
        BridgeResult.Change rate = r.changes().stream().filter(c -> "/discounting/rate".equals(c.pointerFrom()))
                .findFirst().orElseThrow();
        assertEquals(BridgeFactor.DISCOUNTING, rate.factor());
        assertEquals(0, new BigDecimal("0.05").compareTo(rate.to().number()));
        BridgeResult.Change dw = r.changes().stream().filter(c -> "/outcomes/0/deadweight".equals(c.pointerTo()))
                .findFirst().orElseThrow();
        assertEquals(BridgeFactor.FILTERS, dw.factor());
        assertEquals(first.description(), dw.name());
        if (from.outcomes().size() > 1) {
            BridgeResult.Change removed = r.changes().stream().filter(c -> c.factor() == BridgeFactor.OUTCOMES)
                    .findFirst().orElseThrow();
            assertNull(removed.pointerTo());
            assertEquals("/outcomes/1", removed.pointerFrom());
        }
    }

    @Test
    void differentCurrenciesAreRefused() {
        SroiModel from = RandomModels.generate(3, true).toBuilder().currency("EUR").build();
        SroiModel to = from.toBuilder().currency("USD").build();
        assertEquals("/to/currency", ChangeBridge.incomparable(from, to).pointer());
        assertThrows(IllegalArgumentException.class, () -> ChangeBridge.DEFAULT.bridge(valid(from), valid(to)));
        assertFalse(ChangeBridge.incomparable(from, from) != null);
    }
}
