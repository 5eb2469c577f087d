package nl.sroi.core.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.model.SroiModel;

/**
 * The discount factors of section 12.1 of the format for the {@link Kernel}: the model's factors, with or without a
 * declining schedule, and an outcome's own factors. Periods are numbered from 1; n(t) is the number of years period
 * t is discounted over (t, or t − 1 when the first period is undiscounted).
 */
final class Discounts {

    private Discounts() {
    }

    /** n(t): the years period t is discounted over. */
    static int years(int period, boolean firstPeriodDiscounted) {
        return firstPeriodDiscounted ? period : period - 1;
    }

    /**
     * The schedule's rate per year of discounting (index u − 1), NaN where the model's rate applies; {@code null}
     * without a schedule, so that the common case keeps its single power per period.
     */
    static double[] scheduleRates(SroiModel model, int capacity) {
        List<RateStep> steps = model.discounting().schedule();
        if (steps == null || steps.isEmpty()) {
            return null;
        }
        double[] rates = new double[capacity];
        Arrays.fill(rates, Double.NaN);
        for (RateStep step : steps) {
            Arrays.fill(rates, Math.min(capacity, step.fromYear() - 1), capacity, step.rate().doubleValue());
        }
        return rates;
    }

    /**
     * factor(t) for every period: (1 + rate)^−n(t) without a schedule; with one, the product over the years of
     * discounting of 1 / (1 + that year's rate), the model's {@code rate} where the schedule has none.
     */
    static void fill(double[] factors, double rate, double[] scheduleRate, boolean firstPeriodDiscounted) {
        if (scheduleRate == null) {
            for (int t = 1; t <= factors.length; t++) {
                factors[t - 1] = 1.0 / Math.pow(1 + rate, years(t, firstPeriodDiscounted));
            }
            return;
        }
        double factor = 1;
        int discounted = 0;
        for (int t = 1; t <= factors.length; t++) {
            for (; discounted < years(t, firstPeriodDiscounted); discounted++) {
                double r = scheduleRate[discounted];
                factor /= 1 + (Double.isNaN(r) ? rate : r);
            }
            factors[t - 1] = factor;
        }
    }

    /**
     * factor_i(t) = (1 + discountRate_i)^−n(t) per outcome (index i × capacity + t − 1) for the outcomes with their
     * own rate; {@code null} when none has one. Fixed at compile time: ranges on the rate do not move them.
     */
    static double[] ownFactors(List<Outcome> outcomes, int capacity, boolean firstPeriodDiscounted) {
        double[] own = null;
        for (int i = 0; i < outcomes.size(); i++) {
            BigDecimal r = outcomes.get(i).discountRate();
            if (r != null) {
                own = own == null ? new double[outcomes.size() * capacity] : own;
                for (int t = 1; t <= capacity; t++) {
                    own[i * capacity + t - 1] = 1.0 / Math.pow(1 + r.doubleValue(), years(t, firstPeriodDiscounted));
                }
            }
        }
        return own;
    }
}
