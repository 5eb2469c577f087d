package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.Objects;

import nl.sroi.core.rules.ValidModel;

/**
 * One analysis as a portfolio takes it: which analysis and version, the hash of its document, the valid model, and
 * optionally the share to count it at.
 *
 * @param analysis the analysis's id
 * @param version  its version number (an embedder without versions passes 1)
 * @param hash     {@code sha256:} + the hex SHA-256 of the document's RFC 8785 form, or {@code null} when the
 *                 caller keeps no hash (the store provides it)
 * @param model    the valid model
 * @param share    the share to count the analysis at, greater than 0 and at most 1, or {@code null}: then the
 *                 model's share for the selected municipality, or 1 without one
 */
public record PortfolioEntry(String analysis, int version, String hash, ValidModel model, BigDecimal share) {

    /**
     * Checks that the analysis and its model are there and a given share is within (0, 1].
     *
     * @param analysis the analysis's id
     * @param version  its version number
     * @param hash     its document's hash, or {@code null}
     * @param model    the valid model
     * @param share    the share to count it at, or {@code null} for the model's own
     * @throws NullPointerException     when the analysis or the model is missing
     * @throws IllegalArgumentException when the share is 0 or less, or above 1
     */
    public PortfolioEntry {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(model, "model");
        if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("share must be greater than 0 and at most 1, was " + share);
        }
    }

    /**
     * An entry counted at the model's own share.
     *
     * @param analysis the analysis's id
     * @param version  its version number
     * @param hash     its document's hash, or {@code null}
     * @param model    the valid model
     * @return the entry
     */
    public static PortfolioEntry of(String analysis, int version, String hash, ValidModel model) {
        return new PortfolioEntry(analysis, version, hash, model, null);
    }
}
