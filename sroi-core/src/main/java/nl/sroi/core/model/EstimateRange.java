package nl.sroi.core.model;

import java.math.BigDecimal;

/** A plausible low and high of one estimate, and the distribution to draw it from (default triangular). */
public record EstimateRange(BigDecimal low, BigDecimal high, Distribution distribution) {

    public static final Distribution DEFAULT_DISTRIBUTION = Distribution.TRIANGULAR;

    public EstimateRange {
        distribution = distribution == null ? DEFAULT_DISTRIBUTION : distribution;
    }

    public static EstimateRange of(double low, double high) {
        return new EstimateRange(BigDecimal.valueOf(low), BigDecimal.valueOf(high), null);
    }
}
