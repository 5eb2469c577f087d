package nl.sroi.core.rules;

import static nl.sroi.core.rules.ModelValidator.CURRENCIES;
import static nl.sroi.core.rules.ModelValidator.HUNDRED;
import static nl.sroi.core.rules.ModelValidator.MAX_MAGNITUDE;
import static nl.sroi.core.rules.ModelValidator.TWO;
import static nl.sroi.core.rules.ModelValidator.isId;
import static nl.sroi.core.rules.ModelValidator.listed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;

/**
 * The state of one validation and the checks every part of the document uses. Checks take the parent's pointer
 * and the field's name, and build the field's pointer only when they report a problem: a valid model, the common
 * case, allocates no pointer strings.
 */
abstract class FieldChecks implements Checks {
    final List<Problem> problems = new ArrayList<>();
    final PrintedRules printed = new PrintedRules(this);
    final Set<String> stakeholderIds = new java.util.LinkedHashSet<>();
    /** The model's price index when it has one without problems, so proxies' price years can be checked. */
    PriceIndex index;
    SroiModel model;
    final ModelLimits limits;

    FieldChecks(ModelLimits limits) {
        this.limits = limits;
    }

    Message notInIndex(PriceIndex pi, String field, int year) {
        boolean gaps = pi.levels().size() != pi.levels().lastKey() - pi.levels().firstKey() + 1;
        return Message.of(gaps ? "priceYearNotInIndex.gaps" : "priceYearNotInIndex", field, year, pi.name(),
                pi.levels().firstKey(), pi.levels().lastKey());
    }

    /** A range must lie in the estimate's valid interval and hold the point value (when that is known). */
    void range(EstimateRange range, String rangesPointer, Estimate estimate, BigDecimal point) {
        if (range == null) {
            return;
        }
        String p = Pointer.child(rangesPointer, estimate.key());
        String name = "ranges." + estimate.key();
        boolean low = estimate(range.low(), p, "low", estimate, name + ".low");
        boolean high = estimate(range.high(), p, "high", estimate, name + ".high");
        if (point == null || (estimate != Estimate.DURATION && !estimate.contains(point))) {
            return; // the point value's own problem is reported where it stands
        }
        if (low && range.low().compareTo(point) > 0) {
            add(p, "low", ProblemCode.RANGE_EXCLUDES_VALUE,
                    Message.of("rangeExcludesValue.low", name + ".low", point, range.low()));
        }
        if (high && range.high().compareTo(point) < 0) {
            add(p, "high", ProblemCode.RANGE_EXCLUDES_VALUE,
                    Message.of("rangeExcludesValue.high", name + ".high", point, range.high()));
        }
    }

    /** Checks a required estimate against its interval; true when present and valid. */
    @Override
    public boolean estimate(BigDecimal value, String parent, String field, Estimate estimate, String name) {
        if (!required(value, parent, field, name)) {
            return false;
        }
        if (estimate.whole() && value.stripTrailingZeros().scale() > 0) {
            add(parent, field, ProblemCode.NOT_WHOLE, Message.of("notWhole.years", name, value));
            return false;
        }
        if (!estimate.contains(value)) {
            add(parent, field, ProblemCode.OUT_OF_RANGE, outOfRange(name, estimate, value));
            return false;
        }
        return magnitude(value, parent, field, name);
    }

    void perPeriod(List<BigDecimal> values, String parent, String field, String element) {
        if (!list(values, parent, field, element, limits.periods())) {
            return;
        }
        String p = parent + "/" + field;
        for (int t = 0; t < values.size(); t++) {
            BigDecimal v = values.get(t);
            if (required(v, p, t, element) && magnitude(v, p, t, element) && v.signum() < 0) {
                add(Pointer.child(p, t), ProblemCode.OUT_OF_RANGE,
                        Message.of("outOfRange.interval", field, Message.of("interval.atLeast", 0), v));
            }
        }
    }

