package nl.sroi.core.model;

import java.math.BigDecimal;

/** A plausible low and high of one estimate, and the distribution to draw it from (default triangular). */
public record EstimateRange(BigDecimal low, BigDecimal high, Distribution distribution) {

    /** The distribution when none is named: triangular. */
    public static final Distribution DEFAULT_DISTRIBUTION = Distribution.TRIANGULAR;

    /**
     * A range, with the default distribution when none is named.
     *
     * @param low          the plausible low
     * @param high         the plausible high
     * @param distribution the distribution, or {@code null} for triangular
     */
    public EstimateRange {
        distribution = distribution == null ? DEFAULT_DISTRIBUTION : distribution;
    }

    /**
     * A triangular range.
     *
     * @param low  the plausible low
     * @param high the plausible high
     * @return the range
     */
    public static EstimateRange of(double low, double high) {
        return new EstimateRange(BigDecimal.valueOf(low), BigDecimal.valueOf(high), null);
    }
}
