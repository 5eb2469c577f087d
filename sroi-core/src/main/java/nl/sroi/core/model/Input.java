package nl.sroi.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one stakeholder invests, per period from period 1. Input amounts are in the model's price year and are
 * never indexed.
 *
 * @param id          unique among the inputs
 * @param stakeholder who invests
 * @param description what the input is
 * @param inKind      time or goods valued in money (default false)
 * @param amounts     one amount per period from period 1
 * @param source      where the amounts come from (a budget, an hour registration); {@code null}: not stated
 * @param basis       what the amounts rest on; {@code null}: not stated
 */
public record Input(String id, String stakeholder, String description, Boolean inKind, List<BigDecimal> amounts,
                    String source, Basis basis) {

    /** The default of {@code inKind}. */
    public static final boolean DEFAULT_IN_KIND = false;

    /**
     * Fills the default of {@code inKind} and copies the amounts.
     *
     * @param id          unique among the inputs
     * @param stakeholder who invests
     * @param description what the input is
     * @param inKind      time or goods valued in money ({@code null}: false)
     * @param amounts     one amount per period from period 1
     * @param source      where the amounts come from, or {@code null}
     * @param basis       what the amounts rest on, or {@code null}
     */
    public Input {
        inKind = inKind == null ? DEFAULT_IN_KIND : inKind;
        amounts = Lists.copy(amounts);
    }

    /**
     * An input without a stated source or basis.
     *
     * @param id          unique among the inputs
     * @param stakeholder who invests
     * @param description what the input is
     * @param inKind      time or goods valued in money ({@code null}: false)
     * @param amounts     one amount per period from period 1
     */
    public Input(String id, String stakeholder, String description, Boolean inKind, List<BigDecimal> amounts) {
        this(id, stakeholder, description, inKind, amounts, null, null);
    }

    /**
     * An input in money (not in kind), without a stated source or basis.
     *
     * @param id          unique among the inputs
     * @param stakeholder who invests
     * @param description what the input is
     * @param amounts     one amount per period from period 1
     * @return the input
     */
    public static Input of(String id, String stakeholder, String description, double... amounts) {
        return new Input(id, stakeholder, description, null, Decimals.listOf(amounts));
    }
}
