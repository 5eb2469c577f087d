package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.price.PriceIndex;

/**
 * The change bridge computed apart from the main code: for every one of the 128 coalitions S, the figures straight
 * from the formulas of sections 2 and 11 of the format (double loops over cohorts and years, the price index from
 * its levels), each field picked from FROM or TO by a hand-written rule per factor (not the main code's table), and
 * the Shapley value as the average over all 5040 orders of the factors (not the subset formula).
 */
final class BridgeOracle {

    static final int N = 7;

    private final SroiModel from;
    private final SroiModel to;
    /** Figures per coalition: pv, inputs, npv, welfare, ratio. */
    final double[][] v = new double[1 << N][];

    BridgeOracle(SroiModel from, SroiModel to) {
        this.from = from;
        this.to = to;
        for (int s = 0; s < (1 << N); s++) {
            v[s] = figures(s);
        }
    }

    private static boolean in(int s, BridgeFactor f) {
        return (s & (1 << f.ordinal())) != 0;
    }

    private double[] figures(int s) {
        SroiModel disc = in(s, BridgeFactor.DISCOUNTING) ? to : from;
        SroiModel prices = in(s, BridgeFactor.PROXIES) ? to : from;
        SroiModel inputsOf = in(s, BridgeFactor.INPUTS) ? to : from;
        double rate = disc.discounting().rate().doubleValue();
        boolean firstDiscounted = disc.discounting().firstPeriod() == FirstPeriod.DISCOUNTED;
        int horizon = disc.horizonYears() == null ? Integer.MAX_VALUE : disc.horizonYears();
        double pv = 0;
        double welfare = 0;
        Map<String, Outcome> a = byId(from.outcomes());
        Map<String, Outcome> b = byId(to.outcomes());
        List<String> ids = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(id -> !a.containsKey(id)).forEach(ids::add);
        for (String id : ids) {
            Outcome x = a.get(id);
            Outcome y = b.get(id);
            double value;
            boolean transfer;
            if (x != null && y != null) {
                Outcome q = in(s, BridgeFactor.QUANTITIES) ? y : x;
                Outcome p = in(s, BridgeFactor.PROXIES) ? y : x;
                Outcome f = in(s, BridgeFactor.FILTERS) ? y : x;
                Outcome d = in(s, BridgeFactor.PERSISTENCE) ? y : x;
                value = presentValue(q.quantity(), proxyUsed(p, prices, prices), f, d, rate, firstDiscounted,
                        horizon);
                transfer = f.transfer();
            } else if (x != null && !in(s, BridgeFactor.OUTCOMES)) {
                value = presentValue(x.quantity(), proxyUsed(x, from, prices), x, x, rate, firstDiscounted, horizon);
                transfer = x.transfer();
            } else if (y != null && x == null && in(s, BridgeFactor.OUTCOMES)) {
                value = presentValue(y.quantity(), proxyUsed(y, to, prices), y, y, rate, firstDiscounted, horizon);
                transfer = y.transfer();
            } else {
                continue;
            }
            pv += value;
            welfare += transfer ? 0 : value;
        }
        double inputs = 0;
        for (Input in : inputsOf.inputs()) {
            for (int t = 1; t <= in.amounts().size(); t++) {
                double amount = in.amounts().get(t - 1).doubleValue();
                inputs += disc.discounting().inputs() ? amount * factor(rate, firstDiscounted, t) : amount;
            }
        }
        return new double[] {pv, inputs, pv - inputs, welfare, inputs == 0 ? Double.NaN : pv / inputs};
    }

    /**
     * The proxy in the prices of {@code prices}: indexed with its index when it covers the proxy's year; an outcome
     * of one side only whose year that index lacks keeps the value its own side uses.
     */
    private static double proxyUsed(Outcome o, SroiModel own, SroiModel prices) {
        double value = o.proxy().value().doubleValue();
        Integer year = o.proxy().priceYear();
        PriceIndex index = prices.priceIndex();
        if (index == null || year == null || year.equals(prices.priceYear())) {
            return value;
        }
        if (!index.levels().containsKey(year)) {
            PriceIndex ownIndex = own.priceIndex();
            return value * ownIndex.levels().get(own.priceYear()).doubleValue()
                    / ownIndex.levels().get(year).doubleValue();
        }
        return value * index.levels().get(prices.priceYear()).doubleValue() / index.levels().get(year).doubleValue();
    }

    /** One outcome's present value: quantities of {@code q}'s cohorts, adjustments of f, persistence of d. */
    private static double presentValue(List<BigDecimal> quantity, double proxy, Outcome f, Outcome d, double rate,
                                       boolean firstDiscounted, int horizon) {
        double impact = proxy * (1 - f.deadweight().doubleValue()) * (1 - f.displacement().doubleValue())
                * (1 - f.attribution().doubleValue());
        double duration = d.duration().doubleValue();
        double dropOff = d.dropOff().doubleValue();
        boolean linear = d.dropOffMode() == nl.sroi.core.model.DropOffMode.LINEAR;
        int applied = d.dropOffFrom() == nl.sroi.core.model.DropOffFrom.FIRST_YEAR ? 1 : 0;
        double sum = 0;
        for (int c = 1; c <= quantity.size(); c++) {
            for (int k = 1; k <= Math.ceil(duration); k++) {
                int t = c + d.startOffset() + k - 1;
                if (t > horizon) {
                    break;
                }
                int times = k - 1 + applied;
                double keep = linear ? Math.max(0, 1 - dropOff * times) : Math.pow(1 - dropOff, times);
                double part = k <= Math.floor(duration) ? 1 : duration - Math.floor(duration);
                sum += quantity.get(c - 1).doubleValue() * impact * keep * part * factor(rate, firstDiscounted, t);
            }
        }
        return sum;
    }

    private static double factor(double rate, boolean firstDiscounted, int t) {
        return 1 / Math.pow(1 + rate, firstDiscounted ? t : t - 1);
    }

    private static Map<String, Outcome> byId(List<Outcome> outcomes) {
        Map<String, Outcome> map = new LinkedHashMap<>();
        outcomes.forEach(o -> map.put(o.id(), o));
        return map;
    }

    /** The Shapley value of factor i on figure k: its marginal contribution averaged over all n! orders. */
    double shapley(int i, int k) {
        if (phi == null) {
            phi = new double[N][5];
            int[] count = {0};
            permute(new int[] {0, 1, 2, 3, 4, 5, 6}, 0, count);
            for (double[] row : phi) {
                for (int f = 0; f < row.length; f++) {
                    row[f] /= count[0];
                }
            }
        }
        return phi[i][k];
    }

    private double[][] phi;

    private void permute(int[] order, int at, int[] count) {
        if (at == order.length) {
            int before = 0;
            for (int f : order) {
                for (int k = 0; k < 5; k++) {
                    phi[f][k] += v[before | (1 << f)][k] - v[before][k];
                }
                before |= 1 << f;
            }
            count[0]++;
            return;
        }
        for (int j = at; j < order.length; j++) {
            swap(order, at, j);
            permute(order, at + 1, count);
            swap(order, at, j);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
