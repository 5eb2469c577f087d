package nl.sroi.core.model;

import java.math.BigDecimal;

/**
 * The money value of one unit of an outcome for one year, with its unit and source. Negative for an unintended,
 * negative outcome.
 *
 * @param value     the value per unit per year, in the model's currency, in prices of {@code priceYear}
 * @param unit      what one unit is ("per persoon per jaar")
 * @param source    where the value comes from
 * @param priceYear the year the value's prices refer to; with a model {@code priceIndex} a value in another year's
 *                  prices is indexed to the model's, otherwise it is a label ({@code null}: the model's price year)
 * @param basis     what the value rests on ({@code null}: not stated)
 * @param ref       the id of the proxy library entry the value was taken from ({@code null}: none)
 */
public record FinancialProxy(BigDecimal value, String unit, String source, Integer priceYear, Basis basis,
                             String ref) {

    /**
     * A proxy without a stated basis or library reference.
     *
     * @param value     the value per unit per year
     * @param unit      what one unit is
     * @param source    where the value comes from
     * @param priceYear the year of its prices, or {@code null}
     */
    public FinancialProxy(BigDecimal value, String unit, String source, Integer priceYear) {
        this(value, unit, source, priceYear, null, null);
    }

    /**
     * A proxy in the model's price year, without a stated basis or library reference.
     *
     * @param value  the value per unit per year
     * @param unit   what one unit is
     * @param source where the value comes from
     * @return the proxy
     */
    public static FinancialProxy of(double value, String unit, String source) {
        return new FinancialProxy(BigDecimal.valueOf(value), unit, source, null);
    }

    /**
     * This proxy with another value (a scenario or an analysis that changes it), everything else kept.
     *
     * @param newValue the value
     * @return the changed proxy
     */
    public FinancialProxy withValue(BigDecimal newValue) {
        return new FinancialProxy(newValue, unit, source, priceYear, basis, ref);
    }
}
