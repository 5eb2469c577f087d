package nl.sroi.core.proxy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.text.Message;

/**
 * Checks a model's reference to the proxy library ({@code proxy.ref}, section 11 of the format): the entry must
 * exist, and the value written in the model must be the entry's value in the proxy's price year. Both are
 * warnings, not errors: the model stays self-contained and calculates with what it says.
 *
 * <p>The written value counts as the entry's when the two differ by at most {@link #TOLERANCE} of the entry's value
 * in that year (rounding to whole euros, a CPI series of another vintage). A negative outcome may use a positive
 * entry as a cost: then the absolute values are compared.
 */
public final class ProxyReferences {

    /** The largest relative difference that still counts as the same value: 0.5 %. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    /** Checks against the bundled catalogue. */
    public static final ProxyReferences BUNDLED = new ProxyReferences(ProxyCatalogue.bundled());

    private final ProxyCatalogue catalogue;

    /**
     * Checks against a catalogue.
     *
     * @param catalogue the library the references point into
     */
    public ProxyReferences(ProxyCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * The library the references point into.
     *
     * @return the catalogue
     */
    public ProxyCatalogue catalogue() {
        return catalogue;
    }

    /**
     * The warning for one proxy's reference, if it deserves one.
     *
     * @param pointer   the JSON Pointer of the reference ({@code /outcomes/2/proxy/ref})
     * @param outcomeId the outcome's id, for the message
     * @param ref       the entry id the proxy refers to
     * @param written   the value written in the model
     * @param year      the price year of the written value (the proxy's, else the model's), or {@code null} when
     *                  neither states one: then the value is compared with the entry's own
     * @param index     the index to bring the entry to {@code year}: the model's, else the CBS CPI
     * @return {@code PROXY_REF_UNKNOWN}, {@code PROXY_REF_VALUE_DIFFERS}, or empty when the reference holds (or the
     *         index covers one of the years not, so that no comparison is possible)
     */
    public Optional<Problem> check(String pointer, String outcomeId, String ref, BigDecimal written, Integer year,
                                   PriceIndex index) {
        Optional<ProxyEntry> found = catalogue.find(ref);
        if (found.isEmpty()) {
            return Optional.of(Problem.of(pointer, ProblemCode.PROXY_REF_UNKNOWN,
                    Message.of("warning.proxyRefUnknown", outcomeId, ref)));
        }
        ProxyEntry entry = found.get();
        int to = year == null ? entry.priceYear() : year;
        if (!index.covers(to) || !index.covers(entry.priceYear())) {
            return Optional.empty();
        }
        BigDecimal expected = entry.value().multiply(BigDecimal.valueOf(index.factor(entry.priceYear(), to)),
                MathContext.DECIMAL64);
        BigDecimal difference = written.abs().subtract(expected.abs()).abs();
        if (difference.compareTo(expected.abs().multiply(TOLERANCE)) <= 0) {
            return Optional.empty();
        }
        BigDecimal rounded = expected.setScale(2, RoundingMode.HALF_EVEN);
        Message entryValue = to == entry.priceYear()
                ? Message.of("warning.proxyRefValue", entry.value(), entry.priceYear())
                : Message.of("warning.proxyRefValueIndexed", entry.value(), entry.priceYear(), rounded, to,
                        index.name());
        return Optional.of(Problem.of(pointer, ProblemCode.PROXY_REF_VALUE_DIFFERS,
                Message.of("warning.proxyRefValueDiffers", outcomeId, written, ref, entryValue)));
    }
}
