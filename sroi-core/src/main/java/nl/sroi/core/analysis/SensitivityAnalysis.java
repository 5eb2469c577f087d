package nl.sroi.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;
import javax.money.Monetary;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

import nl.sroi.core.internal.Kernel;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.rules.ValidModel;

/**
 * Sensitivity of a model: each ranged estimate alone at its low and its high (a tornado), and the switching value
 * of every estimate. The present value is linear in proxy, quantity, deadweight, displacement and attribution and
 * the inputs value in the inputs multiplier, so their switching values have a closed form from two evaluations;
 * drop-off and the discount rate are solved with Brent's method after bracketing a sign change on a grid;
 * durations are searched year by year. Switching values are only reported where the estimate can meaningfully take
 * them (section 11.4 of the format): a proxy keeps its sign, a duration is the edge between whole years at which
 * the ratio is at least 1 and years at which it is below. Stateless and thread-safe.
 */
public final class SensitivityAnalysis {

    /** Grid points used by default to bracket a sign change before solving. */
    public static final int DEFAULT_GRID = 200;
    /** The analysis with {@link #DEFAULT_GRID} grid points. */
    public static final SensitivityAnalysis DEFAULT = new SensitivityAnalysis(DEFAULT_GRID);
    private static final double RATE_UPPER = 1 - 1e-9;

    private final int grid;

    /**
     * An analysis that brackets the switching values of drop-off and the rate on a grid of this many intervals
     * over the estimate's valid interval (more find roots closer together, at a proportional cost).
     *
     * @param grid the number of grid intervals, at least 1
     */
    public SensitivityAnalysis(int grid) {
        if (grid < 1) {
            throw new IllegalArgumentException("grid must be at least 1, was " + grid);
        }
        this.grid = grid;
    }

    /**
     * The tornado of the model's ranged estimates and the switching value of every estimate.
     *
     * @param valid the model
     * @return the sensitivity
     */
    public SensitivityResult calculate(ValidModel valid) {
        return calculate(valid, Cancellation.NONE);
    }

    /**
     * The tornado and switching values, asking {@code cancellation} before every evaluation of the kernel.
     *
     * @param valid        the model
     * @param cancellation asked before every evaluation
     * @return the sensitivity
     * @throws Cancellation.Cancelled when {@code cancellation} says so
     */
    public SensitivityResult calculate(ValidModel valid, Cancellation cancellation) {
        SroiModel model = valid.model();
        CurrencyUnit currency = Monetary.getCurrency(model.currency());
        Evaluator at = new Evaluator(Kernel.of(valid), cancellation);
        double npv = at.npv();
        OptionalDouble ratio = at.ratio();
        OptionalDouble welfareRatio = at.welfareRatio();

        List<SensitivityResult.TornadoBar> tornado = new ArrayList<>();
        for (EstimateRef.Ranged r : EstimateRef.ranged(model)) {
            EstimateRange range = r.range();
            tornado.add(new SensitivityResult.TornadoBar(r.ref(),
                    end(at, r.ref(), model, range.low(), currency), end(at, r.ref(), model, range.high(), currency)));
        }
        tornado.sort(Comparator.comparingDouble(SensitivityResult.TornadoBar::swing).reversed());

        List<SensitivityResult.SwitchingValue> switching = new ArrayList<>();
        for (EstimateRef ref : EstimateRef.all(model)) {
            switching.add(switchingValue(at, ref, ref.pointValue(model)));
        }
        return new SensitivityResult(model.id(), currency, ratio, MinorUnits.money(npv, currency), welfareRatio,
                tornado, switching);
    }

    private static SensitivityResult.End end(Evaluator at, EstimateRef ref, SroiModel model,
                                             java.math.BigDecimal value, CurrencyUnit currency) {
        double point = ref.pointValue(model);
        at.set(ref, value.doubleValue());
        SensitivityResult.End end = new SensitivityResult.End(value, at.ratio(), MinorUnits.money(at.npv(), currency),
                at.welfareRatio());
        at.set(ref, point);
        return end;
    }

    SensitivityResult.SwitchingValue switchingValue(Evaluator at, EstimateRef ref, double point) {
        try {
            if (ref.estimate() == Estimate.DURATION) {
                return wholeYears(at, ref, point);
            }
            return ref.linear() ? closedForm(at, ref, point) : solved(at, ref, point);
        } finally {
            at.set(ref, point);
        }
    }

    /**
     * NPV(x) = a + b·x: two evaluations give a and b, and the root is −a / b. The slope is then measured again
     * over [0, root], which matters when b is small next to a (a small outcome in a large model).
     */
    private static SensitivityResult.SwitchingValue closedForm(Evaluator at, EstimateRef ref, double point) {
        at.set(ref, 0);
        double a = at.npv();
        at.set(ref, 1);
        double b = at.npv() - a;
        if (b == 0) {
            return none(ref, Message.of("switching.independent"));
        }
        double root = -a / b;
        at.set(ref, root);
        double atRoot = at.npv();
        if (root != 0 && atRoot != 0 && atRoot != a) {
            root -= atRoot / ((atRoot - a) / root);
        }
        if (!ref.estimate().contains(root)) {
            return none(ref, Message.of("switching.outsideLine", ref.estimate().label(), ref.estimate().interval(),
                    root));
        }
        if (ref.estimate() == Estimate.PROXY && !keepsSign(point, root)) {
            return none(ref, Message.of(point > 0 ? "switching.proxySign.benefit" : "switching.proxySign.harm", root));
        }
        return found(ref, root);
    }

