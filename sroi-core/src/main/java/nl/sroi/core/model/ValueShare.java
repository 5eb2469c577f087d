package nl.sroi.core.model;

import java.math.BigDecimal;

/** The share of an outcome's money value that lands with one stakeholder. */
public record ValueShare(String stakeholder, BigDecimal share) {

    /**
     * A share.
     *
     * @param stakeholder the id of the stakeholder
     * @param share       its share of the money value, above 0
     * @return the share
     */
    public static ValueShare of(String stakeholder, double share) {
        return new ValueShare(stakeholder, BigDecimal.valueOf(share));
    }
}
