package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.ModelRanges;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.text.Message;

/**
 * One estimate of one model: which kind, of which outcome ({@code -1} for the model-wide rate and inputs), its
 * JSON Pointer, its point value and its range.
 *
 * @param estimate which estimate
 * @param outcome  the outcome's index in the model, or {@code -1} for the rate and the inputs
 * @param filter   for {@link Estimate#OTHER_FILTER} the filter's index in the outcome's {@code otherFilters}, else -1
 */
public record EstimateRef(Estimate estimate, int outcome, int filter) {

    /**
     * An estimate that is not an other filter.
     *
     * @param estimate which estimate
     * @param outcome  the outcome's index, or -1 for the rate and the inputs
     */
    public EstimateRef(Estimate estimate, int outcome) {
        this(estimate, outcome, -1);
    }

    /**
     * Every estimate of the model in the order of the format: per outcome, then the rate, then the inputs. An
     * {@code alreadyNet} outcome has no deadweight, displacement or attribution to vary (they are 0 by definition).
     *
     * @param model the model
     * @return every estimate
     */
    public static List<EstimateRef> all(SroiModel model) {
        List<EstimateRef> all = new ArrayList<>();
        for (int i = 0; i < model.outcomes().size(); i++) {
            boolean net = model.outcomes().get(i).alreadyNet();
            for (Estimate e : List.of(Estimate.DEADWEIGHT, Estimate.DISPLACEMENT, Estimate.ATTRIBUTION,
                    Estimate.DROP_OFF, Estimate.PROXY, Estimate.QUANTITY, Estimate.DURATION)) {
                if (!net || !e.adjustsForCounterfactual()) {
                    all.add(new EstimateRef(e, i));
                }
            }
            for (int j = 0; j < model.outcomes().get(i).filters().size(); j++) {
                all.add(new EstimateRef(Estimate.OTHER_FILTER, i, j));
            }
        }
        all.add(new EstimateRef(Estimate.RATE, -1));
        all.add(new EstimateRef(Estimate.INPUTS, -1));
        return all;
    }

    /**
     * The estimates that carry a range, in the same order, each with its range.
     *
     * @param model the model
     * @return the ranged estimates
     */
    public static List<Ranged> ranged(SroiModel model) {
        List<Ranged> ranged = new ArrayList<>();
        for (EstimateRef ref : all(model)) {
            EstimateRange range = ref.range(model);
            if (range != null) {
                ranged.add(new Ranged(ref, range));
            }
        }
        return ranged;
    }

    /** An estimate with its range. */
    public record Ranged(EstimateRef ref, EstimateRange range) {
    }

    /**
     * The JSON Pointer of the value the estimate changes.
     *
     * @return the pointer, for example {@code /outcomes/0/proxy/value}
     */
    public String pointer() {
        return switch (estimate) {
            case RATE -> "/discounting/rate";
            case INPUTS -> "/inputs";
            case PROXY -> "/outcomes/" + outcome + "/proxy/value";
            case OTHER_FILTER -> "/outcomes/" + outcome + "/otherFilters/" + filter + "/share";
            default -> "/outcomes/" + outcome + "/" + estimate.key();
        };
    }

    /**
     * The estimate as a person names it: "deadweight of Korter in de bijstand" ("deadweight van …" in Dutch), the
     * outcome by its description; the rate and the inputs by their names alone.
     *
     * @param model the model the estimate belongs to
     * @return the label
     */
    public Message label(SroiModel model) {
        if (outcome < 0) {
            return estimate.label();
        }
        Outcome o = model.outcomes().get(outcome);
        Message label = Message.of("label.ofOutcome", estimate.label(), o.description());
        return estimate == Estimate.OTHER_FILTER
                ? Message.of("label.otherFilter", o.filters().get(filter).name(), o.description()) : label;
    }

    /**
     * The outcome the estimate belongs to.
     *
     * @param model the model
     * @return the outcome, or {@code null} for the rate and the inputs
     */
    public Outcome outcomeOf(SroiModel model) {
        return outcome < 0 ? null : model.outcomes().get(outcome);
    }

    /**
     * The stakeholder who experiences the outcome the estimate belongs to.
     *
     * @param model the model
     * @return the stakeholder, or {@code null} for the rate and the inputs
     */
    public Stakeholder stakeholderOf(SroiModel model) {
        Outcome o = outcomeOf(model);
        return o == null ? null : model.stakeholders().stream().filter(s -> s.id().equals(o.stakeholder())).findFirst()
                .orElse(null);
    }

    /**
     * The value in the model as the calculation uses it: as entered, a proxy in the model's prices (indexed when
     * the model has a price index), 1 for the quantity and inputs multipliers.
     *
     * @param model the model
     * @return the point value
     */
    public double pointValue(SroiModel model) {
        if (estimate == Estimate.RATE) {
            return model.discounting().rate().doubleValue();
        }
        if (estimate == Estimate.INPUTS || estimate == Estimate.QUANTITY) {
            return 1;
        }
        Outcome o = model.outcomes().get(outcome);
        BigDecimal value = switch (estimate) {
            case PROXY -> model.proxyValueUsed(o.proxy());
            case DURATION -> o.duration();
            case DEADWEIGHT -> o.deadweight();
            case DISPLACEMENT -> o.displacement();
            case ATTRIBUTION -> o.attribution();
            case DROP_OFF -> o.dropOff();
            case OTHER_FILTER -> o.filters().get(filter).share();
            default -> throw new IllegalStateException(estimate.name());
        };
        return value.doubleValue();
    }

    /**
     * The estimate's range in the model, or {@code null}.
     *
     * @param model the model
     * @return the range, or {@code null} when the estimate is not ranged
     */
    public EstimateRange range(SroiModel model) {
        if (outcome < 0) {
            ModelRanges r = model.ranges();
            return r == null ? null : estimate == Estimate.RATE ? r.rate() : r.inputs();
        }
        OutcomeRanges r = model.outcomes().get(outcome).ranges();
        if (r == null) {
            return null;
        }
        return switch (estimate) {
            case QUANTITY -> r.quantity();
            case PROXY -> r.proxy();
            case DURATION -> r.duration();
            case DEADWEIGHT -> r.deadweight();
            case DISPLACEMENT -> r.displacement();
            case ATTRIBUTION -> r.attribution();
            case DROP_OFF -> r.dropOff();
            default -> null;
        };
    }

    /**
     * Whether the present value is linear in this estimate (so its switching value has a closed form).
     *
     * @return true for proxy, quantity, deadweight, displacement, attribution, other filters and inputs
     */
    public boolean linear() {
        return switch (estimate) {
            case PROXY, QUANTITY, DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, INPUTS, OTHER_FILTER -> true;
            default -> false;
        };
    }
}