    /** A benefit stays a benefit and a harm a harm; a proxy of 0 has no sign to keep. */
    private static boolean keepsSign(double point, double root) {
        return point > 0 ? root > 0 : point == 0 || root < 0;
    }

    /** Brackets every sign change of NPV on a grid over the valid interval, solves each, keeps the nearest root. */
    private SensitivityResult.SwitchingValue solved(Evaluator at, EstimateRef ref, double point) {
        double lower = ref.estimate().lower();
        double upper = ref.estimate() == Estimate.RATE ? RATE_UPPER : ref.estimate().upper();
        BrentSolver brent = new BrentSolver(1e-15, 1e-15, 1e-12);
        double best = Double.NaN;
        double x0 = lower;
        at.set(ref, x0);
        double f0 = at.npv();
        for (int g = 1; g <= grid; g++) {
            double x1 = lower + (upper - lower) * g / grid;
            at.set(ref, x1);
            double f1 = at.npv();
            double root = Double.NaN;
            if (f0 == 0) {
                root = x0;
            } else if (f1 == 0 || Math.signum(f0) != Math.signum(f1)) {
                root = f1 == 0 ? x1 : brent.solve(1000, x -> {
                    at.set(ref, x);
                    return at.npv();
                }, x0, x1);
            }
            if (!Double.isNaN(root) && (Double.isNaN(best) || Math.abs(root - point) < Math.abs(best - point))) {
                best = root;
            }
            x0 = x1;
            f0 = f1;
        }
        return Double.isNaN(best)
                ? none(ref, Message.of("switching.none", ref.estimate().label(), ref.estimate().interval()))
                : found(ref, best);
    }

    /**
     * The whole number of years at the edge of the durations for which the ratio is at least 1, next to a duration
     * for which it is below 1 (the edge nearest the point value when there is more than one); none when the ratio
     * is at least 1, or below 1, for every duration from 1 to 50 years.
     */
    private static SensitivityResult.SwitchingValue wholeYears(Evaluator at, EstimateRef ref, double point) {
        int min = (int) Estimate.DURATION.lower();
        int max = (int) Estimate.DURATION.upper();
        boolean[] reaches = new boolean[max + 2];
        int reaching = 0;
        for (int years = min; years <= max; years++) {
            at.set(ref, years);
            reaches[years] = at.npv() >= 0;
            reaching += reaches[years] ? 1 : 0;
        }
        if (reaching == max - min + 1) {
            return none(ref, Message.of("switching.durationAlways", min, max));
        }
        if (reaching == 0) {
            return none(ref, Message.of("switching.durationNever", min, max));
        }
        int best = -1;
        for (int years = min; years <= max; years++) {
            boolean edge = reaches[years]
                    && ((years > min && !reaches[years - 1]) || (years < max && !reaches[years + 1]));
            if (edge && (best < 0 || Math.abs(years - point) < Math.abs(best - point))) {
                best = years;
            }
        }
        return found(ref, best);
    }

    private static SensitivityResult.SwitchingValue found(EstimateRef ref, double value) {
        return new SensitivityResult.SwitchingValue(ref, OptionalDouble.of(value), null);
    }

    private static SensitivityResult.SwitchingValue none(EstimateRef ref, Message reason) {
        return new SensitivityResult.SwitchingValue(ref, OptionalDouble.empty(), reason);
    }

    /** A kernel with one estimate changed at a time. */
    static final class Evaluator {
        private final Kernel k;
        private final Cancellation cancellation;

        Evaluator(Kernel k, Cancellation cancellation) {
            this.k = k;
            this.cancellation = cancellation;
        }

        void set(EstimateRef ref, double value) {
            if (ref.estimate() == Estimate.OTHER_FILTER) {
                k.setOtherFilter(ref.outcome(), ref.filter(), value);
            } else {
                k.set(ref.estimate(), ref.outcome(), value);
            }
        }

        double npv() {
            cancellation.check();
            return k.evaluate() - k.inputsValue();
        }

        OptionalDouble ratio() {
            cancellation.check();
            double presentValue = k.evaluate();
            return Kernel.ratio(presentValue, k.inputsValue());
        }

        /** The welfare ratio (section 11.2) when the model has transfers and inputs; else empty. */
        OptionalDouble welfareRatio() {
            if (!k.hasTransfers()) {
                return OptionalDouble.empty();
            }
            k.evaluate();
            return Kernel.ratio(k.welfarePresentValue(), k.inputsValue());
        }
    }
}
