package nl.sroi.core.model;

import java.math.BigDecimal;

/** The share of an outcome's money value that lands with one stakeholder. */
public record ValueShare(String stakeholder, BigDecimal share) {

    public static ValueShare of(String stakeholder, double share) {
        return new ValueShare(stakeholder, BigDecimal.valueOf(share));
    }
}
