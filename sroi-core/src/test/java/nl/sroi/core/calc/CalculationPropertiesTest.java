package nl.sroi.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.RandomModels;
import nl.sroi.core.internal.Kernel;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.DropOffFrom;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.rules.ModelValidator;

/**
 * Properties of the calculation over a few hundred seeded random valid models. The parameter is the seed: a
 * failure names it, and {@code RandomModels.generate(seed, ...)} rebuilds the model.
 */
class CalculationPropertiesTest {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void ratio_neverRises_whenAnAdjustmentRises(long seed) {
        SroiModel model = RandomModels.generate(seed, true);
        Random rnd = new Random(seed);
        int i = rnd.nextInt(model.outcomes().size());
        double before = ratio(model);
        Outcome o = model.outcomes().get(i);
        // an already-net outcome adjusted after all is no longer already net
        assertNotAbove(before, ratio(withOutcome(model, i,
                b -> b.alreadyNet(false).deadweight(raise(o.deadweight(), rnd)))), seed);
        assertNotAbove(before, ratio(withOutcome(model, i,
                b -> b.alreadyNet(false).displacement(raise(o.displacement(), rnd)))), seed);
        assertNotAbove(before, ratio(withOutcome(model, i,
                b -> b.alreadyNet(false).attribution(raise(o.attribution(), rnd)))), seed);
        assertNotAbove(before, ratio(withOutcome(model, i, b -> b.dropOff(raise(o.dropOff(), rnd)))), seed);
    }

