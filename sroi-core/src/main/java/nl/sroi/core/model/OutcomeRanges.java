package nl.sroi.core.model;

/**
 * The uncertain estimates of one outcome; {@code null} where an estimate is not ranged. {@code quantity} is a
 * multiplier on every period's quantity (point value 1), {@code duration} is in whole years. Build one with
 * {@link #builder()}, naming only the estimates that are ranged.
 *
 * @param quantity     the range of the quantity multiplier, or {@code null}
 * @param proxy        the range of the proxy value, or {@code null}
 * @param duration     the range of the duration in years, or {@code null}
 * @param deadweight   the range of the deadweight, or {@code null}
 * @param displacement the range of the displacement, or {@code null}
 * @param attribution  the range of the attribution, or {@code null}
 * @param dropOff      the range of the drop-off, or {@code null}
 */
public record OutcomeRanges(EstimateRange quantity, EstimateRange proxy, EstimateRange duration,
                            EstimateRange deadweight, EstimateRange displacement, EstimateRange attribution,
                            EstimateRange dropOff) {

    /**
     * A builder with no estimate ranged.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these ranges, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().quantity(quantity).proxy(proxy).duration(duration).deadweight(deadweight)
                .displacement(displacement).attribution(attribution).dropOff(dropOff);
    }

    /** Builds the ranges of an outcome by name; an estimate not set is not ranged. */
    public static final class Builder {
        private EstimateRange quantity;
        private EstimateRange proxy;
        private EstimateRange duration;
        private EstimateRange deadweight;
        private EstimateRange displacement;
        private EstimateRange attribution;
        private EstimateRange dropOff;

        private Builder() {
        }

        /**
         * The range of the quantity multiplier (point value 1).
         *
         * @param range the range, or {@code null}
         * @return this builder
         */
        public Builder quantity(EstimateRange range) {
            this.quantity = range;
            return this;
        }

        /**
         * The range of the proxy value.
         *
         * @param range the range, or {@code null}
         * @return this builder
         */
        public Builder proxy(EstimateRange range) {
            this.proxy = range;
            return this;
        }

        /**
         * The range of the duration, whole years.
         *
         * @param range the range, or {@code null}
         * @return this builder
         */
        public Builder duration(EstimateRange range) {
            this.duration = range;
            return this;
        }

        /**
         * The range of the deadweight.
         *
         * @param range the range, or {@code null}
         * @return this builder
         */
        public Builder deadweight(EstimateRange range) {
            this.deadweight = range;
            return this;
        }

        /**
         * The range of the displacement.
         *
         * @param range the range, or {@code null}
         * @return this builder
         */
        public Builder displacement(EstimateRange range) {
            this.displacement = range;
            return this;
        }

        /**
         * The range of the attribution.
         *
         * @param range the range, or {@code null}
         * @return this builder
         */
        public Builder attribution(EstimateRange range) {
            this.attribution = range;
            return this;
        }

        /**
         * The range of the drop-off.
         *
         * @param range the range, or {@code null}
         * @return this builder
         */
        public Builder dropOff(EstimateRange range) {
            this.dropOff = range;
            return this;
        }

        /**
         * The ranges as set.
         *
         * @return the ranges
         */
        public OutcomeRanges build() {
            return new OutcomeRanges(quantity, proxy, duration, deadweight, displacement, attribution, dropOff);
        }
    }
}
