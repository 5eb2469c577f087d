package nl.sroi.core.model;

import java.math.BigDecimal;

/**
 * The money value of one unit of an outcome for one year, with its unit and source. Negative for an unintended,
 * negative outcome. {@code priceYear} documents the price level the value refers to (no indexation in version 1).
 */
public record FinancialProxy(BigDecimal value, String unit, String source, Integer priceYear) {

    /**
     * A proxy without a price year.
     *
     * @param value  the money value of one unit for one year
     * @param unit   what one unit is
     * @param source where the value comes from
     * @return the proxy
     */
    public static FinancialProxy of(double value, String unit, String source) {
        return new FinancialProxy(BigDecimal.valueOf(value), unit, source, null);
    }
}