    /**
     * With inputs as one undiscounted total, a higher rate lowers every future value and nothing else. (With
     * discounted inputs that come later than the value the ratio can rightly rise, so they are set undiscounted.)
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void ratio_neverRises_whenTheDiscountRateRises(long seed) {
        SroiModel base = RandomModels.generate(seed, true);
        Discounting d = base.discounting();
        SroiModel model = base.toBuilder().discounting(new Discounting(d.rate(), d.firstPeriod(), false)).build();
        BigDecimal higher = d.rate().add(new BigDecimal("0.01"));
        SroiModel raised = model.toBuilder().discounting(new Discounting(higher, d.firstPeriod(), false)).build();
        assertNotAbove(ratio(model), ratio(raised), seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void presentValue_isLinearInAProxyAndInAQuantity(long seed) {
        SroiModel generated = RandomModels.generate(seed, false);
        Random rnd = new Random(seed);
        int i = rnd.nextInt(generated.outcomes().size());
        SroiModel model = withOutcome(generated, i, b -> b);
        Outcome o = model.outcomes().get(i);
        BigDecimal lambda = BigDecimal.valueOf(rnd.nextInt(400)).movePointLeft(2);
        FinancialProxy p = o.proxy();
        double zero = presentValue(withOutcome(model, i,
                b -> b.proxy(new FinancialProxy(BigDecimal.ZERO, p.unit(), p.source(), p.priceYear()))));
        double base = presentValue(model);
        double scaledProxy = presentValue(withOutcome(model, i, b -> b.proxy(
                new FinancialProxy(p.value().multiply(lambda), p.unit(), p.source(), p.priceYear()))));
        assertClose(zero + lambda.doubleValue() * (base - zero), scaledProxy, seed, "proxy × " + lambda);
        List<BigDecimal> scaled = o.quantity().stream().map(q -> q.multiply(lambda)).toList();
        double scaledQuantity = presentValue(withOutcome(model, i, b -> b.quantity(scaled)));
        assertClose(zero + lambda.doubleValue() * (base - zero), scaledQuantity, seed, "quantity × " + lambda);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void splittingAnOutcomeInTwoHalves_leavesTheTotalsUnchanged(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        int i = new Random(seed).nextInt(model.outcomes().size());
        Outcome o = model.outcomes().get(i);
        List<BigDecimal> half = o.quantity().stream().map(q -> q.divide(BigDecimal.valueOf(2))).toList();
        List<Outcome> outcomes = new ArrayList<>(model.outcomes());
        outcomes.set(i, o.toBuilder().quantity(half).build());
        outcomes.add(o.toBuilder().id(o.id() + "-split").quantity(half).build());
        SroiModel split = model.toBuilder().outcomes(outcomes).build();
        assertClose(presentValue(model), presentValue(split), seed, "present value");
        SroiResult a = SroiCalculator.DEFAULT.calculate(model);
        SroiResult b = SroiCalculator.DEFAULT.calculate(split);
        assertMoneyClose(a.totals().presentValue(), b.totals().presentValue(), seed);
        assertEquals(a.totals().inputsValue(), b.totals().inputsValue(), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void breakdowns_addUpToTheirTotalsExactly(long seed) {
        SroiResult r = SroiCalculator.DEFAULT.calculate(RandomModels.generate(seed, false));
        String why = "seed " + seed;
        assertEquals(r.totals().presentValue(), sum(r.stakeholders().stream().map(s -> s.received())), why);
        assertEquals(r.totals().inputsValue(), sum(r.stakeholders().stream().map(s -> s.invested())), why);
        assertEquals(r.totals().presentValue(), sum(r.outcomes().stream().map(o -> o.presentValue())), why);
        assertEquals(r.totals().presentValue(), sum(r.periods().stream().map(p -> p.presentValue())), why);
        assertEquals(r.totals().netPresentValue(), r.totals().presentValue().subtract(r.totals().inputsValue()));
        assertEquals(r.totals().netPresentValue(), sum(r.stakeholders().stream().map(s -> s.net())), why);
        for (SroiResult.Period p : r.periods()) {
            int t = p.period() - 1;
            assertEquals(p.value(), sum(r.outcomes().stream().map(o -> o.values().get(t))), why);
            assertEquals(p.value(), sum(r.stakeholders().stream().map(s -> s.periods().get(t).received())), why);
            assertEquals(p.inputs(), sum(r.stakeholders().stream().map(s -> s.periods().get(t).invested())), why);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void stakeholders_receiveThePresentValue_andInvestTheInputs_exactly(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        Kernel k = Kernel.of(ModelValidator.DEFAULT.check(model).value());
        double presentValue = k.evaluate();
        double received = 0;
        for (int s = 0; s < k.stakeholders(); s++) {
            for (int i = 0; i < k.outcomes(); i++) {
                double outcomePv = 0;
                for (int t = 1; t <= k.periods(); t++) {
                    outcomePv += k.value(i, t) * k.factor(t);
                }
                received += outcomePv * k.share(i, s);
            }
        }
        assertClose(presentValue, received, seed, "received");
        double invested = 0;
        for (int s = 0; s < k.stakeholders(); s++) {
            invested += k.invested(s);
        }
        assertClose(k.inputsValue(), invested, seed, "invested");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void reorderingOutcomesOrStakeholders_changesNoTotal(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        List<Outcome> outcomes = new ArrayList<>(model.outcomes());
        Collections.shuffle(outcomes, new Random(seed));
        List<nl.sroi.core.model.Stakeholder> stakeholders = new ArrayList<>(model.stakeholders());
        Collections.shuffle(stakeholders, new Random(seed + 1));
        SroiModel shuffled = model.toBuilder().outcomes(outcomes).stakeholders(stakeholders).build();
        assertClose(presentValue(model), presentValue(shuffled), seed, "present value");
        SroiResult a = SroiCalculator.DEFAULT.calculate(model);
        SroiResult b = SroiCalculator.DEFAULT.calculate(shuffled);
        assertMoneyClose(a.totals().presentValue(), b.totals().presentValue(), seed);
        assertEquals(a.totals().inputsValue(), b.totals().inputsValue(), "seed " + seed);
        assertEquals(a.totals().paybackMonths().isPresent(), b.totals().paybackMonths().isPresent(), "seed " + seed);
    }

    /** Section 11.1: a fractional duration counts part of one more year, so its value lies between the two. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void aFractionalDuration_givesAValueBetweenTheWholeYearsAroundIt(long seed) {
        SroiModel model = RandomModels.generate(seed, true);
        Random rnd = new Random(seed);
        int i = rnd.nextInt(model.outcomes().size());
        int whole = 1 + rnd.nextInt(10);
        BigDecimal fraction = BigDecimal.valueOf(1 + rnd.nextInt(99), 2);
        double shorter = presentValue(withOutcome(model, i, b -> b.duration(whole)));
        double between = presentValue(withOutcome(model, i, b -> b.duration(fraction.add(BigDecimal.valueOf(whole)))));
        double longer = presentValue(withOutcome(model, i, b -> b.duration(whole + 1)));
        assertTrue(shorter <= between + 1e-9 && between <= longer + 1e-9,
                "seed " + seed + ": " + shorter + " ≤ " + between + " ≤ " + longer);
        // and part of the year is that part of the last year's value, when the horizon does not cut it
        if (model.horizonYears() == null) {
            assertClose(shorter + fraction.doubleValue() * (longer - shorter), between, seed, "pro rata");
        }
    }

    /** Section 11.1: a drop-off that already applies in the first year never gives more than from the second. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void dropOffFromTheFirstYear_neverGivesMoreThanFromTheSecond(long seed) {
        SroiModel model = RandomModels.generate(seed, true);
        List<Outcome> fromFirst = model.outcomes().stream()
                .map(o -> o.toBuilder().dropOffFrom(DropOffFrom.FIRST_YEAR).build()).toList();
        List<Outcome> fromSecond = model.outcomes().stream()
                .map(o -> o.toBuilder().dropOffFrom(DropOffFrom.SECOND_YEAR).build()).toList();
        double first = presentValue(model.toBuilder().outcomes(fromFirst).build());
        double second = presentValue(model.toBuilder().outcomes(fromSecond).build());
        assertTrue(first <= second + 1e-9 * Math.max(1, second), "seed " + seed + ": " + first + " > " + second);
    }

    /**
     * Section 11.2: with positive transfers the welfare view never exceeds the totals, and the two differ by exactly
     * the transfers' present values (as rounded in the result).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void theWelfareView_neverExceedsTheTotals_whenTransfersArePositive(long seed) {
        SroiModel model = RandomModels.generate(seed, true);
        int i = new Random(seed).nextInt(model.outcomes().size());
        SroiModel withTransfer = withOutcome(model, i, b -> b.transfer(true));
        SroiResult r = SroiCalculator.DEFAULT.calculate(withTransfer);
        SroiResult.Welfare welfare = r.welfare().orElseThrow();
        assertTrue(welfare.presentValue().compareTo(r.totals().presentValue()) <= 0, "seed " + seed);
        BigDecimal transfers = sum(r.outcomes().stream().filter(SroiResult.OutcomeValue::transfer)
                .map(SroiResult.OutcomeValue::presentValue));
        assertEquals(r.totals().presentValue(), welfare.presentValue().add(transfers), "seed " + seed);
        assertEquals(welfare.netPresentValue(), welfare.presentValue().subtract(r.totals().inputsValue()));
        if (welfare.ratio().isPresent()) {
            assertTrue(welfare.ratio().getAsDouble() <= r.totals().ratio().getAsDouble() + 1e-12, "seed " + seed);
        }
        // the totals and the stakeholders keep counting the transfer
        assertEquals(SroiCalculator.DEFAULT.calculate(withOutcome(model, i, b -> b.transfer(false))).totals(),
                r.totals(), "seed " + seed);
    }

    /** Section 11.3: a proxy indexed by the calculation gives what the indexed value entered by hand gives. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void anIndexedProxy_isTheIndexedValueInTheModelsPrices(long seed) {
        SroiModel generated = RandomModels.generate(seed, false);
        // without ranges: a range on another proxy was drawn around that proxy's value in the generated index
        SroiModel model = generated.toBuilder().priceYear(2024).priceIndex(PriceIndex.cbsCpi())
                .outcomes(generated.outcomes().stream().map(o -> o.toBuilder().ranges(null).build()).toList())
                .build();
        int i = new Random(seed).nextInt(model.outcomes().size());
        FinancialProxy p = model.outcomes().get(i).proxy();
        SroiModel in2019 = withOutcome(model, i, b -> b.proxy(
                new FinancialProxy(p.value(), p.unit(), p.source(), 2019)));
        // 2020 … 2024: 1.013 × 1.027 × 1.100 × 1.038 × 1.033 (research/cbs-cpi.md)
        BigDecimal factor = new BigDecimal("1.013").multiply(new BigDecimal("1.027")).multiply(new BigDecimal("1.100"))
                .multiply(new BigDecimal("1.038")).multiply(new BigDecimal("1.033"));
        SroiModel byHand = withOutcome(model, i, b -> b.proxy(
                new FinancialProxy(p.value().multiply(factor), p.unit(), p.source(), 2024)));
        assertClose(presentValue(byHand), presentValue(in2019), seed, "indexed proxy");
        assertEquals(factor.doubleValue(), SroiCalculator.DEFAULT.calculate(in2019).outcomes().get(i).indexFactor(),
                1e-15, "seed " + seed);
    }

    // --------------------------------------------------------------------------------------------- helpers

    static double presentValue(SroiModel model) {
        return Kernel.of(ModelValidator.DEFAULT.check(model).value()).evaluate();
    }

    static double ratio(SroiModel model) {
        Kernel k = Kernel.of(ModelValidator.DEFAULT.check(model).value());
        return k.evaluate() / k.inputsValue();
    }

    /** The model with one outcome changed; its ranges are dropped, since a changed estimate may leave them. */
    static SroiModel withOutcome(SroiModel model, int i, UnaryOperator<Outcome.Builder> change) {
        List<Outcome> outcomes = new ArrayList<>(model.outcomes());
        outcomes.set(i, change.apply(outcomes.get(i).toBuilder().ranges(null)).build());
        return model.toBuilder().outcomes(outcomes).build();
    }

    private static BigDecimal raise(BigDecimal fraction, Random rnd) {
        BigDecimal raised = fraction.add(BigDecimal.valueOf(1 + rnd.nextInt(30)).movePointLeft(2));
        return raised.min(BigDecimal.ONE);
    }

    private static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal::add).orElseThrow();
    }

    private static void assertNotAbove(double before, double after, long seed) {
        assertTrue(after <= before + 1e-12 * Math.abs(before), "seed " + seed + ": ratio rose from " + before
                + " to " + after);
    }

    private static void assertClose(double expected, double actual, long seed, String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), "seed " + seed + ": " + what);
    }

    private static void assertMoneyClose(BigDecimal a, BigDecimal b, long seed) {
        double diff = a.subtract(b).abs().doubleValue();
        assertTrue(diff <= 0.01 + 1e-12, "seed " + seed + ": " + a + " vs " + b);
    }
}
