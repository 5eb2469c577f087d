package nl.sroi.core.model;

import java.math.BigDecimal;

/**
 * The discount rate and its conventions. Defaults, as the format names them: the first period is discounted and
 * inputs are one undiscounted total (the Value Map convention).
 */
public record Discounting(BigDecimal rate, FirstPeriod firstPeriod, Boolean inputs) {

    public static final FirstPeriod DEFAULT_FIRST_PERIOD = FirstPeriod.DISCOUNTED;
    public static final boolean DEFAULT_INPUTS_DISCOUNTED = false;

    public Discounting {
        firstPeriod = firstPeriod == null ? DEFAULT_FIRST_PERIOD : firstPeriod;
        inputs = inputs == null ? DEFAULT_INPUTS_DISCOUNTED : inputs;
    }

    public static Discounting of(double rate) {
        return new Discounting(BigDecimal.valueOf(rate), null, null);
    }
}
