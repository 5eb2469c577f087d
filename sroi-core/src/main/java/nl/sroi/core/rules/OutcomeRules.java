package nl.sroi.core.rules;

import static nl.sroi.core.rules.ModelValidator.HUNDRED;
import static nl.sroi.core.rules.ModelValidator.MAX_DURATION;
import static nl.sroi.core.rules.ModelValidator.SHARE_TOLERANCE;
import static nl.sroi.core.rules.ModelValidator.validDuration;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.ProblemCode;

/** The rules of the outcomes: value shares, proxies, durations, adjustments and their ranges. */
abstract class OutcomeRules extends FieldChecks {

    OutcomeRules(ModelLimits limits) {
        super(limits);
    }

    void outcomes(List<Outcome> list) {
        if (!list(list, "", "outcomes", "outcome", limits.outcomes())) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Outcome o = list.get(i);
            if (!required(o, "/outcomes", i, "outcome")) {
                continue;
            }
            String p = Pointer.child("/outcomes", i);
            if (text(o.id(), p, "id", "id") && !ids.add(o.id())) {
                duplicate(p, "outcome", o.id());
            }
            stakeholderRef(o.stakeholder(), p, "stakeholder");
            text(o.description(), p, "description", "description");
            text(o.indicator(), p, "indicator", "indicator");
            if (o.valueTo() != null) {
                valueTo(o.valueTo(), p);
            }
            perPeriod(o.quantity(), p, "quantity", "quantity");
            proxy(o.proxy(), p);
            duration(o.duration(), p);
            printed.startOffset(o, p);
            adjustment(o, o.deadweight(), p, Estimate.DEADWEIGHT);
            adjustment(o, o.displacement(), p, Estimate.DISPLACEMENT);
            adjustment(o, o.attribution(), p, Estimate.ATTRIBUTION);
            estimate(o.dropOff(), p, "dropOff", Estimate.DROP_OFF, "dropOff");
            printed.outcome(o, p, named(o, p));
            if (o.ranges() != null) {
                outcomeRanges(o.ranges(), o, p + "/ranges");
            }
        }
    }

    /** Section 11: 0 &lt; duration ≤ 50, a fraction counting the last year pro rata. */
    private void duration(BigDecimal duration, String p) {
        if (!required(duration, p, "duration", "duration")) {
            return;
        }
        if (!validDuration(duration)) {
            add(p, "duration", ProblemCode.OUT_OF_RANGE, Message.of("outOfRange.duration", MAX_DURATION,
                    duration));
        }
    }

    /**
     * Deadweight, displacement or attribution: a fraction in [0, 1]; on an {@code alreadyNet} outcome only 0,
     * since its quantity and proxy already exclude what it adjusts for.
     */
    private void adjustment(Outcome o, BigDecimal value, String p, Estimate estimate) {
        if (estimate(value, p, estimate.key(), estimate, estimate.key()) && o.alreadyNet()
                && value.signum() != 0) {
            add(p, estimate.key(), ProblemCode.CONFLICTS_WITH_ALREADY_NET,
                    Message.of("alreadyNet.adjusted", named(o, p), estimate.key(), value));
        }
    }

    /** An outcome's id, or its pointer when it has none (a problem of its own): a message cannot quote null. */
    private static String named(Outcome o, String pointer) {
        return o.id() != null ? o.id() : pointer;
    }

    private void valueTo(List<ValueShare> shares, String outcome) {
        if (shares.isEmpty()) {
            add(outcome, "valueTo", ProblemCode.EMPTY, Message.of("empty.valueTo"));
            return;
        }
        String p = outcome + "/valueTo";
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int j = 0; j < shares.size(); j++) {
            ValueShare v = shares.get(j);
            if (!required(v, p, j, "share")) {
                complete = false;
                continue;
            }
            String sp = Pointer.child(p, j);
            if (stakeholderRef(v.stakeholder(), sp, "stakeholder") && !seen.add(v.stakeholder())) {
                add(sp, "stakeholder", ProblemCode.DUPLICATE_ID,
                        Message.of("duplicate.valueTo", v.stakeholder()));
            }
            if (!required(v.share(), sp, "share", "share")) {
                complete = false;
            } else if (v.share().signum() <= 0) {
                add(sp, "share", ProblemCode.OUT_OF_RANGE, Message.of("outOfRange.share", v.share()));
                complete = false;
            } else {
                sum = sum.add(v.share());
            }
        }
        if (complete && sum.subtract(BigDecimal.ONE).abs().doubleValue() > SHARE_TOLERANCE) {
            add(outcome, "valueTo", ProblemCode.SHARES_DO_NOT_ADD_UP,
                    sum.compareTo(HUNDRED) == 0 ? Message.of("sharesDoNotAddUp.percent", sum)
                            : Message.of("sharesDoNotAddUp", sum));
        }
    }

    private void proxy(FinancialProxy proxy, String outcome) {
        if (!required(proxy, outcome, "proxy", "proxy")) {
            return;
        }
        String p = outcome + "/proxy";
        if (required(proxy.value(), p, "value", "proxy.value")) {
            magnitude(proxy.value(), p, "value", "proxy.value");
        }
        text(proxy.unit(), p, "unit", "unit");
        text(proxy.source(), p, "source", "source");
        if (year(proxy.priceYear(), p, "priceYear") && index != null && !index.covers(proxy.priceYear())) {
            add(p, "priceYear", ProblemCode.PRICE_YEAR_NOT_IN_INDEX,
                    notInIndex(index, "proxy.priceYear", proxy.priceYear()));
        }
        if (proxy.ref() != null) {
            text(proxy.ref(), p, "ref", "ref");
        }
    }

    /**
     * The proxy value the calculation uses, in the model's prices (ranges on a proxy are in them); {@code null}
     * when it cannot be known because of another problem.
     */
    private BigDecimal proxyUsed(FinancialProxy proxy) {
        if (proxy == null || proxy.value() == null) {
            return null;
        }
        Integer year = proxy.priceYear();
        if (model.priceIndex() == null || year == null || year.equals(model.priceYear())) {
            return proxy.value();
        }
        return index == null || !index.covers(year) ? null : model.proxyValueUsed(proxy);
    }

    private void outcomeRanges(OutcomeRanges r, Outcome o, String p) {
        range(r.quantity(), p, Estimate.QUANTITY, BigDecimal.ONE);
        // the proxy's value in the model's prices costs a division: only made for a range to hold it
        range(r.proxy(), p, Estimate.PROXY, r.proxy() == null ? null : proxyUsed(o.proxy()));
        range(r.duration(), p, Estimate.DURATION,
                o.duration() == null || !validDuration(o.duration()) ? null : o.duration());
        adjustmentRange(o, r.deadweight(), p, Estimate.DEADWEIGHT, o.deadweight());
        adjustmentRange(o, r.displacement(), p, Estimate.DISPLACEMENT, o.displacement());
        adjustmentRange(o, r.attribution(), p, Estimate.ATTRIBUTION, o.attribution());
        range(r.dropOff(), p, Estimate.DROP_OFF, o.dropOff());
    }

    private void adjustmentRange(Outcome o, EstimateRange range, String p, Estimate estimate, BigDecimal point) {
        if (range != null && o.alreadyNet()) {
            add(p, estimate.key(), ProblemCode.CONFLICTS_WITH_ALREADY_NET,
                    Message.of("alreadyNet.range", named(o, p.substring(0, p.lastIndexOf('/'))),
                            estimate.key()));
            return;
        }
        range(range, p, estimate, point);
    }

}
