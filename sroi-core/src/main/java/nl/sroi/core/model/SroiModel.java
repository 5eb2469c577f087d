package nl.sroi.core.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import nl.sroi.core.price.PriceIndex;

/**
 * One analysis (a Maatschappelijke Impact Analyse) as entered: the {@code sroi-model/1} document.
 *
 * <p>{@code horizonYears}, when set, stops value from counting after that period; inputs always count in full.
 * {@code firstYear} is a label only. {@code priceYear} is the price level of every amount; with a
 * {@code priceIndex} (which requires it) a proxy in another year's prices is indexed to it
 * ({@link #proxyIndexFactor}), without one it is a label. Build one in code with {@link #builder()}, or read one
 * with the JSON codec above ({@code nl.sroi.core.json.ModelJson}); check it with the rules above
 * ({@code nl.sroi.core.rules.ModelValidator}).
 */
public record SroiModel(String format, String id, String title, String description, Kind kind, String currency,
                        Integer priceYear, Integer firstYear, Integer horizonYears, Discounting discounting,
                        List<Stakeholder> stakeholders, List<Input> inputs, List<Outcome> outcomes,
                        ModelRanges ranges, PriceIndex priceIndex, BasedOn basedOn, PartYear partYear,
                        Published published, PortfolioSection portfolio) {

    /** The one format this version reads and writes. */
    public static final String FORMAT = "sroi-model/1";
    /** How a fractional duration's last year counts when the model does not say: pro rata (section 11.1). */
    public static final PartYear DEFAULT_PART_YEAR = PartYear.PRO_RATA;

    /**
     * A model without the model-wide fields of section 12 (as before it).
     *
     * @param format       the format, {@value #FORMAT}
     * @param id           the model's id
     * @param title        its title
     * @param description  free text, or {@code null}
     * @param kind         forecast or evaluation
     * @param currency     ISO 4217 code
     * @param priceYear    the price level of the amounts, or {@code null}
     * @param firstYear    the calendar year of period 1, or {@code null}
     * @param horizonYears the last period whose value counts, or {@code null}
     * @param discounting  rate and conventions
     * @param stakeholders the parties
     * @param inputs       what they invest
     * @param outcomes     the changes
     * @param ranges       the model-wide uncertain estimates, or {@code null}
     * @param priceIndex   the index that brings proxies to {@code priceYear}, or {@code null}
     */
    public SroiModel(String format, String id, String title, String description, Kind kind, String currency,
                     Integer priceYear, Integer firstYear, Integer horizonYears, Discounting discounting,
                     List<Stakeholder> stakeholders, List<Input> inputs, List<Outcome> outcomes, ModelRanges ranges,
                     PriceIndex priceIndex) {
        this(format, id, title, description, kind, currency, priceYear, firstYear, horizonYears, discounting,
                stakeholders, inputs, outcomes, ranges, priceIndex, null, null, null, null);
    }

    /**
     * A model, with unmodifiable copies of the lists; anything left {@code null} that the format requires is
     * reported by validation.
     *
     * @param format       {@value #FORMAT}
     * @param id           the model's id
     * @param title        its title
     * @param description  a description, or {@code null}
     * @param kind         forecast or evaluation
     * @param currency     the ISO 4217 code of its currency
     * @param priceYear    the year of the price level, or {@code null}
     * @param firstYear    the calendar year of period 1, or {@code null}
     * @param horizonYears the last period whose value counts, or {@code null} for all
     * @param discounting  the rate and its conventions
     * @param stakeholders the stakeholders
     * @param inputs       the inputs
     * @param outcomes     the outcomes
     * @param ranges       the ranges of the model-wide estimates, or {@code null}
     * @param priceIndex   the index that brings proxies to {@code priceYear}, or {@code null} for none
     * @param basedOn      for an evaluation, the adopted forecast it checks, or {@code null}
     * @param partYear     how a fractional duration's last year counts ({@code null}: pro rata)
     * @param published    what the publication states, to check against, or {@code null}
     * @param portfolio    where the analysis belongs in a programme, or {@code null} (it moves no figure)
     */
    public SroiModel {
        partYear = partYear == null ? DEFAULT_PART_YEAR : partYear;
        stakeholders = Lists.copy(stakeholders);
        inputs = Lists.copy(inputs);
        outcomes = Lists.copy(outcomes);
    }

    /**
     * A model without the fields added after {@code basedOn}: {@code partYear} (pro rata), {@code published} and
     * the {@code portfolio} section.
     *
     * @param format       {@value #FORMAT}
     * @param id           the model's id
     * @param title        its title
     * @param description  a description, or {@code null}
     * @param kind         forecast or evaluation
     * @param currency     the ISO 4217 code of its currency
     * @param priceYear    the year of the price level, or {@code null}
     * @param firstYear    the calendar year of period 1, or {@code null}
     * @param horizonYears the last period whose value counts, or {@code null} for all
     * @param discounting  the rate and its conventions
     * @param stakeholders the stakeholders
     * @param inputs       the inputs
     * @param outcomes     the outcomes
     * @param ranges       the ranges of the model-wide estimates, or {@code null}
     * @param priceIndex   the index that brings proxies to {@code priceYear}, or {@code null} for none
     * @param basedOn      for an evaluation, the adopted forecast it checks, or {@code null}
     */
    public SroiModel(String format, String id, String title, String description, Kind kind, String currency,
                     Integer priceYear, Integer firstYear, Integer horizonYears, Discounting discounting,
                     List<Stakeholder> stakeholders, List<Input> inputs, List<Outcome> outcomes, ModelRanges ranges,
                     PriceIndex priceIndex, BasedOn basedOn) {
        this(format, id, title, description, kind, currency, priceYear, firstYear, horizonYears, discounting,
                stakeholders, inputs, outcomes, ranges, priceIndex, basedOn, null, null, null);
    }

    /**
     * A model without a price index (as before section 11 of the format).
     *
     * @param format       the format, {@value #FORMAT}
     * @param id           the model's id
     * @param title        its title
     * @param description  free text, or {@code null}
     * @param kind         forecast or evaluation
     * @param currency     ISO 4217 code
     * @param priceYear    the price level of the amounts, or {@code null}
     * @param firstYear    the calendar year of period 1, or {@code null}
     * @param horizonYears the last period whose value counts, or {@code null}
     * @param discounting  rate and conventions
     * @param stakeholders the parties
     * @param inputs       what they invest
     * @param outcomes     the changes
     * @param ranges       the model-wide uncertain estimates, or {@code null}
     */
    public SroiModel(String format, String id, String title, String description, Kind kind, String currency,
                     Integer priceYear, Integer firstYear, Integer horizonYears, Discounting discounting,
                     List<Stakeholder> stakeholders, List<Input> inputs, List<Outcome> outcomes, ModelRanges ranges) {
        this(format, id, title, description, kind, currency, priceYear, firstYear, horizonYears, discounting,
                stakeholders, inputs, outcomes, ranges, null);
    }

    /**
     * The factor that brings a proxy's value to the model's prices (section 11.3 of the format):
     * {@code I(priceYear) / I(proxy.priceYear)} with the model's {@code priceIndex}; exactly 1 when the model names
     * no index, or the proxy has no price year or the model's. For a valid model only (the index covers both years).
     *
     * @param proxy a proxy of this model
     * @return the factor, to 34 significant digits
     */
    public BigDecimal proxyIndexFactor(FinancialProxy proxy) {
        Integer from = proxy.priceYear();
        if (priceIndex == null || from == null || from.equals(priceYear)) {
            return BigDecimal.ONE;
        }
        return priceIndex.decimalFactor(from, priceYear);
    }

    /**
     * The proxy's value in the model's prices: its value times {@link #proxyIndexFactor}, the value itself when it is
     * not indexed. For a valid model only.
     *
     * @param proxy a proxy of this model
     * @return the value the calculation uses
     */
    public BigDecimal proxyValueUsed(FinancialProxy proxy) {
        return proxyValueUsed(proxy, proxyIndexFactor(proxy));
    }

    /**
     * {@link #proxyValueUsed(FinancialProxy)} with the proxy's {@link #proxyIndexFactor} already at hand (the
     * kernel computes each price year's factor once).
     *
     * @param proxy  a proxy of this model
     * @param factor its {@link #proxyIndexFactor}
     * @return the value the calculation uses
     */
    public BigDecimal proxyValueUsed(FinancialProxy proxy, BigDecimal factor) {
        return factor.compareTo(BigDecimal.ONE) == 0 ? proxy.value()
                : proxy.value().multiply(factor, MathContext.DECIMAL128);
    }

    /**
     * The model's last period: the last with inputs, or with value of an outcome at its duration (a partial last
     * year included) up to the horizon; at least 1. The result has this many periods.
     *
     * @return the last period
     */
    public int lastPeriod() {
        int last = inputs.stream().mapToInt(in -> in.amounts().size()).max().orElse(1);
        for (Outcome o : outcomes) {
            int lastValue = Outcome.lastValuePeriod(o.quantity().size(), o.startOffset(),
                    Outcome.yearsWithValue(o.duration().doubleValue()));
            last = Math.max(last, horizonYears == null ? lastValue : Math.min(horizonYears, lastValue));
        }
        return Math.max(1, last);
    }

    /**
     * A builder with only {@code format} set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this model, to change some of it.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.format = format;
        b.id = id;
        b.title = title;
        b.description = description;
        b.kind = kind;
        b.currency = currency;
        b.priceYear = priceYear;
        b.firstYear = firstYear;
        b.horizonYears = horizonYears;
        b.discounting = discounting;
        b.stakeholders = stakeholders;
        b.inputs = inputs;
        b.outcomes = outcomes;
        b.ranges = ranges;
        b.priceIndex = priceIndex;
        b.basedOn = basedOn;
        b.partYear = partYear;
        b.published = published;
        b.portfolio = portfolio;
        return b;
    }

    /** Builds a model in code; {@code format} is preset, unset required fields are reported by validation. */
    public static final class Builder {
        private String format = FORMAT;
        private String id;
        private String title;
        private String description;
        private Kind kind;
        private String currency;
        private Integer priceYear;
        private Integer firstYear;
        private Integer horizonYears;
        private Discounting discounting;
        private List<Stakeholder> stakeholders;
        private List<Input> inputs;
        private List<Outcome> outcomes;
        private ModelRanges ranges;
        private PriceIndex priceIndex;
        private BasedOn basedOn;
        private PartYear partYear;
        private Published published;
        private PortfolioSection portfolio;

        private Builder() {
        }

        /**
         * Sets the format the document claims; a model built in code gets {@value SroiModel#FORMAT} unless this says otherwise.
         *
         * @param format the format, {@value SroiModel#FORMAT} for a valid model
         * @return this builder
         */
        public Builder format(String format) {
            this.format = format;
            return this;
        }

        /**
         * Sets the model's id, by which the service, the store and a portfolio name it.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the title that reports, workbooks and catalogues show.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets a free description of the analysis.
         *
         * @param description the text, or {@code null} for none
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets whether the analysis forecasts value to come or evaluates value that was made.
         *
         * @param kind forecast or evaluation
         * @return this builder
         */
        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the currency of every amount; the result is rounded to its minor unit.
         *
         * @param currency the ISO 4217 code, such as {@code EUR}
         * @return this builder
         */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /**
         * Sets the year whose price level every amount is in; with a price index, proxies in other years' prices are indexed to it.
         *
         * @param priceYear the year, or {@code null} when not stated
         * @return this builder
         */
        public Builder priceYear(Integer priceYear) {
            this.priceYear = priceYear;
            return this;
        }

        /**
         * Sets the calendar year of period 1, a label for the periods only.
         *
         * @param firstYear the year, or {@code null} to number the periods
         * @return this builder
         */
        public Builder firstYear(Integer firstYear) {
            this.firstYear = firstYear;
            return this;
        }

        /**
         * Sets the last period whose value counts; inputs count in full regardless.
         *
         * @param horizonYears the number of periods, or {@code null} for no horizon
         * @return this builder
         */
        public Builder horizonYears(Integer horizonYears) {
            this.horizonYears = horizonYears;
            return this;
        }

        /**
         * Sets the discount rate and its conventions (first period discounted or not, inputs discounted or not).
         *
         * @param discounting the discounting
         * @return this builder
         */
        public Builder discounting(Discounting discounting) {
            this.discounting = discounting;
            return this;
        }

        /**
         * Sets the parties that invest, experience outcomes or receive their value.
         *
         * @param stakeholders the stakeholders, each id once
         * @return this builder
         */
        public Builder stakeholders(List<Stakeholder> stakeholders) {
            this.stakeholders = stakeholders;
            return this;
        }

        /**
         * Sets the parties that invest, experience outcomes or receive their value.
         *
         * @param stakeholders the stakeholders, each id once
         * @return this builder
         */
        public Builder stakeholders(Stakeholder... stakeholders) {
            return stakeholders(List.of(stakeholders));
        }

        /**
         * Sets what the stakeholders invest, per period.
         *
         * @param inputs the inputs
         * @return this builder
         */
        public Builder inputs(List<Input> inputs) {
            this.inputs = inputs;
            return this;
        }

        /**
         * Sets what the stakeholders invest, per period.
         *
         * @param inputs the inputs
         * @return this builder
         */
        public Builder inputs(Input... inputs) {
            return inputs(List.of(inputs));
        }

        /**
         * Sets the changes the analysis values.
         *
         * @param outcomes the outcomes, each id once
         * @return this builder
         */
        public Builder outcomes(List<Outcome> outcomes) {
            this.outcomes = outcomes;
            return this;
        }

        /**
         * Sets the changes the analysis values.
         *
         * @param outcomes the outcomes, each id once
         * @return this builder
         */
        public Builder outcomes(Outcome... outcomes) {
            return outcomes(List.of(outcomes));
        }

        /**
         * Sets the ranges of the model-wide estimates (the discount rate and the inputs), for the sensitivity analysis and the simulation.
         *
         * @param ranges the ranges, or {@code null} for none
         * @return this builder
         */
        public Builder ranges(ModelRanges ranges) {
            this.ranges = ranges;
            return this;
        }

        /**
         * Names the price index that brings proxies to the model's price year ({@code null}: none).
         *
         * @param priceIndex the index, e.g. {@link PriceIndex#cbsCpi()}
         * @return this builder
         */
        public Builder priceIndex(PriceIndex priceIndex) {
            this.priceIndex = priceIndex;
            return this;
        }

        /**
         * Names the adopted forecast an evaluation checks ({@code null}: none).
         *
         * @param basedOn the forecast's analysis and version
         * @return this builder
         */
        public Builder basedOn(BasedOn basedOn) {
            this.basedOn = basedOn;
            return this;
        }

        /**
         * Says where the analysis belongs in a programme ({@code null}: nowhere in particular).
         *
         * @param portfolio the section
         * @return this builder
         */
        public Builder portfolio(PortfolioSection portfolio) {
            this.portfolio = portfolio;
            return this;
        }

        /**
         * Sets how a fractional duration's last year counts ({@code null}: pro rata).
         *
         * @param partYear the convention
         * @return this builder
         */
        public Builder partYear(PartYear partYear) {
            this.partYear = partYear;
            return this;
        }

        /**
         * Sets what the publication states ({@code null}: nothing).
         *
         * @param published the published figures
         * @return this builder
         */
        public Builder published(Published published) {
            this.published = published;
            return this;
        }

        /**
         * The model as set.
         *
         * @return the model
         */
        public SroiModel build() {
            return new SroiModel(format, id, title, description, kind, currency, priceYear, firstYear, horizonYears,
                    discounting, stakeholders, inputs, outcomes, ranges, priceIndex, basedOn, partYear,
                    published, portfolio);
        }
    }
}
