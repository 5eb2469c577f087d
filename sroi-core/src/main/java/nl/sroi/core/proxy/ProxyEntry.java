package nl.sroi.core.proxy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.sroi.core.price.PriceIndex;

/**
 * One financial proxy of the catalogue: the money value of one unit of something (a consultation, a year of social
 * assistance, an eviction) in the prices of one year, who bears it, and where it comes from.
 *
 * <p>Values are exact decimals in {@code currency}, positive unless the entry is a negative value on purpose (then
 * {@link #negative()} is true). A model brings a value to its own price year with {@link #valueIn(int, PriceIndex)}.
 *
 * @param id           the entry's id: 1–64 characters of {@code a-z}, {@code 0-9} and {@code -}
 * @param description  what the value is, in Dutch
 * @param unit         what one unit is, in Dutch ("per consult", "per persoon per jaar")
 * @param value        the value of one unit in the prices of {@code priceYear}
 * @param priceYear    the year whose prices the value is in
 * @param currency     the ISO 4217 code of the value ({@code EUR})
 * @param party        who usually bears the cost, or saves it when it is avoided
 * @param domain       the policy domain
 * @param source       where the value comes from
 * @param taken        the date the value was taken into the catalogue
 * @param checked      how the value was checked when it was taken
 * @param verification in Dutch: what exactly was seen, where
 * @param derivation   in Dutch: how the value was derived from published figures, or {@code null} when it is published
 *                     as it stands
 * @param note         in Dutch: what an analyst should know before using it (transfers, ranges), or {@code null}
 * @param keywords     extra search words (synonyms, programmes), possibly empty
 */
public record ProxyEntry(String id, String description, String unit, BigDecimal value, int priceYear,
                         String currency, BearingParty party, Domain domain, ProxySource source, LocalDate taken,
                         CheckLevel checked, String verification, String derivation, String note,
                         List<String> keywords) {

    /**
     * Requires every part but {@code derivation} and {@code note}; copies the keywords.
     *
     * @param id the entry's id
     * @param description what the value is, in Dutch
     * @param unit what one unit is, in Dutch
     * @param value the value of one unit
     * @param priceYear the year whose prices the value is in
     * @param currency the ISO 4217 code
     * @param party who bears or saves it
     * @param domain the policy domain
     * @param source where the value comes from
     * @param taken the date it was taken
     * @param checked how it was checked
     * @param verification what was seen, where
     * @param derivation how it was derived, or {@code null}
     * @param note what to know before using it, or {@code null}
     * @param keywords extra search words
     */
    public ProxyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(verification, "verification");
        keywords = List.copyOf(keywords);
    }

    /**
     * Whether the entry is a negative value on purpose (a cost that a negative outcome causes).
     *
     * @return true when the value is below zero
     */
    public boolean negative() {
        return value.signum() < 0;
    }

    /**
     * How the value was derived, when it was.
     *
     * @return the derivation, or empty when the value is published as it stands
     */
    public Optional<String> derivationText() {
        return Optional.ofNullable(derivation);
    }

    /**
     * The value in another year's prices.
     *
     * @param year  the price year wanted
     * @param index the price index to bring it there
     * @return the value, the factor and the years
     * @throws IllegalArgumentException when the index does not cover {@code year} or the entry's price year; check
     *                                  with {@link PriceIndex#covers(int)} first
     */
    public IndexedValue valueIn(int year, PriceIndex index) {
        return IndexedValue.of(this, year, index);
    }
}
