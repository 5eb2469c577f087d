package nl.sroi.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A change experienced by a stakeholder, valued by a financial proxy and adjusted for deadweight, displacement,
 * attribution and drop-off. {@code quantity[c]} people newly reach the outcome in period c + 1; the value of one
 * cohort lasts {@code duration} years (a fractional last year counts pro rata), starting {@code startOffset} periods
 * later. {@code valueTo} says who receives the money value ({@code null}: all of it goes to {@code stakeholder}).
 *
 * <p>Defaults filled here, as the format names them: {@code startOffset} 0, {@code dropOffMode} geometric,
 * {@code dropOffFrom} the second year, {@code alreadyNet} and {@code transfer} false; for an {@code alreadyNet}
 * outcome a deadweight, displacement or attribution left out is 0.
 *
 * @param id            unique among the outcomes
 * @param stakeholder   who experiences the change
 * @param description   the change
 * @param indicator     how it is measured
 * @param valueTo       who receives the money value, or {@code null} for all to {@code stakeholder}
 * @param quantity      people (units) newly reaching the outcome per period, from period 1
 * @param proxy         the money value of one unit for one year
 * @param duration      years one cohort's outcome lasts, counting its first year: 0 &lt; duration ≤ 50
 * @param startOffset   periods (0–49) between reaching the outcome and the first year of its value
 * @param deadweight    share that would have happened anyway
 * @param displacement  share that was pushed elsewhere
 * @param attribution   share owed to others
 * @param dropOff       share lost per year
 * @param dropOffMode   geometric or linear drop-off
 * @param dropOffFrom   whether the drop-off already applies in the first year
 * @param alreadyNet    quantity and proxy already exclude the counterfactual and others' contributions
 * @param transfer      the value moves money between parties without changing society's resources
 * @param quantityBasis what the quantities rest on ({@code null}: not stated)
 * @param ranges        the uncertain estimates, or {@code null}
 * @param otherFilters  further named reductions of the impact (section 12), or {@code null} for none
 * @param discountRate  this outcome's own discount rate (section 12.1), or {@code null} for the model's
 * @param published     the present value a publication states for this outcome, or {@code null}
 */
