package nl.sroi.core.model;

import java.math.BigDecimal;

/**
 * The discount rate and its conventions. Defaults, as the format names them: the first period is discounted and
 * inputs are one undiscounted total (the Value Map convention).
 */
public record Discounting(BigDecimal rate, FirstPeriod firstPeriod, Boolean inputs) {

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
     */
    public Discounting {
        firstPeriod = firstPeriod == null ? DEFAULT_FIRST_PERIOD : firstPeriod;
        inputs = inputs == null ? DEFAULT_INPUTS_DISCOUNTED : inputs;
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
