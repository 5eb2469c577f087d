package nl.sroi.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The discount rate and its conventions. Defaults, as the format names them: the first period is discounted and
 * inputs are one undiscounted total (the Value Map convention).
 */
public record Discounting(BigDecimal rate, FirstPeriod firstPeriod, Boolean inputs, List<RateStep> schedule) {

    /** The first period when none is named: discounted (SROI Guide). */
    public static final FirstPeriod DEFAULT_FIRST_PERIOD = FirstPeriod.DISCOUNTED;
    /** Whether inputs are discounted when the model does not say: no (the Value Map convention). */
    public static final boolean DEFAULT_INPUTS_DISCOUNTED = false;

    /**
     * Discounting, with the defaults filled in for the conventions left {@code null}.
     *
     * @param rate        the annual rate
     * @param firstPeriod how period 1 is discounted, or {@code null} for the default
     * @param inputs      whether inputs are discounted, or {@code null} for the default
     * @param schedule    a declining long-term rate (section 12.1), or {@code null} for {@code rate} throughout
     */
    public Discounting {
        schedule = Lists.copy(schedule);
        firstPeriod = firstPeriod == null ? DEFAULT_FIRST_PERIOD : firstPeriod;
        inputs = inputs == null ? DEFAULT_INPUTS_DISCOUNTED : inputs;
    }

    /**
     * Discounting without a schedule.
     *
     * @param rate        the annual rate
     * @param firstPeriod how period 1 is discounted, or {@code null} for the default
     * @param inputs      whether inputs are discounted, or {@code null} for the default
     */
    public Discounting(BigDecimal rate, FirstPeriod firstPeriod, Boolean inputs) {
        this(rate, firstPeriod, inputs, null);
    }

    /**
     * The same conventions with another schedule.
     *
     * @param steps the schedule, or {@code null} for none
     * @return the discounting
     */
    public Discounting withSchedule(List<RateStep> steps) {
        return new Discounting(rate, firstPeriod, inputs, steps);
    }

    /**
     * A rate with the default conventions.
     *
     * @param rate the annual rate, a decimal (3.5 % = 0.035)
     * @return the discounting
     */
    public static Discounting of(double rate) {
        return new Discounting(BigDecimal.valueOf(rate), null, null);
    }
}
