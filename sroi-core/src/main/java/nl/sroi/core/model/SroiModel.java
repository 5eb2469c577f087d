package nl.sroi.core.model;

import java.util.List;

/**
 * One analysis (a Maatschappelijke Impact Analyse) as entered: the {@code sroi-model/1} document.
 *
 * <p>{@code horizonYears}, when set, stops value from counting after that period; inputs always count in full.
 * {@code priceYear} and {@code firstYear} are labels only. Build one in code with {@link #builder()}, or read one
 * with {@link nl.sroi.core.json.ModelJson}; check it with {@link nl.sroi.core.validation.ModelValidator}.
 */
public record SroiModel(String format, String id, String title, String description, Kind kind, String currency,
                        Integer priceYear, Integer firstYear, Integer horizonYears, Discounting discounting,
                        List<Stakeholder> stakeholders, List<Input> inputs, List<Outcome> outcomes,
                        ModelRanges ranges) {

    /** The one format this version reads and writes. */
    public static final String FORMAT = "sroi-model/1";

    public SroiModel {
        stakeholders = Lists.copy(stakeholders);
        inputs = Lists.copy(inputs);
        outcomes = Lists.copy(outcomes);
    }

    public static Builder builder() {
        return new Builder();
    }

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

        private Builder() {
        }

        public Builder format(String format) {
            this.format = format;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder priceYear(Integer priceYear) {
            this.priceYear = priceYear;
            return this;
        }

        public Builder firstYear(Integer firstYear) {
            this.firstYear = firstYear;
            return this;
        }

        public Builder horizonYears(Integer horizonYears) {
            this.horizonYears = horizonYears;
            return this;
        }

        public Builder discounting(Discounting discounting) {
            this.discounting = discounting;
            return this;
        }

        public Builder stakeholders(List<Stakeholder> stakeholders) {
            this.stakeholders = stakeholders;
            return this;
        }

        public Builder stakeholders(Stakeholder... stakeholders) {
            return stakeholders(List.of(stakeholders));
        }

        public Builder inputs(List<Input> inputs) {
            this.inputs = inputs;
            return this;
        }

        public Builder inputs(Input... inputs) {
            return inputs(List.of(inputs));
        }

        public Builder outcomes(List<Outcome> outcomes) {
            this.outcomes = outcomes;
            return this;
        }

        public Builder outcomes(Outcome... outcomes) {
            return outcomes(List.of(outcomes));
        }

        public Builder ranges(ModelRanges ranges) {
            this.ranges = ranges;
            return this;
        }

        public SroiModel build() {
            return new SroiModel(format, id, title, description, kind, currency, priceYear, firstYear, horizonYears,
                    discounting, stakeholders, inputs, outcomes, ranges);
        }
    }
}
