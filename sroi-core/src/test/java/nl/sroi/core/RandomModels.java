package nl.sroi.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import nl.sroi.core.model.Basis;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Distribution;
import nl.sroi.core.model.DropOffFrom;
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
import nl.sroi.core.price.PriceIndex;

/**
 * Valid random models from a seed, for property tests (JUnit parameterized tests; the seed is the test's
 * argument, so a failure names it). Every knob of the format is exercised: cohorts, offsets, horizons, both
 * drop-off modes, both first-period conventions, discounted inputs, shared value, ranges, and those of section 11
 * (fractional durations, drop-off from the first year, already-net outcomes, transfers, the evidence basis, input
 * sources, price indices). The section 11 knobs are drawn from a second generator, so the other knobs of a seed's
 * model are those they were before section 11.
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
        Random extra = new Random(~seed);
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
            inputs.add(new Input("in" + j, pick(rnd, stakeholders).id(), "input " + j, rnd.nextBoolean(), amounts,
                    extra.nextBoolean() ? "budget " + j : null, basis(extra)));
        }
        boolean modelPriceYear = rnd.nextBoolean();
        PriceIndex index = !modelPriceYear ? null : switch (extra.nextInt(3)) {
            case 0 -> PriceIndex.cbsCpi();
            case 1 -> PriceIndex.of("eigen", "generated", Map.of(2019, new BigDecimal("100.0"),
                    2023, new BigDecimal("115.2"), 2024, new BigDecimal("119.3")));
            default -> null;
        };
        List<Outcome> outcomes = new ArrayList<>();
        int outcomeCount = 1 + rnd.nextInt(5);
        for (int i = 0; i < outcomeCount; i++) {
            outcomes.add(outcome(rnd, extra, i, stakeholders, positive, index));
        }
        boolean undiscountedFirst = rnd.nextBoolean();
        return SroiModel.builder()
                .priceIndex(index)
                .id("random-" + seed)
                .title("Random model " + seed)
                .kind(rnd.nextBoolean() ? Kind.FORECAST : Kind.EVALUATION)
                .currency(rnd.nextInt(5) == 0 ? "JPY" : "EUR")
                .priceYear(modelPriceYear ? 2024 : null)
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

    private static Outcome outcome(Random rnd, Random extra, int i, List<Stakeholder> stakeholders, boolean positive,
                                   PriceIndex index) {
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
        int years = 1 + rnd.nextInt(rnd.nextInt(5) == 0 ? 12 : 5);
        // a quarter of the durations fractional: 0.25 to 0.75 of a year less than the whole years drawn
        BigDecimal duration = extra.nextInt(4) == 0
                ? BigDecimal.valueOf(years).subtract(BigDecimal.valueOf(25L * (1 + extra.nextInt(3)), 2))
                : BigDecimal.valueOf(years);
        boolean alreadyNet = extra.nextInt(6) == 0;
        Integer proxyYear = rnd.nextBoolean() ? 2023 : null;
        if (proxyYear != null && index != null && extra.nextBoolean()) {
            proxyYear = 2019;
        }
        // ranges on a proxy are in the model's prices: around the indexed value
        BigDecimal used = proxyYear == null || index == null ? proxy
                : proxy.multiply(index.decimalFactor(proxyYear, 2024), java.math.MathContext.DECIMAL128);
        Outcome.Builder b = Outcome.builder()
                .id("o" + i)
                .stakeholder(pick(rnd, stakeholders).id())
                .description("outcome " + i)
                .indicator("indicator " + i)
                .valueTo(valueTo)
                .quantity(quantity)
                .proxy(new FinancialProxy(proxy, "per person per year", "generated", proxyYear, basis(extra),
                        extra.nextInt(4) == 0 ? "entry-" + i : null))
                .duration(duration)
                .startOffset(rnd.nextInt(2))
                .deadweight(deadweight)
                .displacement(decimal(rnd, 0, 0.3, 2))
                .attribution(decimal(rnd, 0, 0.6, 2))
                .dropOff(decimal(rnd, 0, 0.5, 2))
                .dropOffMode(rnd.nextBoolean() ? DropOffMode.LINEAR : DropOffMode.GEOMETRIC)
                .ranges(rnd.nextBoolean() ? null : new OutcomeRanges(EstimateRange.of(0.5, 1.5),
                        new EstimateRange(used.subtract(BigDecimal.TEN), used.add(BigDecimal.TEN), Distribution.PERT),
                        duration.compareTo(BigDecimal.ONE) < 0 ? null
                                : new EstimateRange(BigDecimal.ONE, BigDecimal.valueOf(years + 2L), null),
                        alreadyNet ? null : new EstimateRange(BigDecimal.ZERO, deadweight, null), null, null, null))
                .dropOffFrom(extra.nextInt(3) == 0 ? DropOffFrom.FIRST_YEAR : null)
                .transfer(extra.nextInt(4) == 0 ? true : null)
                .quantityBasis(basis(extra));
        if (alreadyNet) {
            // left out: an already-net outcome's adjustments are 0
            b.alreadyNet(true).deadweight((BigDecimal) null).displacement((BigDecimal) null)
                    .attribution((BigDecimal) null);
        }
        return b.build();
    }

    /**
     * A valid model with the fields of section 12 drawn from a third generator: other filters, start offsets up to
     * 49, own discount rates, a declining schedule and the part-year convention. Without a price index and ranges,
     * so that {@code ExactCalculation} (which takes proxies as written) can calculate it.
     */
    public static SroiModel printed(long seed) {
        SroiModel base = generate(seed, false);
        Random r = new Random(seed * 31 + 7);
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o : base.outcomes()) {
            Outcome.Builder b = o.toBuilder().ranges(null);
            if (!o.alreadyNet() && r.nextInt(3) == 0) {
                List<nl.sroi.core.model.OtherFilter> filters = new ArrayList<>();
                for (int j = 0, n = 1 + r.nextInt(3); j < n; j++) {
                    filters.add(new nl.sroi.core.model.OtherFilter("filter " + j, decimal(r, 0, 0.9, 2)));
                }
                b.otherFilters(filters);
            }
            if (r.nextInt(4) == 0) {
                b.startOffset(r.nextInt(50));
            }
            if (r.nextInt(3) == 0) {
                b.discountRate(decimal(r, 0, 0.08, 4));
            }
            outcomes.add(b.build());
        }
        Discounting d = base.discounting();
        List<nl.sroi.core.model.RateStep> schedule = null;
        if (r.nextBoolean()) {
            schedule = new ArrayList<>();
            for (int from = 2 + r.nextInt(10), n = 1 + r.nextInt(3); n > 0; n--, from += 1 + r.nextInt(20)) {
                schedule.add(new nl.sroi.core.model.RateStep(from, decimal(r, 0, 0.08, 4)));
            }
        }
        return base.toBuilder().priceIndex(null).ranges(null).outcomes(outcomes)
                .discounting(d.withSchedule(schedule))
                .partYear(r.nextBoolean() ? nl.sroi.core.model.PartYear.FULL_YEAR : null)
                .build();
    }

    private static Basis basis(Random extra) {
        int b = extra.nextInt(4);
        return b == 3 ? null : Basis.values()[b];
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
