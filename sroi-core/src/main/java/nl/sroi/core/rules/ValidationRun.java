package nl.sroi.core.rules;


import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.ModelRanges;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.ProblemCode;

/**
 * One validation: the rules of the model's own fields, its price index, discounting, stakeholders, inputs and
 * ranges; the outcomes' rules are {@link OutcomeRules}'.
 */
final class ValidationRun extends OutcomeRules {

    ValidationRun(ModelLimits limits) {
        super(limits);
    }

    void model(SroiModel m) {
        model = m;
        if (required(m.format(), "", "format", "format") && !SroiModel.FORMAT.equals(m.format())) {
            add("", "format", ProblemCode.UNSUPPORTED_FORMAT,
                    Message.of("format.unsupported", SroiModel.FORMAT, m.format()));
        }
        id(m.id(), "", "id");
        text(m.title(), "", "title", "title");
        optionalText(m.description(), "", "description");
        required(m.kind(), "", "kind", "kind");
        if (m.basedOn() != null) {
            basedOn(m);
        }
        currency(m.currency());
        year(m.priceYear(), "", "priceYear");
        year(m.firstYear(), "", "firstYear");
        if (m.horizonYears() != null && m.horizonYears() < 1) {
            add("", "horizonYears", ProblemCode.OUT_OF_RANGE,
                    Message.of("outOfRange.interval", "horizonYears", Message.of("interval.atLeast", 1),
                            m.horizonYears()));
        }
        if (m.priceIndex() != null) {
            priceIndex(m.priceIndex(), m.priceYear());
        }
        discounting(m.discounting());
        stakeholders(m.stakeholders());
        inputs(m.inputs());
        outcomes(m.outcomes());
        if (m.ranges() != null) {
            modelRanges(m.ranges(), m.discounting());
        }
        if (m.portfolio() != null) {
            problems.addAll(PortfolioRules.problems(m.portfolio()));
        }
        if (m.published() != null) {
            printed.published(m.published(), "");
        }
    }

    /** {@code basedOn}: only on an evaluation; the id of an analysis and a version from 1. */
    private void basedOn(SroiModel m) {
        if (m.kind() == Kind.FORECAST) {
            add("", "basedOn", ProblemCode.NOT_APPLICABLE, Message.of("basedOn.forecast"));
        }
        id(m.basedOn().analysis(), "/basedOn", "analysis");
        Integer version = m.basedOn().version();
        if (required(version, "/basedOn", "version", "basedOn.version") && version < 1) {
            add("/basedOn", "version", ProblemCode.OUT_OF_RANGE, Message.of("outOfRange.interval",
                    "basedOn.version", Message.of("interval.atLeast", 1), version));
        }
    }

    /**
     * Section 11.3: an index needs the model's price year, a name, a source and at least one level, every level
     * greater than 0; the model's price year must be one the index holds.
     */
    private void priceIndex(PriceIndex pi, Integer priceYear) {
        String p = "/priceIndex";
        int before = problems.size();
        text(pi.name(), p, "name", "priceIndex.name");
        text(pi.source(), p, "source", "priceIndex.source");
        if (pi.levels().isEmpty()) {
            add(p, "values", ProblemCode.EMPTY, Message.of("empty.list", "priceIndex.values"));
        }
        String vp = p + "/values";
        pi.levels().forEach((year, level) -> {
            String key = Integer.toString(year);
            if (year < 1 || year > 9999) {
                add(vp, key, ProblemCode.OUT_OF_RANGE, Message.of("outOfRange.year", "priceIndex.values", year));
            } else if (level == null) {
                add(vp, key, ProblemCode.REQUIRED, Message.of("required", "priceIndex.values." + year));
            } else if (level.signum() <= 0) {
                add(vp, key, ProblemCode.OUT_OF_RANGE, Message.of("priceIndex.level", year, level));
            } else {
                magnitude(level, vp, key, "priceIndex.values." + year);
            }
        });
        boolean usable = problems.size() == before;
        if (priceYear == null) {
            add("", "priceYear", ProblemCode.REQUIRED, Message.of("priceIndex.priceYearRequired"));
        } else if (usable && !pi.covers(priceYear)) {
            add("", "priceYear", ProblemCode.PRICE_YEAR_NOT_IN_INDEX, notInIndex(pi, "priceYear", priceYear));
        }
        index = usable && priceYear != null && pi.covers(priceYear) ? pi : null;
    }

    private void discounting(Discounting d) {
        if (required(d, "", "discounting", "discounting")) {
            estimate(d.rate(), "/discounting", "rate", Estimate.RATE, "rate");
            printed.schedule(d);
        }
    }

    private void stakeholders(List<Stakeholder> list) {
        if (!list(list, "", "stakeholders", "stakeholder", limits.stakeholders())) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Stakeholder s = list.get(i);
            if (required(s, "/stakeholders", i, "stakeholder")) {
                String p = Pointer.child("/stakeholders", i);
                if (id(s.id(), p, "id") && !stakeholderIds.add(s.id())) {
                    duplicate(p, "stakeholder", s.id());
                }
                text(s.name(), p, "name", "name");
                optionalText(s.description(), p, "description");
            }
        }
    }

    private void inputs(List<Input> list) {
        if (!list(list, "", "inputs", "input", limits.inputs())) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Input in = list.get(i);
            if (!required(in, "/inputs", i, "input")) {
                continue;
            }
            String p = Pointer.child("/inputs", i);
            if (text(in.id(), p, "id", "id") && !ids.add(in.id())) {
                duplicate(p, "input", in.id());
            }
            stakeholderRef(in.stakeholder(), p, "stakeholder");
            text(in.description(), p, "description", "description");
            perPeriod(in.amounts(), p, "amounts", "amount");
            if (in.source() != null) {
                text(in.source(), p, "source", "source");
            }
        }
    }

    private void modelRanges(ModelRanges r, Discounting d) {
        range(r.rate(), "/ranges", Estimate.RATE, d == null ? null : d.rate());
        range(r.inputs(), "/ranges", Estimate.INPUTS, BigDecimal.ONE);
    }
}