public record Outcome(String id, String stakeholder, String description, String indicator, List<ValueShare> valueTo,
                      List<BigDecimal> quantity, FinancialProxy proxy, BigDecimal duration, Integer startOffset,
                      BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff,
                      DropOffMode dropOffMode, DropOffFrom dropOffFrom, Boolean alreadyNet, Boolean transfer,
                      Basis quantityBasis, OutcomeRanges ranges, List<OtherFilter> otherFilters,
                      BigDecimal discountRate, Published published) {

    /** The start offset when none is named: value from the cohort's own period. */
    public static final int DEFAULT_START_OFFSET = 0;
    /** The drop-off mode when none is named: geometric (SROI Guide). */
    public static final DropOffMode DEFAULT_DROP_OFF_MODE = DropOffMode.GEOMETRIC;
    /** The default of {@code dropOffFrom}. */
    public static final DropOffFrom DEFAULT_DROP_OFF_FROM = DropOffFrom.SECOND_YEAR;

    /**
     * Fills the defaults the format names and copies the lists.
     *
     * @param id            unique among the outcomes
     * @param stakeholder   who experiences the change
     * @param description   the change
     * @param indicator     how it is measured
     * @param valueTo       who receives the money value, or {@code null}
     * @param quantity      people (units) newly reaching the outcome per period
     * @param proxy         the money value of one unit for one year
     * @param duration      years one cohort's outcome lasts
     * @param startOffset   0 or 1 ({@code null}: 0)
     * @param deadweight    share that would have happened anyway ({@code null} on an already-net outcome: 0)
     * @param displacement  share pushed elsewhere ({@code null} on an already-net outcome: 0)
     * @param attribution   share owed to others ({@code null} on an already-net outcome: 0)
     * @param dropOff       share lost per year
     * @param dropOffMode   {@code null}: geometric
     * @param dropOffFrom   {@code null}: the second year
     * @param alreadyNet    {@code null}: false
     * @param transfer      {@code null}: false
     * @param quantityBasis what the quantities rest on, or {@code null}
     * @param ranges        the uncertain estimates, or {@code null}
     * @param otherFilters  further named reductions, or {@code null}
     * @param discountRate  the outcome's own rate, or {@code null}
     * @param published     the published present value, or {@code null}
     */
    public Outcome {
        valueTo = Lists.copy(valueTo);
        otherFilters = Lists.copy(otherFilters);
        quantity = Lists.copy(quantity);
        startOffset = startOffset == null ? DEFAULT_START_OFFSET : startOffset;
        dropOffMode = dropOffMode == null ? DEFAULT_DROP_OFF_MODE : dropOffMode;
        dropOffFrom = dropOffFrom == null ? DEFAULT_DROP_OFF_FROM : dropOffFrom;
        alreadyNet = alreadyNet != null && alreadyNet;
        transfer = transfer != null && transfer;
        if (alreadyNet) {
            deadweight = deadweight == null ? BigDecimal.ZERO : deadweight;
            displacement = displacement == null ? BigDecimal.ZERO : displacement;
            attribution = attribution == null ? BigDecimal.ZERO : attribution;
        }
    }

    /**
     * An outcome without the fields of section 12 (as before it).
     *
     * @param id            unique among the outcomes
     * @param stakeholder   who experiences the change
     * @param description   the change
     * @param indicator     how it is measured
     * @param valueTo       who receives the money value, or {@code null}
     * @param quantity      people (units) newly reaching the outcome per period
     * @param proxy         the money value of one unit for one year
     * @param duration      years one cohort's outcome lasts
     * @param startOffset   {@code null}: 0
     * @param deadweight    share that would have happened anyway
     * @param displacement  share pushed elsewhere
     * @param attribution   share owed to others
     * @param dropOff       share lost per year
     * @param dropOffMode   {@code null}: geometric
     * @param dropOffFrom   {@code null}: the second year
     * @param alreadyNet    {@code null}: false
     * @param transfer      {@code null}: false
     * @param quantityBasis what the quantities rest on, or {@code null}
     * @param ranges        the uncertain estimates, or {@code null}
     */
    public Outcome(String id, String stakeholder, String description, String indicator, List<ValueShare> valueTo,
                   List<BigDecimal> quantity, FinancialProxy proxy, BigDecimal duration, Integer startOffset,
                   BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff,
                   DropOffMode dropOffMode, DropOffFrom dropOffFrom, Boolean alreadyNet, Boolean transfer,
                   Basis quantityBasis, OutcomeRanges ranges) {
        this(id, stakeholder, description, indicator, valueTo, quantity, proxy, duration, startOffset, deadweight,
                displacement, attribution, dropOff, dropOffMode, dropOffFrom, alreadyNet, transfer, quantityBasis,
                ranges, null, null, null);
    }

    /**
     * The other filters as a list, empty when there are none.
     *
     * @return the filters
     */
    public List<OtherFilter> filters() {
        return otherFilters == null ? List.of() : otherFilters;
    }

    /**
     * The last period in which an outcome with this many cohorts, start offset and duration has value (before any
     * horizon): the last cohort's last year, a partial last year included.
     *
     * @param cohorts     the number of cohorts (entries of {@code quantity})
     * @param startOffset 0 to 49
     * @param years       the duration in years, counting a partial last year as one
     * @return the last period with value
     */
    public static int lastValuePeriod(int cohorts, int startOffset, int years) {
        return cohorts + startOffset + years - 1;
    }

    /**
     * The years in which one cohort has value: the duration rounded up (2.5 years have value in 3).
     *
     * @param duration a duration &gt; 0
     * @return ceil(duration)
     */
    public static int yearsWithValue(double duration) {
        return (int) Math.ceil(duration);
    }

    /**
     * The part of year k that counts, for a cohort whose outcome lasts {@code duration} years: 1 up to the whole
     * years, the fraction in the year after them, then 0 (section 11.1 of the format).
     *
     * @param duration the duration, &gt; 0
     * @param year     the outcome's year k, from 1
     * @return part(k)
     */
    public static double partOfYear(double duration, int year) {
        double whole = Math.floor(duration);
        if (year <= whole) {
            return 1;
        }
        return year == whole + 1 ? duration - whole : 0;
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
        b.dropOffFrom = dropOffFrom;
        b.alreadyNet = alreadyNet;
        b.transfer = transfer;
        b.quantityBasis = quantityBasis;
        b.ranges = ranges;
        b.otherFilters = otherFilters;
        b.discountRate = discountRate;
        b.published = published;
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
        private BigDecimal duration;
        private Integer startOffset;
        private BigDecimal deadweight;
        private BigDecimal displacement;
        private BigDecimal attribution;
        private BigDecimal dropOff;
        private DropOffMode dropOffMode;
        private DropOffFrom dropOffFrom;
        private Boolean alreadyNet;
        private Boolean transfer;
        private Basis quantityBasis;
        private OutcomeRanges ranges;
        private List<OtherFilter> otherFilters;
        private BigDecimal discountRate;
        private Published published;

        private Builder() {
        }

        /**
         * Sets the outcome's id, by which ranges, scenarios and pointers name it.
         *
         * @param id unique among the model's outcomes
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets who experiences the change (and receives its value unless {@code valueTo} says otherwise).
         *
         * @param stakeholder the id of one of the model's stakeholders
         * @return this builder
         */
        public Builder stakeholder(String stakeholder) {
            this.stakeholder = stakeholder;
            return this;
        }

        /**
         * Sets the description of the change, as reports and workbooks show it.
         *
         * @param description the change, in the analyst's words
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets how the change is measured.
         *
         * @param indicator the indicator
         * @return this builder
         */
        public Builder indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        /**
         * Sets who receives the money value, in shares that add up to 1.
         *
         * @param valueTo the shares, or {@code null} for all of it to the stakeholder
         * @return this builder
         */
        public Builder valueTo(List<ValueShare> valueTo) {
            this.valueTo = valueTo;
            return this;
        }

        /**
         * Sets who receives the money value, in shares that add up to 1.
         *
         * @param valueTo the shares
         * @return this builder
         */
        public Builder valueTo(ValueShare... valueTo) {
            return valueTo(List.of(valueTo));
        }

        /**
         * Sets how many people (units) newly reach the outcome in each period, from period 1; each period starts a cohort.
         *
         * @param quantity the quantity per period
         * @return this builder
         */
        public Builder quantity(List<BigDecimal> quantity) {
            this.quantity = quantity;
            return this;
        }

        /**
         * Sets the quantity per period from {@code double}s, each taken as its shortest decimal form (0.1 is 0.1).
         *
         * @param quantity the quantity per period, from period 1
         * @return this builder
         */
        public Builder quantity(double... quantity) {
            return quantity(Decimals.listOf(quantity));
        }

        /**
         * Sets the financial proxy: the money value of one unit of the outcome for one year.
         *
         * @param proxy the proxy, with its value, unit and source
         * @return this builder
         */
        public Builder proxy(FinancialProxy proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * Sets the duration in years, 0 &lt; duration ≤ 50.
         *
         * @param duration the value
         * @return this builder
         */
        public Builder duration(BigDecimal duration) {
            this.duration = duration;
            return this;
        }

        /**
         * Sets a duration of whole years.
         *
         * @param years the value
         * @return this builder
         */
        public Builder duration(int years) {
            return duration(BigDecimal.valueOf(years));
        }

        /**
         * Sets a duration in years; a fraction counts the last year pro rata.
         *
         * @param years the value
         * @return this builder
         */
        public Builder duration(double years) {
            return duration(Decimals.of(years));
        }

        /**
         * Sets the periods between reaching the outcome and the first year of its value.
         *
         * @param startOffset 0 to 49 periods, or {@code null} for 0
         * @return this builder
         */
        public Builder startOffset(Integer startOffset) {
            this.startOffset = startOffset;
            return this;
        }

        /**
         * Sets the share of the outcome that would have happened anyway.
         *
         * @param deadweight a share in [0, 1] (0.2 is 20 %)
         * @return this builder
         */
        public Builder deadweight(BigDecimal deadweight) {
            this.deadweight = deadweight;
            return this;
        }

        /**
         * Sets the deadweight from a {@code double}, taken as its shortest decimal form.
         *
         * @param deadweight a share in [0, 1]
         * @return this builder
         */
        public Builder deadweight(double deadweight) {
            return deadweight(Decimals.of(deadweight));
        }

        /**
         * Sets the share of the outcome that was pushed elsewhere rather than added.
         *
         * @param displacement a share in [0, 1]
         * @return this builder
         */
        public Builder displacement(BigDecimal displacement) {
            this.displacement = displacement;
            return this;
        }

        /**
         * Sets the displacement from a {@code double}, taken as its shortest decimal form.
         *
         * @param displacement a share in [0, 1]
         * @return this builder
         */
        public Builder displacement(double displacement) {
            return displacement(Decimals.of(displacement));
        }

        /**
         * Sets the share of the outcome owed to others than this project.
         *
         * @param attribution a share in [0, 1]
         * @return this builder
         */
        public Builder attribution(BigDecimal attribution) {
            this.attribution = attribution;
            return this;
        }

        /**
         * Sets the attribution from a {@code double}, taken as its shortest decimal form.
         *
         * @param attribution a share in [0, 1]
         * @return this builder
         */
        public Builder attribution(double attribution) {
            return attribution(Decimals.of(attribution));
        }

        /**
         * Sets the share of the outcome lost each year after the first (or from the first, see {@code dropOffFrom}).
         *
         * @param dropOff a share in [0, 1]
         * @return this builder
         */
        public Builder dropOff(BigDecimal dropOff) {
            this.dropOff = dropOff;
            return this;
        }

        /**
         * Sets the drop-off from a {@code double}, taken as its shortest decimal form.
         *
         * @param dropOff a share in [0, 1]
         * @return this builder
         */
        public Builder dropOff(double dropOff) {
            return dropOff(Decimals.of(dropOff));
        }

        /**
         * Sets how the drop-off compounds: geometric (of what is left) or linear (of the first year).
         *
         * @param dropOffMode the mode, or {@code null} for geometric
         * @return this builder
         */
        public Builder dropOffMode(DropOffMode dropOffMode) {
            this.dropOffMode = dropOffMode;
            return this;
        }

        /**
         * Sets the first year the drop-off applies in ({@code null}: the second).
         *
         * @param dropOffFrom the value
         * @return this builder
         */
        public Builder dropOffFrom(DropOffFrom dropOffFrom) {
            this.dropOffFrom = dropOffFrom;
            return this;
        }

        /**
         * Marks quantity and proxy as already net of deadweight, displacement and attribution.
         *
         * @param alreadyNet the value
         * @return this builder
         */
        public Builder alreadyNet(Boolean alreadyNet) {
            this.alreadyNet = alreadyNet;
            return this;
        }

        /**
         * Marks the value as a transfer between parties (left out of the welfare view).
         *
         * @param transfer the value
         * @return this builder
         */
        public Builder transfer(Boolean transfer) {
            this.transfer = transfer;
            return this;
        }

        /**
         * Sets what the quantities rest on ({@code null}: not stated).
         *
         * @param quantityBasis the value
         * @return this builder
         */
        public Builder quantityBasis(Basis quantityBasis) {
            this.quantityBasis = quantityBasis;
            return this;
        }

        /**
         * Sets the ranges of the outcome's uncertain estimates, for the sensitivity analysis and the simulation.
         *
         * @param ranges the ranges, or {@code null} for none
         * @return this builder
         */
        public Builder ranges(OutcomeRanges ranges) {
            this.ranges = ranges;
            return this;
        }

        /**
         * Sets further named reductions of the impact ({@code null}: none).
         *
         * @param otherFilters the filters
         * @return this builder
         */
        public Builder otherFilters(List<OtherFilter> otherFilters) {
            this.otherFilters = otherFilters;
            return this;
        }

        /**
         * Sets the outcome's own discount rate ({@code null}: the model's).
         *
         * @param discountRate the rate
         * @return this builder
         */
        public Builder discountRate(BigDecimal discountRate) {
            this.discountRate = discountRate;
            return this;
        }

        /**
         * Sets the present value a publication states for this outcome ({@code null}: none).
         *
         * @param published the published figures
         * @return this builder
         */
        public Builder published(Published published) {
            this.published = published;
            return this;
        }

        /**
         * The outcome as set.
         *
         * @return the outcome
         */
        public Outcome build() {
            return new Outcome(id, stakeholder, description, indicator, valueTo, quantity, proxy, duration,
                    startOffset, deadweight, displacement, attribution, dropOff, dropOffMode, dropOffFrom, alreadyNet,
                    transfer, quantityBasis, ranges, otherFilters, discountRate, published);
        }
    }
}
