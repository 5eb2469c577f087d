package nl.sroi.core.proxy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import nl.sroi.core.price.PriceIndex;

/**
 * A catalogue entry's value brought to another year's prices: {@code value = entry.value × factor}, with
 * {@code factor = I(priceYear) / I(entry.priceYear)} of the index used.
 *
 * @param entry     the catalogue entry
 * @param priceYear the price year the value is brought to
 * @param index     the name of the price index used ({@code cbs-cpi})
 * @param factor    the index factor from the entry's price year to {@code priceYear}
 * @param value     the entry's value times the factor, unrounded
 */
public record IndexedValue(ProxyEntry entry, int priceYear, String index, double factor, BigDecimal value) {

    /**
     * Requires every part.
     *
     * @param entry the catalogue entry
     * @param priceYear the price year the value is brought to
     * @param index the name of the price index used
     * @param factor the index factor
     * @param value the entry's value times the factor
     */
    public IndexedValue {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Brings an entry's value to a price year.
     *
     * @param entry     the catalogue entry
     * @param priceYear the price year wanted
     * @param index     the price index
     * @return the value in {@code priceYear}'s prices
     * @throws IllegalArgumentException when the index does not cover {@code priceYear} or the entry's price year
     */
    public static IndexedValue of(ProxyEntry entry, int priceYear, PriceIndex index) {
        double factor = index.factor(entry.priceYear(), priceYear);
        return new IndexedValue(entry, priceYear, index.name(), factor,
                entry.value().multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * The value rounded to cents (half-even), as an analyst writes it into a model.
     *
     * @return the value with two decimals
     */
    public BigDecimal valueInCents() {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
