package nl.sroi.core.model;

import java.math.BigDecimal;

import nl.sroi.core.text.Message;

/**
 * The estimates of a model that sensitivity and simulation vary, with the interval each is valid in. This is the
 * one place where those intervals are stated; validation and the analyses read them from here.
 */
public enum Estimate {
    /** A multiplier on every period's quantity of one outcome; point value 1. */
    QUANTITY("quantity", 0, Double.POSITIVE_INFINITY, false, false),
    /** The proxy value of one outcome; negative for a negative outcome. */
    PROXY("proxy", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, false),
    /**
     * The duration of one outcome as ranges and switching values take it: whole years 1–50 (the duration itself may
     * be fractional, section 11 of the format).
     */
    DURATION("duration", 1, 50, false, true),
    /** The share of the outcome that would have happened anyway, 0 to 1. */
    DEADWEIGHT("deadweight", 0, 1, false, false),
    /** The share of the outcome that displaced other outcomes, 0 to 1. */
    DISPLACEMENT("displacement", 0, 1, false, false),
    /** The share of the outcome owed to others, 0 to 1. */
    ATTRIBUTION("attribution", 0, 1, false, false),
    /** How much of the outcome fades each year after the first, 0 to 1. */
    DROP_OFF("dropOff", 0, 1, false, false),
    /** The annual discount rate, 0 ≤ rate &lt; 1. */
    RATE("rate", 0, 1, true, false),
    /** A multiplier on every input amount; point value 1. */
    INPUTS("inputs", 0, Double.POSITIVE_INFINITY, false, false),
    /** The share of one of an outcome's other filters (section 12): a fraction in [0, 1], never ranged. */
    OTHER_FILTER("otherFilter", 0, 1, false, false);

    private final String key;
    private final double lower;
    private final double upper;
    private final boolean upperExclusive;
    private final boolean whole;
    private final BigDecimal lowerDecimal;
    private final BigDecimal upperDecimal;

    Estimate(String key, double lower, double upper, boolean upperExclusive, boolean whole) {
        this.key = key;
        this.lower = lower;
        this.upper = upper;
        this.upperExclusive = upperExclusive;
        this.whole = whole;
        this.lowerDecimal = Double.isInfinite(lower) ? null : BigDecimal.valueOf(lower);
        this.upperDecimal = Double.isInfinite(upper) ? null : BigDecimal.valueOf(upper);
    }

    /**
     * The key of this estimate in a {@code ranges} object.
     *
     * @return the key, for example {@code dropOff}
     */
    public String key() {
        return key;
    }

    /**
     * The lowest valid value.
     *
     * @return the lower bound (inclusive)
     */
    public double lower() {
        return lower;
    }

    /**
     * The highest valid value.
     *
     * @return the upper bound (inclusive unless {@link #upperExclusive()})
     */
    public double upper() {
        return upper;
    }

    /**
     * Whether the upper bound itself is excluded (the rate: below 1).
     *
     * @return true when excluded
     */
    public boolean upperExclusive() {
        return upperExclusive;
    }

    /**
     * Whether the estimate is one of the adjustments for what would have happened anyway or is owed to others
     * (deadweight, displacement, attribution), which an {@code alreadyNet} outcome does not have.
     *
     * @return true for deadweight, displacement and attribution
     */
    public boolean adjustsForCounterfactual() {
        return this == DEADWEIGHT || this == DISPLACEMENT || this == ATTRIBUTION;
    }

    /**
     * Whether the estimate takes whole numbers only (durations).
     *
     * @return true for durations
     */
    public boolean whole() {
        return whole;
    }

    /**
     * Whether a value lies in the valid interval.
     *
     * @param value the value
     * @return true when valid
     */
    public boolean contains(double value) {
        return value >= lower && (upperExclusive ? value < upper : value <= upper);
    }

    /**
     * Exact test of an entered decimal, so that 1.0000000000000000001 is not taken for 1.
     *
     * @param value the entered value
     * @return true when valid
     */
    public boolean contains(BigDecimal value) {
        boolean aboveLower = lowerDecimal == null || value.compareTo(lowerDecimal) >= 0;
        if (upperDecimal == null) {
            return aboveLower;
        }
        int vsUpper = value.compareTo(upperDecimal);
        return aboveLower && (upperExclusive ? vsUpper < 0 : vsUpper <= 0);
    }

    /**
     * The valid interval in words, for messages: "between 0 and 1", "at least 0", "from 0 to below 1".
     *
     * @return for example "between 0 and 1"
     */
    public String describeInterval() {
        if (upper == Double.POSITIVE_INFINITY) {
            return lower == Double.NEGATIVE_INFINITY ? "any number" : "at least " + plain(lower);
        }
        return upperExclusive ? "at least " + plain(lower) + " and below " + plain(upper)
                : "between " + plain(lower) + " and " + plain(upper);
    }

    /**
     * The valid interval as a message ("between 0 and 1" / "tussen 0 en 1"), for sentences in any language.
     *
     * @return the interval
     */
    public Message interval() {
        if (upper == Double.POSITIVE_INFINITY) {
            return lower == Double.NEGATIVE_INFINITY ? Message.of("interval.any")
                    : Message.of("interval.atLeast", plain(lower));
        }
        return upperExclusive ? Message.of("interval.atLeastBelow", plain(lower), plain(upper))
                : Message.of("interval.between", plain(lower), plain(upper));
    }

    /**
     * The estimate's name for a person ("deadweight", "toerekening"), from the templates {@code estimate.KEY}.
     *
     * @return the name
     */
    public Message label() {
        return Message.of("estimate." + key);
    }

    /**
     * The estimate's name as a heading or a column of a report or a workbook ("Deadweight", "Toerekening"), from
     * the templates {@code estimate.KEY.heading}.
     *
     * @return the heading
     */
    public Message heading() {
        return Message.of("estimate." + key + ".heading");
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
