package nl.sroi.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one stakeholder invests, per period from period 1. {@code inKind} marks time or goods valued in money
 * (default false).
 */
public record Input(String id, String stakeholder, String description, Boolean inKind, List<BigDecimal> amounts) {

    /** Whether an input is in kind when it does not say: no. */
    public static final boolean DEFAULT_IN_KIND = false;

    /**
     * An input, with the default filled in for {@code inKind} and an unmodifiable copy of the amounts.
     *
     * @param id          the input's id
     * @param stakeholder the id of the stakeholder that invests
     * @param description what is invested
     * @param inKind      whether it is time or goods valued in money, or {@code null} for no
     * @param amounts     the amount per period from period 1
     */
    public Input {
        inKind = inKind == null ? DEFAULT_IN_KIND : inKind;
        amounts = Lists.copy(amounts);
    }

    /**
     * An input in money.
     *
     * @param id          the input's id
     * @param stakeholder the id of the stakeholder that invests
     * @param description what is invested
     * @param amounts     the amount per period from period 1
     * @return the input
     */
    public static Input of(String id, String stakeholder, String description, double... amounts) {
        return new Input(id, stakeholder, description, null, Decimals.listOf(amounts));
    }
}
