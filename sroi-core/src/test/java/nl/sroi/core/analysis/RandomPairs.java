package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.sroi.core.RandomModels;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.price.PriceIndex;

/**
 * Pairs of valid models FROM and TO from a seed, with every kind of change: TO a different random model (every
 * field of every matched outcome differs), or FROM with a random set of changes (rates, horizons, inputs, price
 * years and indices, quantities, proxies, adjustments, already-net, transfers, durations and drop-off, outcomes
 * added and removed, a new stakeholder), or FROM with the changes of one factor only.
 */
final class RandomPairs {

    private RandomPairs() {
    }

    /** FROM and TO. */
    record Pair(SroiModel from, SroiModel to) {
    }

    static Pair pair(long seed) {
        SroiModel from = RandomModels.generate(seed, seed % 2 == 0);
        Random rnd = new Random(seed * 31 + 7);
        if (seed % 4 == 0) {
            SroiModel other = RandomModels.generate(seed + 100_000, seed % 3 == 0);
            return new Pair(from, other.toBuilder().currency(from.currency()).build());
        }
        List<BridgeFactor> factors = new ArrayList<>();
        for (BridgeFactor f : BridgeFactor.values()) {
            if (rnd.nextInt(3) > 0) {
                factors.add(f);
            }
        }
        return new Pair(from, changed(from, factors, rnd));
    }

    /** FROM with random changes of the given factors only. */
    static SroiModel changed(SroiModel m, List<BridgeFactor> factors, Random rnd) {
        SroiModel.Builder b = m.toBuilder().title(m.title() + " (revised)");
        List<Outcome> outcomes = new ArrayList<>();
        List<Stakeholder> stakeholders = new ArrayList<>(m.stakeholders());
        for (Outcome o : m.outcomes()) {
            Outcome.Builder ob = o.toBuilder().description(o.description() + "*");
            if (factors.contains(BridgeFactor.QUANTITIES)) {
                List<BigDecimal> q = new ArrayList<>();
                int n = 1 + rnd.nextInt(5);
                for (int c = 0; c < n; c++) {
                    q.add(BigDecimal.valueOf(rnd.nextInt(80)));
                }
                ob.quantity(q);
            }
            if (factors.contains(BridgeFactor.PROXIES)) {
                FinancialProxy p = o.proxy();
                Integer year = m.priceIndex() == null ? p.priceYear() : pick(rnd, null, 2019, 2023, 2024);
                ob.proxy(new FinancialProxy(p.value().multiply(decimal(rnd, 0.5, 1.8, 2)).setScale(2,
                        RoundingMode.HALF_EVEN), p.unit(), p.source() + "*", year, p.basis(), p.ref())).ranges(null);
            }
            if (factors.contains(BridgeFactor.FILTERS)) {
                if (rnd.nextInt(4) == 0) {
                    ob.alreadyNet(!o.alreadyNet());
                }
                ob.transfer(rnd.nextBoolean());
                Outcome x = ob.build();
                if (x.alreadyNet()) {
                    ob.deadweight((BigDecimal) null).displacement((BigDecimal) null).attribution((BigDecimal) null)
                            .ranges(null);
                } else {
                    ob.deadweight(decimal(rnd, 0, 0.6, 2)).displacement(decimal(rnd, 0, 0.3, 2))
                            .attribution(decimal(rnd, 0, 0.6, 2)).ranges(null);
                }
            }
            if (factors.contains(BridgeFactor.PERSISTENCE)) {
                ob.duration(BigDecimal.valueOf(1 + rnd.nextInt(8)).subtract(
                        BigDecimal.valueOf(25L * rnd.nextInt(3), 2))).dropOff(decimal(rnd, 0, 0.5, 2))
                        .startOffset(rnd.nextInt(2)).dropOffFrom(rnd.nextBoolean()
                                ? nl.sroi.core.model.DropOffFrom.FIRST_YEAR : null)
                        .dropOffMode(rnd.nextBoolean() ? nl.sroi.core.model.DropOffMode.LINEAR : null).ranges(null);
            }
            outcomes.add(ob.build());
        }
        if (factors.contains(BridgeFactor.OUTCOMES)) {
            if (outcomes.size() > 1 && rnd.nextBoolean()) {
                outcomes.remove(rnd.nextInt(outcomes.size()));
            }
            if (rnd.nextInt(3) > 0) {
                stakeholders.add(new Stakeholder("nieuw", "New party", null));
                Outcome model = RandomModels.generate(rnd.nextLong(), true).outcomes().get(0);
                outcomes.add(model.toBuilder().id("added").stakeholder("nieuw").valueTo((List<nl.sroi.core.model
                        .ValueShare>) null).proxy(new FinancialProxy(model.proxy().value(), "u", "s",
                        m.priceYear(), null, null)).ranges(null).build());
            }
        }
        b.outcomes(outcomes).stakeholders(stakeholders);
        if (factors.contains(BridgeFactor.INPUTS)) {
            List<Input> inputs = new ArrayList<>();
            for (Input in : m.inputs()) {
                List<BigDecimal> amounts = in.amounts().stream()
                        .map(a -> a.multiply(decimal(rnd, 0.6, 1.5, 2)).setScale(2, RoundingMode.HALF_EVEN)).toList();
                inputs.add(new Input(in.id(), in.stakeholder(), in.description(), in.inKind(), amounts, in.source(),
                        in.basis()));
            }
            if (rnd.nextBoolean()) {
                inputs.add(new Input("extra", m.stakeholders().get(0).id(), "extra", false,
                        List.of(decimal(rnd, 100, 20_000, 2)), null, null));
            }
            if (inputs.size() > 1 && rnd.nextBoolean()) {
                inputs.remove(0);
            }
            b.inputs(inputs);
        }
        if (factors.contains(BridgeFactor.DISCOUNTING)) {
            b.discounting(new Discounting(decimal(rnd, 0, 0.08, 4), rnd.nextBoolean() ? FirstPeriod.DISCOUNTED
                    : FirstPeriod.UNDISCOUNTED, rnd.nextBoolean()))
                    .horizonYears(rnd.nextBoolean() ? null : 2 + rnd.nextInt(8)).ranges(null);
        }
        if (factors.contains(BridgeFactor.PROXIES) && m.priceYear() != null) {
            // a price year the index covers; or another index altogether
            if (m.priceIndex() != null && rnd.nextBoolean()) {
                b.priceYear(2023);
            } else if (m.priceIndex() != null && rnd.nextBoolean()) {
                b.priceIndex(m.priceIndex().name().equals(PriceIndex.CBS_CPI) ? null : PriceIndex.cbsCpi());
            }
        }
        return b.build();
    }

    @SafeVarargs
    private static <T> T pick(Random rnd, T... values) {
        return values[rnd.nextInt(values.length)];
    }

    private static BigDecimal decimal(Random rnd, double low, double high, int scale) {
        return BigDecimal.valueOf(low + rnd.nextDouble() * (high - low)).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
