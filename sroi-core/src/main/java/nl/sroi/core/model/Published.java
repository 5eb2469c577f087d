package nl.sroi.core.model;

import java.math.BigDecimal;

/**
 * What a publication states, to check an entry against (section 12 of the format). On the model every part may be
 * given; on an outcome only {@code presentValue}; on a scenario only {@code ratio}. It moves no figure: a calculated
 * figure that differs from the published one by more than the tolerance (relative) gives the warning
 * {@code PUBLISHED_DIFFERS}.
 *
 * @param ratio        the published ratio, or {@code null}
 * @param presentValue the published present value, or {@code null}
 * @param inputsValue  the published inputs value, or {@code null}
 * @param source       where it was published, or {@code null}
 * @param tolerance    the relative difference allowed, ≥ 0, or {@code null} for {@link #DEFAULT_TOLERANCE}
 */
public record Published(BigDecimal ratio, BigDecimal presentValue, BigDecimal inputsValue, String source,
                        BigDecimal tolerance) {

    /** The relative difference allowed when none is named: half a percent (a ratio printed as 1.28 vs 1.2811). */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.005");

    /**
     * A published ratio alone (a scenario's).
     *
     * @param ratio the ratio
     * @return the published figures
     */
    public static Published ratio(BigDecimal ratio) {
        return new Published(ratio, null, null, null, null);
    }

    /**
     * A published present value alone (an outcome's).
     *
     * @param presentValue the present value
     * @return the published figures
     */
    public static Published presentValue(BigDecimal presentValue) {
        return new Published(null, presentValue, null, null, null);
    }

    /**
     * The tolerance that applies: the one named, else {@link #DEFAULT_TOLERANCE}.
     *
     * @return the relative tolerance
     */
    public BigDecimal toleranceOrDefault() {
        return tolerance == null ? DEFAULT_TOLERANCE : tolerance;
    }

    /**
     * Whether a calculated figure differs from a published one by more than the tolerance, relative to the
     * published figure (absolute when it is 0).
     *
     * @param published  the published figure
     * @param calculated the calculated figure
     * @param tolerance  the relative tolerance
     * @return true when they differ by more
     */
    public static boolean differs(BigDecimal published, double calculated, BigDecimal tolerance) {
        double p = published.doubleValue();
        double allowed = tolerance.doubleValue() * (p == 0 ? 1 : Math.abs(p));
        return !(Math.abs(calculated - p) <= allowed);
    }
}
