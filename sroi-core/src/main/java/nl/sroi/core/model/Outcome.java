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

    /** The start offset when none is named: value from the cohort's own period. */
    public static final int DEFAULT_START_OFFSET = 0;
    /** The drop-off mode when none is named: geometric (SROI Guide). */
    public static final DropOffMode DEFAULT_DROP_OFF_MODE = DropOffMode.GEOMETRIC;

    /**
     * An outcome, with the defaults filled in for {@code startOffset} and {@code dropOffMode} and unmodifiable
     * copies of the lists; anything else left {@code null} is reported by validation.
     *
     * @param id           the outcome's id
     * @param stakeholder  the id of the stakeholder who experiences it
     * @param description  what changes
     * @param indicator    how the change is measured
     * @param valueTo      who receives the money value, or {@code null}: all to {@code stakeholder}
     * @param quantity     how many newly reach the outcome, per period from period 1
     * @param proxy        the money value of one unit for one year
     * @param duration     how many years the value of one cohort lasts
     * @param startOffset  periods between reaching the outcome and its value (0 or 1), or {@code null} for 0
     * @param deadweight   the share that would have happened anyway
     * @param displacement the share that displaced other outcomes
     * @param attribution  the share owed to others
     * @param dropOff      how much fades each year after the first
     * @param dropOffMode  how it fades, or {@code null} for geometric
     * @param ranges       the ranges of its uncertain estimates, or {@code null}
     */
    public Outcome {
        valueTo = Lists.copy(valueTo);
        quantity = Lists.copy(quantity);
        startOffset = startOffset == null ? DEFAULT_START_OFFSET : startOffset;
        dropOffMode = dropOffMode == null ? DEFAULT_DROP_OFF_MODE : dropOffMode;
    }

    /**
     * The last period in which an outcome with this many cohorts, start offset and duration has value (before any
     * horizon): the last cohort's last year.
     *
     * @param cohorts     the number of cohorts (periods with a quantity)
     * @param startOffset the start offset, 0 or 1
     * @param duration    the duration in years
     * @return the last period with value
     */
    public static int lastValuePeriod(int cohorts, int startOffset, int duration) {
        return cohorts + startOffset + duration - 1;
    }

    /**
     * The shares of the money value per stakeholder, resolving the default (all to the outcome's stakeholder).
     *
     * @return the shares
     */
    public List<ValueShare> valueShares() {
        return valueTo != null ? valueTo : List.of(new ValueShare(stakeholder, BigDecimal.ONE));
    }

    /**
     * A builder with nothing set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this outcome, to change some of it.
     *
     * @return the builder
     */
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

        /** Sets {@code id} (see {@link Outcome#id()}); returns this builder. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@code stakeholder} (see {@link Outcome#stakeholder()}); returns this builder. */
        public Builder stakeholder(String stakeholder) {
            this.stakeholder = stakeholder;
            return this;
        }

        /** Sets {@code description} (see {@link Outcome#description()}); returns this builder. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code indicator} (see {@link Outcome#indicator()}); returns this builder. */
        public Builder indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        /** Sets {@code valueTo} (see {@link Outcome#valueTo()}); returns this builder. */
        public Builder valueTo(List<ValueShare> valueTo) {
            this.valueTo = valueTo;
            return this;
        }

        /** Sets {@code valueTo} to these; returns this builder. */
        public Builder valueTo(ValueShare... valueTo) {
            return valueTo(List.of(valueTo));
        }

        /** Sets {@code quantity} (see {@link Outcome#quantity()}); returns this builder. */
        public Builder quantity(List<BigDecimal> quantity) {
            this.quantity = quantity;
            return this;
        }

        /** Sets {@code quantity} to these; returns this builder. */
        public Builder quantity(double... quantity) {
            return quantity(Decimals.listOf(quantity));
        }

        /** Sets {@code proxy} (see {@link Outcome#proxy()}); returns this builder. */
        public Builder proxy(FinancialProxy proxy) {
            this.proxy = proxy;
            return this;
        }

        /** Sets {@code duration} (see {@link Outcome#duration()}); returns this builder. */
        public Builder duration(Integer duration) {
            this.duration = duration;
            return this;
        }

        /** Sets {@code startOffset} (see {@link Outcome#startOffset()}); returns this builder. */
        public Builder startOffset(Integer startOffset) {
            this.startOffset = startOffset;
            return this;
        }

        /** Sets {@code deadweight} (see {@link Outcome#deadweight()}); returns this builder. */
        public Builder deadweight(BigDecimal deadweight) {
            this.deadweight = deadweight;
            return this;
        }

        /** Sets {@code deadweight} from a {@code double} (its shortest decimal form); returns this builder. */
        public Builder deadweight(double deadweight) {
            return deadweight(Decimals.of(deadweight));
        }

        /** Sets {@code displacement} (see {@link Outcome#displacement()}); returns this builder. */
        public Builder displacement(BigDecimal displacement) {
            this.displacement = displacement;
            return this;
        }

        /** Sets {@code displacement} from a {@code double} (its shortest decimal form); returns this builder. */
        public Builder displacement(double displacement) {
            return displacement(Decimals.of(displacement));
        }

        /** Sets {@code attribution} (see {@link Outcome#attribution()}); returns this builder. */
        public Builder attribution(BigDecimal attribution) {
            this.attribution = attribution;
            return this;
        }

        /** Sets {@code attribution} from a {@code double} (its shortest decimal form); returns this builder. */
        public Builder attribution(double attribution) {
            return attribution(Decimals.of(attribution));
        }

        /** Sets {@code dropOff} (see {@link Outcome#dropOff()}); returns this builder. */
        public Builder dropOff(BigDecimal dropOff) {
            this.dropOff = dropOff;
            return this;
        }

        /** Sets {@code dropOff} from a {@code double} (its shortest decimal form); returns this builder. */
        public Builder dropOff(double dropOff) {
            return dropOff(Decimals.of(dropOff));
        }

        /** Sets {@code dropOffMode} (see {@link Outcome#dropOffMode()}); returns this builder. */
        public Builder dropOffMode(DropOffMode dropOffMode) {
            this.dropOffMode = dropOffMode;
            return this;
        }

        /** Sets {@code ranges} (see {@link Outcome#ranges()}); returns this builder. */
        public Builder ranges(OutcomeRanges ranges) {
            this.ranges = ranges;
            return this;
        }

        /**
         * The outcome as set.
         *
         * @return the outcome
         */
        public Outcome build() {
            return new Outcome(id, stakeholder, description, indicator, valueTo, quantity, proxy, duration,
                    startOffset, deadweight, displacement, attribution, dropOff, dropOffMode, ranges);
        }
    }
}
