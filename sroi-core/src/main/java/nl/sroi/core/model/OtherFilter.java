package nl.sroi.core.model;

import java.math.BigDecimal;

/**
 * A further named reduction a publication applies beyond deadweight, displacement and attribution (section 12 of
 * the format), e.g. "belongs to the league, not the sponsor": the outcome's impact is multiplied by
 * {@code 1 − share}.
 *
 * @param name  what the publication calls it, non-empty
 * @param share the share taken off, in [0, 1]
 */
public record OtherFilter(String name, BigDecimal share) {

    /**
     * A filter from a {@code double} share (its shortest decimal form).
     *
     * @param name  the name
     * @param share the share
     * @return the filter
     */
    public static OtherFilter of(String name, double share) {
        return new OtherFilter(name, Decimals.of(share));
    }
}
