package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import nl.sroi.core.internal.Kernel;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;

/**
 * The change bridge ({@code bridge.md}): why the figures of TO differ from FROM's. Every hybrid M(S) of the seven
 * factors is evaluated by the kernel (128 evaluations), and each factor's effect on each figure is its Shapley
 * value, so that the effects add up to the change and do not depend on the order of the changes. Stateless and
 * thread-safe.
 */
public final class ChangeBridge {

    /** The one bridge there is. */
    public static final ChangeBridge DEFAULT = new ChangeBridge();

    /** The number of factors, n. */
    public static final int FACTORS = BridgeFactor.values().length;
    /** The number of hybrids, 2^n. */
    public static final int HYBRIDS = 1 << FACTORS;
    /** The figures: present value, inputs value, net present value, welfare present value, ratio. */
    static final int FIGURES = 5;
    private static final int RATIO = 4;
    private static final int RATIO_DIGITS = 4;

    private ChangeBridge() {
    }

    /**
     * The problem of two models that cannot be bridged (different currencies), or {@code null}.
     *
     * @param from FROM
     * @param to   TO
     * @return the problem, at {@code /to/currency}, or {@code null}
     */
    public static Problem incomparable(SroiModel from, SroiModel to) {
        if (from.currency().equals(to.currency())) {
            return null;
        }
        return Problem.of("/to/currency", ProblemCode.CURRENCY_DIFFERS,
                Message.of("bridge.currencyDiffers", to.currency(), from.currency()));
    }

    /**
     * The bridge from FROM to TO.
     *
     * @param from FROM, valid
     * @param to   TO, valid, with FROM's currency
     * @return the bridge
     * @throws IllegalArgumentException when the currencies differ ({@link #incomparable})
     */
    public BridgeResult bridge(ValidModel from, ValidModel to) {
        return bridge(from, to, Cancellation.NONE);
    }

    /**
     * The bridge, asking {@code cancellation} before every hybrid.
     *
     * @param from         FROM, valid
     * @param to           TO, valid, with FROM's currency
     * @param cancellation asked before every evaluation
     * @return the bridge
     * @throws IllegalArgumentException      when the currencies differ
     * @throws Cancellation.Cancelled when {@code cancellation} says so
     */
    public BridgeResult bridge(ValidModel from, ValidModel to, Cancellation cancellation) {
        SroiModel a = from.model();
        SroiModel b = to.model();
        Problem problem = incomparable(a, b);
        if (problem != null) {
            throw new IllegalArgumentException(problem.message());
        }
        Hybrids hybrids = new Hybrids(a, b);
        List<String> ids = hybrids.outcomeIds();
        double[][] figures = new double[HYBRIDS][];
        double[][] outcomeValues = new double[HYBRIDS][];
        for (int mask = 0; mask < HYBRIDS; mask++) {
            cancellation.check();
            // M(∅) and M(all) are FROM and TO themselves, so the effects add up to the change of their figures
            SroiModel model = mask == 0 ? a : mask == HYBRIDS - 1 ? b : hybrids.model(mask);
            Kernel k = mask == 0 ? Kernel.of(from) : mask == HYBRIDS - 1 ? Kernel.of(to) : Kernel.ofHybrid(model);
            figures[mask] = figures(k);
            outcomeValues[mask] = outcomeValues(k, model, ids);
        }
        boolean ratios = true;
        for (double[] f : figures) {
            ratios &= !Double.isNaN(f[RATIO]);
        }
        MinorUnits money = MinorUnits.of(a.currency());
        BridgeResult.Side sideFrom = side(a, figures[0], money);
        BridgeResult.Side sideTo = side(b, figures[HYBRIDS - 1], money);
        double[][] effects = new double[FACTORS][];
        for (BridgeFactor f : BridgeFactor.values()) {
            effects[f.ordinal()] = shapley(figures, f);
        }
        BigDecimal[][] rounded = rounded(effects, sideFrom.rounded(), sideTo.rounded(), money, ratios);
        List<BridgeResult.FactorEffect> factors = new ArrayList<>();
        for (BridgeFactor f : BridgeFactor.values()) {
            double[] perOutcome = shapley(outcomeValues, f);
            List<BridgeResult.OutcomeEffect> outcomes = new ArrayList<>();
            for (int o = 0; o < ids.size(); o++) {
                outcomes.add(new BridgeResult.OutcomeEffect(ids.get(o), hybrids.descriptions().get(o), perOutcome[o]));
            }
            double[] e = effects[f.ordinal()];
            BigDecimal[] r = rounded[f.ordinal()];
            factors.add(new BridgeResult.FactorEffect(f, exact(e, ratios),
                    new BridgeResult.Rounded(r[0], r[1], r[2], r[3], r[RATIO]), outcomes));
        }
        List<BridgeResult.Hybrid> all = new ArrayList<>();
        for (int mask = 0; mask < HYBRIDS; mask++) {
            all.add(new BridgeResult.Hybrid(factorsOf(mask), exact(figures[mask], true)));
        }
        List<Problem> warnings = ratios ? List.of()
                : List.of(Problem.of("", ProblemCode.NO_RATIO_EFFECTS, Message.of("bridge.noRatio")));
        return new BridgeResult(a.currency(), sideFrom, sideTo, factors, BridgeChanges.between(a, b), all,
                warnings);
    }

