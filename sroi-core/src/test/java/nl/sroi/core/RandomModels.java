package nl.sroi.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Distribution;
import nl.sroi.core.model.DropOffMode;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.ModelRanges;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;

/**
 * Valid random models from a seed, for property tests (JUnit parameterized tests; the seed is the test's
 * argument, so a failure names it). Every knob of the format is exercised: cohorts, offsets, horizons, both
 * drop-off modes, both first-period conventions, discounted inputs, shared value, ranges.
 */
public final class RandomModels {

    /** The seeds the property tests run over: a few hundred, fixed so that runs repeat. */
    public static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    private RandomModels() {
    }

    /** A valid model; with {@code positive} every proxy is positive, so more of an adjustment means less value. */
    public static SroiModel generate(long seed, boolean positive) {
        Random rnd = new Random(seed);
        int stakeholderCount = 1 + rnd.nextInt(4);
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int s = 0; s < stakeholderCount; s++) {
            stakeholders.add(new Stakeholder("s" + s, "Stakeholder " + s, rnd.nextBoolean() ? null : "d"));
        }
        List<Input> inputs = new ArrayList<>();
        int inputCount = 1 + rnd.nextInt(3);
        for (int j = 0; j < inputCount; j++) {
            List<BigDecimal> amounts = new ArrayList<>();
            int periods = 1 + rnd.nextInt(4);
            for (int t = 0; t < periods; t++) {
                amounts.add(t == 0 || rnd.nextBoolean() ? cents(rnd, 100, 50_000) : BigDecimal.ZERO);
            }
            inputs.add(new Input("in" + j, pick(rnd, stakeholders).id(), "input " + j, rnd.nextBoolean(), amounts));
        }
        List<Outcome> outcomes = new ArrayList<>();
        int outcomeCount = 1 + rnd.nextInt(5);
        for (int i = 0; i < outcomeCount; i++) {
            outcomes.add(outcome(rnd, i, stakeholders, positive));
        }
        boolean undiscountedFirst = rnd.nextBoolean();
        return SroiModel.builder()
                .id("random-" + seed)
                .title("Random model " + seed)
                .kind(rnd.nextBoolean() ? Kind.FORECAST : Kind.EVALUATION)
                .currency(rnd.nextInt(5) == 0 ? "JPY" : "EUR")
                .priceYear(rnd.nextBoolean() ? 2024 : null)
                .firstYear(rnd.nextBoolean() ? 2024 : null)
                .horizonYears(rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(6) : null)
                .discounting(new Discounting(decimal(rnd, 0, 0.08, 4),
                        undiscountedFirst ? FirstPeriod.UNDISCOUNTED : FirstPeriod.DISCOUNTED, rnd.nextBoolean()))
                .stakeholders(stakeholders)
                .inputs(inputs)
                .outcomes(outcomes)
                .ranges(rnd.nextBoolean() ? null : new ModelRanges(
                        new EstimateRange(BigDecimal.ZERO, new BigDecimal("0.09"), Distribution.UNIFORM),
                        EstimateRange.of(0.8, 1.3)))
                .build();
    }

    private static Outcome outcome(Random rnd, int i, List<Stakeholder> stakeholders, boolean positive) {
        List<BigDecimal> quantity = new ArrayList<>();
        int cohorts = 1 + rnd.nextInt(4);
        for (int c = 0; c < cohorts; c++) {
            quantity.add(BigDecimal.valueOf(rnd.nextInt(60)));
        }
        BigDecimal proxy = cents(rnd, 10, 6000);
        if (!positive && rnd.nextInt(6) == 0) {
            proxy = proxy.negate();
        }
        List<ValueShare> valueTo = null;
        if (stakeholders.size() > 1 && rnd.nextBoolean()) {
            BigDecimal first = new BigDecimal(1 + rnd.nextInt(9)).movePointLeft(1);
            valueTo = List.of(new ValueShare(stakeholders.get(0).id(), first),
                    new ValueShare(stakeholders.get(1).id(), BigDecimal.ONE.subtract(first)));
        }
        BigDecimal deadweight = decimal(rnd, 0, 0.6, 2);
        int duration = 1 + rnd.nextInt(rnd.nextInt(5) == 0 ? 12 : 5);
        return Outcome.builder()
                .id("o" + i)
                .stakeholder(pick(rnd, stakeholders).id())
                .description("outcome " + i)
                .indicator("indicator " + i)
                .valueTo(valueTo)
                .quantity(quantity)
                .proxy(new FinancialProxy(proxy, "per person per year", "generated", rnd.nextBoolean() ? 2023 : null))
                .duration(duration)
                .startOffset(rnd.nextInt(2))
                .deadweight(deadweight)
                .displacement(decimal(rnd, 0, 0.3, 2))
                .attribution(decimal(rnd, 0, 0.6, 2))
                .dropOff(decimal(rnd, 0, 0.5, 2))
                .dropOffMode(rnd.nextBoolean() ? DropOffMode.LINEAR : DropOffMode.GEOMETRIC)
                .ranges(rnd.nextBoolean() ? null : new OutcomeRanges(EstimateRange.of(0.5, 1.5),
                        new EstimateRange(proxy.subtract(BigDecimal.TEN), proxy.add(BigDecimal.TEN), Distribution.PERT),
                        new EstimateRange(BigDecimal.ONE, BigDecimal.valueOf(duration + 2L), null),
                        new EstimateRange(BigDecimal.ZERO, deadweight, null), null, null, null))
                .build();
    }

    private static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static BigDecimal cents(Random rnd, double low, double high) {
        return decimal(rnd, low, high, 2);
    }

    private static BigDecimal decimal(Random rnd, double low, double high, int scale) {
        return BigDecimal.valueOf(low + rnd.nextDouble() * (high - low)).setScale(scale, java.math.RoundingMode.HALF_EVEN);
    }
}
