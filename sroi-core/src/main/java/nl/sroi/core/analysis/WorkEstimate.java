package nl.sroi.core.analysis;

import java.util.List;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ValidModel;

/**
 * What an analysis of a valid model will cost, estimated before it runs, so that a host can refuse one it will not
 * pay for. The unit is the step: one pass of the kernel's innermost loop (one cohort's value in one year), about a
 * nanosecond on a current core. A model's size limits do not bound the work: the largest model they allow (500
 * outcomes of 100 cohorts over 100 periods) costs 2.6 million steps per evaluation, and its sensitivity analysis
 * some 160,000 evaluations.
 *
 * <p>The estimates are upper bounds of the loops the analyses run (durations at their longest, every switching
 * value solved), not predictions of the time: good enough to tell a model of seconds from one of hours.
 */
public final class WorkEstimate {

    /** Steps of drawing one ranged estimate for one simulated iteration (a Beta-PERT draw is the dearest). */
    static final long DRAW = 50;
    /** Evaluations of a switching value solved on the grid, with a few roots refined by Brent's method. */
    static final long SOLVED = SensitivityAnalysis.DEFAULT_GRID + 1 + 100;
    /** Evaluations of a switching value in closed form. */
    static final long CLOSED_FORM = 3;
    /** Steps of presenting one amount of a result as money (rounded, a {@code MonetaryAmount}). */
    static final long AMOUNT = 10_000;
    /** Steps of reading and validating one byte of a document. */
    static final long READ_PER_BYTE = 250;

    private WorkEstimate() {
    }

    /** One evaluation of the kernel with every duration at {@code durations} years (capped by the periods). */
    static long evaluation(SroiModel model, List<Integer> durations) {
        List<Outcome> outcomes = model.outcomes();
        long periods = periods(model);
        long steps = periods + (long) model.stakeholders().size() * periods;
        for (int i = 0; i < outcomes.size(); i++) {
            long cohorts = outcomes.get(i).quantity().size();
            steps += 2 * periods + cohorts * Math.min(durations.get(i), periods);
        }
        return steps;
    }

    /** The kernel's periods: the inputs' or the last a cohort can reach at the longest duration. */
    private static long periods(SroiModel model) {
        long periods = model.inputs().stream().mapToInt(in -> in.amounts().size()).max().orElse(1);
        for (Outcome o : model.outcomes()) {
            periods = Math.max(periods, o.quantity().size() + o.startOffset() + (long) Estimate.DURATION.upper());
        }
        return periods;
    }

    /**
     * The sensitivity analysis: every ranged estimate at its low and high, and the switching value of every
     * estimate (closed form for the linear ones, a grid and Brent's method for drop-off and rate, year by year for
     * durations), each evaluation with durations at their longest; for {@link SensitivityAnalysis#DEFAULT}.
     *
     * @param valid the model
     * @return the estimated steps
     */
    public static long sensitivity(ValidModel valid) {
        SroiModel model = valid.model();
        long longest = evaluation(model, model.outcomes().stream().map(o -> (int) Estimate.DURATION.upper()).toList());
        long evaluations = 4L * EstimateRef.ranged(model).size();
        for (EstimateRef ref : EstimateRef.all(model)) {
            if (ref.estimate() == Estimate.DURATION) {
                evaluations += (long) Estimate.DURATION.upper();
            } else {
                evaluations += ref.linear() ? CLOSED_FORM : SOLVED;
            }
        }
        return evaluations * longest;
    }

    /**
     * A simulation of {@code iterations}: per iteration, every ranged estimate drawn and the kernel evaluated.
     *
     * @param valid      the model
     * @param iterations the iterations asked for
     * @return the estimated steps
     */
    public static long simulation(ValidModel valid, long iterations) {
        SroiModel model = valid.model();
        List<Integer> durations = model.outcomes().stream().map(WorkEstimate::longestDuration).toList();
        long draws = EstimateRef.ranged(model).size();
        return iterations * (evaluation(model, durations) + draws * DRAW);
    }

    /**
     * A calculation (and so a business case, or one scenario): an evaluation, and the presentation of every amount
     * of the result (per period: the total, each outcome's value and each stakeholder's flows) as money, which costs
     * far more than the arithmetic: the largest model's 70,000 amounts took 0.7 s.
     *
     * @param valid the model
     * @return the estimated steps
     */
    public static long calculation(ValidModel valid) {
        SroiModel model = valid.model();
        long periods = model.lastPeriod();
        long amounts = periods * (1 + model.outcomes().size() + 2L * model.stakeholders().size());
        return evaluation(model, model.outcomes().stream()
                .map(o -> Outcome.yearsWithValue(o.duration().doubleValue())).toList()) + amounts * AMOUNT;
    }

    /**
     * Reading and validating a document of this many bytes, as often as it holds models (a scenarios document
     * reads its model once per scenario): the largest model, 405 KB, took 94 ms.
     *
     * @param bytes  the document's size
     * @param models how many models it holds
     * @return the estimated steps
     */
    public static long reading(long bytes, long models) {
        return bytes * READ_PER_BYTE * models;
    }

    /**
     * The change bridge: 128 hybrids, each assembled and compiled (about as dear as
     * presenting its amounts) and evaluated, with the durations of either side; and the list of changes (writing both
     * documents).
     *
     * @param from FROM
     * @param to   TO
     * @return the estimated steps
     */
    public static long bridge(ValidModel from, ValidModel to) {
        SroiModel a = from.model();
        SroiModel b = to.model();
        List<Integer> longest = java.util.stream.Stream.concat(a.outcomes().stream(), b.outcomes().stream())
                .map(o -> Outcome.yearsWithValue(o.duration().doubleValue())).toList();
        SroiModel both = a.toBuilder().outcomes(java.util.stream.Stream.concat(a.outcomes().stream(),
                b.outcomes().stream()).toList()).build();
        long compile = 0;
        for (Outcome o : both.outcomes()) {
            compile += AMOUNT / 10 + o.quantity().size();
        }
        return ChangeBridge.HYBRIDS * (evaluation(both, longest) + compile) + calculation(from) + calculation(to);
    }

    private static int longestDuration(Outcome o) {
        EstimateRange range = o.ranges() == null ? null : o.ranges().duration();
        int years = Outcome.yearsWithValue(o.duration().doubleValue());
        return range == null ? years : Math.max(years, (int) Math.ceil(range.high().doubleValue()));
    }

    /**
     * A portfolio: every analysis calculated.
     *
     * @param entries the analyses
     * @return the estimated steps
     */
    public static long portfolio(List<PortfolioEntry> entries) {
        long steps = 0;
        for (PortfolioEntry e : entries) {
            steps += calculation(e.model());
        }
        return steps;
    }

    /**
     * A portfolio simulation of {@code iterations}: every analysis's simulation, one after the other.
     *
     * @param entries    the analyses
     * @param iterations the iterations asked for
     * @return the estimated steps
     */
    public static long portfolioSimulation(List<PortfolioEntry> entries, long iterations) {
        long steps = 0;
        for (PortfolioEntry e : entries) {
            steps += simulation(e.model(), iterations);
        }
        return steps;
    }
}
