package nl.sroi.core.rules;

import java.math.BigDecimal;
import java.util.List;

import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.Published;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.ProblemCode;

/**
 * The rules of section 12 of the format (published analyses as printed), each reported at its pointer: other
 * filters (names non-empty, shares in [0, 1], not on an {@code alreadyNet} outcome), an outcome's own rate and the
 * discount schedule (rates 0 ≤ r &lt; 1, {@code fromYear} whole, ≥ 2 and increasing), the start offset (0–49) and
 * the published figures (numbers within the magnitude limit, a non-empty source, a tolerance ≥ 0).
 */
final class PrintedRules {

    /** The latest start: 49 periods after the cohort reaches the outcome. */
    static final int MAX_START_OFFSET = 49;
    /** Year 1 of discounting always has {@code discounting.rate}. */
    static final int FIRST_SCHEDULED_YEAR = 2;

    private final Checks checks;

    PrintedRules(Checks checks) {
        this.checks = checks;
    }

    void startOffset(Outcome o, String p) {
        if (o.startOffset() < 0 || o.startOffset() > MAX_START_OFFSET) {
            checks.add(p, "startOffset", ProblemCode.OUT_OF_RANGE, Message.of("outOfRange.startOffset",
                    o.startOffset()));
        }
    }

    /** An outcome's other filters, own rate and published present value. */
    void outcome(Outcome o, String p, String name) {
        if (o.otherFilters() != null) {
            otherFilters(o, p, name);
        }
        if (o.discountRate() != null) {
            checks.estimate(o.discountRate(), p, "discountRate", Estimate.RATE, "discountRate");
        }
        if (o.published() != null) {
            published(o.published(), p);
        }
    }

    private void otherFilters(Outcome o, String p, String name) {
        List<OtherFilter> filters = o.otherFilters();
        if (o.alreadyNet() && !filters.isEmpty()) {
            checks.add(p, "otherFilters", ProblemCode.CONFLICTS_WITH_ALREADY_NET,
                    Message.of("alreadyNet.otherFilters", name));
            return;
        }
        String fp = p + "/otherFilters";
        for (int j = 0; j < filters.size(); j++) {
            OtherFilter f = filters.get(j);
            if (!checks.required(f, fp, j, "otherFilter")) {
                continue;
            }
            String at = Pointer.child(fp, j);
            checks.text(f.name(), at, "name", "otherFilter.name");
            checks.estimate(f.share(), at, "share", Estimate.DEADWEIGHT, "share");
        }
    }

    /** A schedule's steps: whole years from 2 on, increasing; rates like the model's. */
    void schedule(Discounting d) {
        List<RateStep> steps = d.schedule();
        if (steps == null) {
            return;
        }
        String sp = "/discounting/schedule";
        Integer previous = null;
        for (int j = 0; j < steps.size(); j++) {
            RateStep s = steps.get(j);
            if (!checks.required(s, sp, j, "rateStep")) {
                continue;
            }
            String at = Pointer.child(sp, j);
            Integer from = s.fromYear();
            if (checks.required(from, at, "fromYear", "fromYear")) {
                if (from < FIRST_SCHEDULED_YEAR) {
                    checks.add(at, "fromYear", ProblemCode.OUT_OF_RANGE, Message.of("schedule.fromYear", from));
                } else if (previous != null && from <= previous) {
                    checks.add(at, "fromYear", ProblemCode.SCHEDULE_OUT_OF_ORDER,
                            Message.of("schedule.order", previous, from));
                }
                previous = previous == null ? from : Math.max(previous, from);
            }
            checks.estimate(s.rate(), at, "rate", Estimate.RATE, "rate");
        }
    }

    /** Published figures: numbers of the usual magnitude, a source with text, a tolerance of at least 0. */
    void published(Published pub, String parent) {
        String p = parent + "/published";
        magnitude(pub.ratio(), p, "ratio");
        magnitude(pub.presentValue(), p, "presentValue");
        magnitude(pub.inputsValue(), p, "inputsValue");
        if (pub.source() != null) {
            checks.text(pub.source(), p, "source", "published.source");
        }
        BigDecimal t = pub.tolerance();
        if (t != null && t.signum() < 0) {
            checks.add(p, "tolerance", ProblemCode.OUT_OF_RANGE, Message.of("published.tolerance", t));
        } else if (t != null) {
            checks.magnitude(t, p, "tolerance", "published.tolerance");
        }
    }

    private void magnitude(BigDecimal value, String p, String field) {
        if (value != null) {
            checks.magnitude(value, p, field, "published." + field);
        }
    }
}
