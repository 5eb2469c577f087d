package nl.sroi.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A change experienced by a stakeholder, valued by a financial proxy and adjusted for deadweight, displacement,
 * attribution and drop-off. {@code quantity[c]} people newly reach the outcome in period c + 1; the value of one
 * cohort lasts {@code duration} years, starting {@code startOffset} periods later. {@code valueTo} says who receives
 * the money value ({@code null}: all of it goes to {@code stakeholder}).
 */
public record Outcome(String id, String stakeholder, String description, String indicator, List<ValueShare> valueTo,
                      List<BigDecimal> quantity, FinancialProxy proxy, Integer duration, Integer startOffset,
                      BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff,
                      DropOffMode dropOffMode, OutcomeRanges ranges) {

    public static final int DEFAULT_START_OFFSET = 0;
    public static final DropOffMode DEFAULT_DROP_OFF_MODE = DropOffMode.GEOMETRIC;

    public Outcome {
        valueTo = Lists.copy(valueTo);
        quantity = Lists.copy(quantity);
        startOffset = startOffset == null ? DEFAULT_START_OFFSET : startOffset;
        dropOffMode = dropOffMode == null ? DEFAULT_DROP_OFF_MODE : dropOffMode;
    }

    /**
     * The last period in which an outcome with this many cohorts, start offset and duration has value (before any
     * horizon): the last cohort's last year.
     */
    public static int lastValuePeriod(int cohorts, int startOffset, int duration) {
        return cohorts + startOffset + duration - 1;
    }

    /** The shares of the money value per stakeholder, resolving the default (all to the outcome's stakeholder). */
    public List<ValueShare> valueShares() {
        return valueTo != null ? valueTo : List.of(new ValueShare(stakeholder, BigDecimal.ONE));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.stakeholder = stakeholder;
        b.description = description;
        b.indicator = indicator;
        b.valueTo = valueTo;
        b.quantity = quantity;
        b.proxy = proxy;
        b.duration = duration;
        b.startOffset = startOffset;
        b.deadweight = deadweight;
        b.displacement = displacement;
        b.attribution = attribution;
        b.dropOff = dropOff;
        b.dropOffMode = dropOffMode;
        b.ranges = ranges;
        return b;
    }

    /** Builds an outcome in code; unset required fields stay {@code null} and are reported by validation. */
    public static final class Builder {
        private String id;
        private String stakeholder;
        private String description;
        private String indicator;
        private List<ValueShare> valueTo;
        private List<BigDecimal> quantity;
        private FinancialProxy proxy;
        private Integer duration;
        private Integer startOffset;
        private BigDecimal deadweight;
        private BigDecimal displacement;
        private BigDecimal attribution;
        private BigDecimal dropOff;
        private DropOffMode dropOffMode;
        private OutcomeRanges ranges;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder stakeholder(String stakeholder) {
            this.stakeholder = stakeholder;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        public Builder valueTo(List<ValueShare> valueTo) {
            this.valueTo = valueTo;
            return this;
        }

        public Builder valueTo(ValueShare... valueTo) {
            return valueTo(List.of(valueTo));
        }

        public Builder quantity(List<BigDecimal> quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder quantity(double... quantity) {
            return quantity(Decimals.listOf(quantity));
        }

        public Builder proxy(FinancialProxy proxy) {
            this.proxy = proxy;
            return this;
        }

        public Builder duration(Integer duration) {
            this.duration = duration;
            return this;
        }

        public Builder startOffset(Integer startOffset) {
            this.startOffset = startOffset;
            return this;
        }

        public Builder deadweight(BigDecimal deadweight) {
            this.deadweight = deadweight;
            return this;
        }

        public Builder deadweight(double deadweight) {
            return deadweight(Decimals.of(deadweight));
        }

        public Builder displacement(BigDecimal displacement) {
            this.displacement = displacement;
            return this;
        }

        public Builder displacement(double displacement) {
            return displacement(Decimals.of(displacement));
        }

        public Builder attribution(BigDecimal attribution) {
            this.attribution = attribution;
            return this;
        }

        public Builder attribution(double attribution) {
            return attribution(Decimals.of(attribution));
        }

        public Builder dropOff(BigDecimal dropOff) {
            this.dropOff = dropOff;
            return this;
        }

        public Builder dropOff(double dropOff) {
            return dropOff(Decimals.of(dropOff));
        }

        public Builder dropOffMode(DropOffMode dropOffMode) {
            this.dropOffMode = dropOffMode;
            return this;
        }

        public Builder ranges(OutcomeRanges ranges) {
            this.ranges = ranges;
            return this;
        }

        public Outcome build() {
            return new Outcome(id, stakeholder, description, indicator, valueTo, quantity, proxy, duration,
                    startOffset, deadweight, displacement, attribution, dropOff, dropOffMode, ranges);
        }
    }
}
