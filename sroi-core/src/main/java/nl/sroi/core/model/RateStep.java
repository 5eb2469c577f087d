package nl.sroi.core.model;

import java.math.BigDecimal;

/**
 * One step of a declining long-term discount rate (section 12.1 of the format): from the {@code fromYear}-th year of
 * discounting on, the rate is {@code rate}, until a later step takes over.
 *
 * @param fromYear the first year of discounting this rate applies to, a whole number ≥ 2
 * @param rate     the annual rate, 0 ≤ rate &lt; 1
 */
public record RateStep(Integer fromYear, BigDecimal rate) {

    /**
     * A step from a {@code double} rate (its shortest decimal form).
     *
     * @param fromYear the first year of discounting
     * @param rate     the rate
     * @return the step
     */
    public static RateStep of(int fromYear, double rate) {
        return new RateStep(fromYear, Decimals.of(rate));
    }
}
