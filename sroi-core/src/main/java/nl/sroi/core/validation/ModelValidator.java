package nl.sroi.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.ModelRanges;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;

/**
 * Checks a model against every rule of the {@code sroi-model/1} format and reports all problems at once, in
 * document order. Nothing is clamped or defaulted here: a model with any problem must not be calculated.
 *
 * <p>Decisions the format leaves open, taken here: ids of inputs and outcomes must be non-empty and unique (the id
 * pattern applies to the model and stakeholders only); a {@code valueTo} list may not name a stakeholder twice;
 * years are 1 to 9999; the currency must be an ISO 4217 currency with a minor unit (not XAU or XXX); amounts,
 * proxies and quantities are at most {@link ModelLimits#MAX_MAGNITUDE} in size, so that no result can overflow.
 */
public final class ModelValidator {

    /** Validates with {@link ModelLimits#DEFAULT}. */
    public static final ModelValidator DEFAULT = new ModelValidator(ModelLimits.DEFAULT);

    /** Shares of {@code valueTo} must add up to 1 within this tolerance. */
    public static final double SHARE_TOLERANCE = 1e-9;

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    /** ISO 4217 codes with a minor unit; the JDK builds a new set on every call of getAvailableCurrencies. */
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getDefaultFractionDigits() >= 0).map(Currency::getCurrencyCode)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final BigDecimal MAX_MAGNITUDE = BigDecimal.valueOf(ModelLimits.MAX_MAGNITUDE);
    /** The longest duration, in years. */
    private static final BigDecimal MAX_DURATION = BigDecimal.valueOf(50);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The most ids a message lists when it says which ones there are. */
    static final int MAX_LISTED_IDS = 20;

    private final ModelLimits limits;

    /**
     * A validator with these limits.
     *
     * @param limits the limits on the size of a model
     */
    public ModelValidator(ModelLimits limits) {
        this.limits = limits;
    }

    /**
     * The limits this validator applies.
     *
     * @return the limits
     */
    public ModelLimits limits() {
        return limits;
    }

    /**
     * The id rule of the format: 1 to 64 characters of {@code a-z}, {@code 0-9} and {@code -}.
     *
     * @param id the id, or {@code null}
     * @return true when it follows the rule
     */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * The duration rule of section 11 of the format: greater than 0 and at most 50 years.
     *
     * @param duration a duration in years
     * @return whether it is valid
     */
    public static boolean validDuration(BigDecimal duration) {
        return duration.signum() > 0 && duration.compareTo(MAX_DURATION) <= 0;
    }

    /**
     * Every problem of the model; empty when it is valid.
     *
     * @param model the model as entered
     * @return the problems in document order
     */
    public List<Problem> validate(SroiModel model) {
        Run run = new Run();
        run.model(model);
        return List.copyOf(run.problems);
    }

    /**
     * Validates the model, giving it back as a {@link ValidModel} when it has no problem.
     *
     * @param model the model as entered
     * @return the valid model, or every problem ({@link Validated.Failure#INVALID_MODEL})
     */
    public Validated<ValidModel> check(SroiModel model) {
        List<Problem> errors = validate(model);
        return errors.isEmpty() ? Validated.valid(new ValidModel(model))
                : Validated.invalid(Validated.Failure.INVALID_MODEL, errors);
    }

    /**
     * One validation. Checks take the parent's pointer and the field's name, and build the field's pointer only
     * when they report a problem: a valid model, the common case, allocates no pointer strings.
     */
    private final class Run implements Checks {
        private final List<Problem> problems = new ArrayList<>();
        private final PrintedRules printed = new PrintedRules(this);
        private final Set<String> stakeholderIds = new java.util.LinkedHashSet<>();
        /** The model's price index when it has one without problems, so proxies' price years can be checked. */
        private PriceIndex index;
        private SroiModel model;

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

        private Message notInIndex(PriceIndex pi, String field, int year) {
            boolean gaps = pi.levels().size() != pi.levels().lastKey() - pi.levels().firstKey() + 1;
            return Message.of(gaps ? "priceYearNotInIndex.gaps" : "priceYearNotInIndex", field, year, pi.name(),
                    pi.levels().firstKey(), pi.levels().lastKey());
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

        private void outcomes(List<Outcome> list) {
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

        private void modelRanges(ModelRanges r, Discounting d) {
            range(r.rate(), "/ranges", Estimate.RATE, d == null ? null : d.rate());
            range(r.inputs(), "/ranges", Estimate.INPUTS, BigDecimal.ONE);
        }

        /** A range must lie in the estimate's valid interval and hold the point value (when that is known). */
        private void range(EstimateRange range, String rangesPointer, Estimate estimate, BigDecimal point) {
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

        private void perPeriod(List<BigDecimal> values, String parent, String field, String element) {
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

        private boolean list(List<?> list, String parent, String field, String element, int limit) {
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

        private boolean stakeholderRef(String id, String parent, String field) {
            if (!text(id, parent, field, "stakeholder")) {
                return false;
            }
            if (!stakeholderIds.contains(id)) {
                add(parent, field, ProblemCode.UNKNOWN_STAKEHOLDER, unknownStakeholder(id));
                return false;
            }
            return true;
        }

        private boolean id(String id, String parent, String field) {
            if (!required(id, parent, field, "id")) {
                return false;
            }
            if (!isId(id)) {
                add(parent, field, ProblemCode.INVALID_ID, invalidId(id));
                return false;
            }
            return true;
        }

        private void duplicate(String parent, String what, String id) {
            add(parent, "id", ProblemCode.DUPLICATE_ID, Message.of("duplicate." + what, id));
        }

        private void currency(String code) {
            if (required(code, "", "currency", "currency") && !CURRENCIES.contains(code)) {
                add("", "currency", ProblemCode.UNKNOWN_CURRENCY, unknownCurrency(code));
            }
        }

        /** True when the year is present and valid. */
        private boolean year(Integer year, String parent, String field) {
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

        private void optionalText(String value, String parent, String field) {
            if (value != null) {
                length(value, parent, field, field);
            }
        }

        /** Every route takes the same texts: the workbook's cells hold at most {@link ModelLimits#MAX_TEXT_LENGTH}. */
        private boolean length(String value, String parent, String field, String name) {
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
        private Message outOfRange(String name, Estimate estimate, BigDecimal value) {
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

        private Message unknownStakeholder(String id) {
            List<String> known = List.copyOf(stakeholderIds);
            return Nearest.of(id, known)
                    .map(near -> Message.of("unknownStakeholder.nearest", id, near, listed(known)))
                    .orElseGet(() -> Message.of("unknownStakeholder", id, listed(known)));
        }

        private Message invalidId(String id) {
            return ModelValidator.invalidId(id);
        }

        private Message unknownCurrency(String code) {
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

        private void add(String pointer, ProblemCode code, Message message) {
            problems.add(Problem.of(pointer, code, message));
        }
    }

    /**
     * Ids as a message lists them: quoted, at most {@value #MAX_LISTED_IDS}, then how many more there are.
     *
     * @param ids the ids
     * @return the list for a message
     */
    public static Message listed(List<String> ids) {
        List<String> quoted = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), MAX_LISTED_IDS))) {
            quoted.add("\"" + id + "\"");
        }
        return ids.size() <= MAX_LISTED_IDS ? Message.of("list", quoted)
                : Message.of("list.more", quoted, ids.size() - MAX_LISTED_IDS);
    }

    /** The message for an id that breaks the id rule, with one that keeps it when the text gives one. */
    static Message invalidId(String id) {
        String suggestion = idFrom(id);
        return suggestion == null ? Message.of("invalidId", id) : Message.of("invalidId.suggest", id, suggestion);
    }

    /**
     * An id that follows the id rule, made from a text that does not ("Jongeren en schulden" gives
     * "jongeren-en-schulden"), or {@code null} when nothing of the text is left.
     */
    static String idFrom(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 64) {
            plain = plain.substring(0, 64).replaceAll("-+$", "");
        }
        return plain.isEmpty() || plain.equals(text) ? null : plain;
    }
}