    @Override
    public boolean magnitude(BigDecimal value, String parent, Object key, String name) {
        if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
            add(parent, key, ProblemCode.LIMIT_EXCEEDED,
                    Message.of("limitExceeded.magnitude", name, MAX_MAGNITUDE, value));
            return false;
        }
        return true;
    }

    boolean list(List<?> list, String parent, String field, String element, int limit) {
        if (!required(list, parent, field, field)) {
            return false;
        }
        if (list.isEmpty()) {
            add(parent, field, ProblemCode.EMPTY, Message.of("empty.list", field));
            return false;
        }
        if (list.size() > limit) {
            add(parent, field, ProblemCode.LIMIT_EXCEEDED,
                    Message.of("limitExceeded.entries", field, limit, list.size()));
            return false;
        }
        return true;
    }

    boolean stakeholderRef(String id, String parent, String field) {
        if (!text(id, parent, field, "stakeholder")) {
            return false;
        }
        if (!stakeholderIds.contains(id)) {
            add(parent, field, ProblemCode.UNKNOWN_STAKEHOLDER, unknownStakeholder(id));
            return false;
        }
        return true;
    }

    boolean id(String id, String parent, String field) {
        if (!required(id, parent, field, "id")) {
            return false;
        }
        if (!isId(id)) {
            add(parent, field, ProblemCode.INVALID_ID, invalidId(id));
            return false;
        }
        return true;
    }

    void duplicate(String parent, String what, String id) {
        add(parent, "id", ProblemCode.DUPLICATE_ID, Message.of("duplicate." + what, id));
    }

    void currency(String code) {
        if (required(code, "", "currency", "currency") && !CURRENCIES.contains(code)) {
            add("", "currency", ProblemCode.UNKNOWN_CURRENCY, unknownCurrency(code));
        }
    }

    /** True when the year is present and valid. */
    boolean year(Integer year, String parent, String field) {
        if (year != null && (year < 1 || year > 9999)) {
            add(parent, field, ProblemCode.OUT_OF_RANGE, Message.of("outOfRange.year", field, year));
            return false;
        }
        return year != null;
    }

    @Override
    public boolean text(String value, String parent, String field, String name) {
        if (!required(value, parent, field, name)) {
            return false;
        }
        if (value.isBlank()) {
            add(parent, field, ProblemCode.EMPTY, Message.of("empty.text", name));
            return false;
        }
        return length(value, parent, field, name);
    }

    void optionalText(String value, String parent, String field) {
        if (value != null) {
            length(value, parent, field, field);
        }
    }

    /** Every route takes the same texts: the workbook's cells hold at most {@link ModelLimits#MAX_TEXT_LENGTH}. */
    boolean length(String value, String parent, String field, String name) {
        if (value.length() > ModelLimits.MAX_TEXT_LENGTH) {
            add(parent, field, ProblemCode.LIMIT_EXCEEDED,
                    Message.of("limitExceeded.length", name, ModelLimits.MAX_TEXT_LENGTH, value.length()));
            return false;
        }
        return true;
    }

    /** {@code key} is a field name or a list index. */
    @Override
    public boolean required(Object value, String parent, Object key, String name) {
        if (value == null) {
            add(parent, key, ProblemCode.REQUIRED, Message.of("required", name));
            return false;
        }
        return true;
    }

    /**
     * A value outside its estimate's interval; for a share or the rate written as a percentage (20 for 0.2),
     * the message says so.
     */
    Message outOfRange(String name, Estimate estimate, BigDecimal value) {
        // 20 for a deadweight of 0.2, 3.5 for a rate of 0.035; 1.3 for a share is more likely a slip than 1.3 %
        boolean fraction = estimate.lower() == 0 && estimate.upper() == 1 && !estimate.whole();
        boolean percentage = estimate.upperExclusive() ? value.compareTo(BigDecimal.ONE) >= 0
                : value.compareTo(TWO) >= 0 || value.stripTrailingZeros().scale() <= 0;
        if (fraction && percentage && value.compareTo(HUNDRED) <= 0) {
            return Message.of("outOfRange.percentage", name, estimate.interval(), value,
                    value.movePointLeft(2).stripTrailingZeros());
        }
        return Message.of("outOfRange.interval", name, estimate.interval(), value);
    }

    Message unknownStakeholder(String id) {
        List<String> known = List.copyOf(stakeholderIds);
        return Nearest.of(id, known)
                .map(near -> Message.of("unknownStakeholder.nearest", id, near, listed(known)))
                .orElseGet(() -> Message.of("unknownStakeholder", id, listed(known)));
    }

    Message invalidId(String id) {
        return ModelValidator.invalidId(id);
    }

    Message unknownCurrency(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        String meant = CURRENCIES.contains(upper) ? upper
                : upper.length() > 3 && CURRENCIES.contains(upper.substring(0, 3)) ? upper.substring(0, 3) : null;
        return meant == null ? Message.of("unknownCurrency", code) : Message.of("unknownCurrency.nearest", code, meant);
    }

    @Override
    public void add(String parent, Object key, ProblemCode code, Message message) {
        add(key instanceof Integer i ? Pointer.child(parent, i) : Pointer.child(parent, (String) key), code,
                message);
    }

    void add(String pointer, ProblemCode code, Message message) {
        problems.add(Problem.of(pointer, code, message));
    }
}