    /** The figures of an evaluated kernel, the ratio NaN when it has no inputs value. */
    private static double[] figures(Kernel k) {
        double presentValue = k.evaluate();
        double inputs = k.inputsValue();
        return new double[] {presentValue, inputs, presentValue - inputs, k.welfarePresentValue(),
                Kernel.ratioOrNaN(presentValue, inputs)};
    }

    /** Each outcome's present value in the order of {@code ids}; 0 for one the model lacks. */
    private static double[] outcomeValues(Kernel k, SroiModel model, List<String> ids) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < model.outcomes().size(); i++) {
            at.put(model.outcomes().get(i).id(), i);
        }
        double[] values = new double[ids.size()];
        for (int o = 0; o < values.length; o++) {
            Integer i = at.get(ids.get(o));
            values[o] = i == null ? 0 : k.outcomePresentValue(i);
        }
        return values;
    }

    /**
     * The Shapley value of one factor for every column of {@code v}: the weighted sum over the sets S without it of
     * v(S ∪ {i}) − v(S), weighted |S|! (n − |S| − 1)! / n!.
     */
    static double[] shapley(double[][] v, BridgeFactor factor) {
        int bit = factor.bit();
        double[] effect = new double[v[0].length];
        for (int mask = 0; mask < HYBRIDS; mask++) {
            if ((mask & bit) != 0) {
                continue;
            }
            double weight = WEIGHTS[Integer.bitCount(mask)];
            double[] without = v[mask];
            double[] with = v[mask | bit];
            for (int c = 0; c < effect.length; c++) {
                effect[c] += weight * (with[c] - without[c]);
            }
        }
        return effect;
    }

    /** |S|! (n − |S| − 1)! / n! for |S| = 0 … n − 1. */
    private static final double[] WEIGHTS = weights();

    private static double[] weights() {
        double[] w = new double[FACTORS];
        for (int s = 0; s < FACTORS; s++) {
            w[s] = (double) factorial(s) * factorial(FACTORS - s - 1) / factorial(FACTORS);
        }
        return w;
    }

    private static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /**
     * The effects rounded by largest remainder, each figure's adding up to TO's rounded figure minus FROM's
     * (amounts to the minor unit, the ratio to 4 decimals; no ratio when the bridge gives none).
     */
    private static BigDecimal[][] rounded(double[][] effects, BridgeResult.Rounded from, BridgeResult.Rounded to,
                                          MinorUnits money, boolean ratios) {
        BigDecimal[][] rounded = new BigDecimal[FACTORS][FIGURES];
        for (int figure = 0; figure < FIGURES; figure++) {
            if (figure == RATIO && !ratios) {
                continue;
            }
            double[] parts = new double[FACTORS];
            for (int f = 0; f < FACTORS; f++) {
                parts[f] = effects[f][figure];
            }
            MinorUnits units = figure == RATIO ? new MinorUnits(RATIO_DIGITS) : money;
            BigDecimal[] r = units.allocate(parts, to.get(figure).subtract(from.get(figure)));
            for (int f = 0; f < FACTORS; f++) {
                rounded[f][figure] = r[f];
            }
        }
        return rounded;
    }

    private static BridgeResult.Side side(SroiModel m, double[] f, MinorUnits money) {
        BigDecimal ratio = Double.isNaN(f[RATIO]) ? null : new MinorUnits(RATIO_DIGITS).round(f[RATIO]);
        return new BridgeResult.Side(m.id(), m.title(), exact(f, true), new BridgeResult.Rounded(money.round(f[0]),
                money.round(f[1]), money.round(f[2]), money.round(f[3]), ratio));
    }

    private static BridgeResult.Figures exact(double[] f, boolean withRatio) {
        OptionalDouble ratio = withRatio && !Double.isNaN(f[RATIO]) ? OptionalDouble.of(f[RATIO])
                : OptionalDouble.empty();
        return new BridgeResult.Figures(f[0], f[1], f[2], f[3], ratio);
    }

    private static Set<BridgeFactor> factorsOf(int mask) {
        EnumSet<BridgeFactor> set = EnumSet.noneOf(BridgeFactor.class);
        for (BridgeFactor f : BridgeFactor.values()) {
            if ((mask & f.bit()) != 0) {
                set.add(f);
            }
        }
        return set;
    }
}
