package nl.sroi.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one stakeholder invests, per period from period 1. {@code inKind} marks time or goods valued in money
 * (default false).
 */
public record Input(String id, String stakeholder, String description, Boolean inKind, List<BigDecimal> amounts) {

    public static final boolean DEFAULT_IN_KIND = false;

    public Input {
        inKind = inKind == null ? DEFAULT_IN_KIND : inKind;
        amounts = Lists.copy(amounts);
    }

    public static Input of(String id, String stakeholder, String description, double... amounts) {
        return new Input(id, stakeholder, description, null, Decimals.listOf(amounts));
    }
}
