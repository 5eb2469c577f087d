package nl.sroi.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import nl.sroi.core.model.BasedOn;
import nl.sroi.core.model.Basis;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Distribution;
import nl.sroi.core.model.DropOffFrom;
import nl.sroi.core.model.DropOffMode;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.ModelRanges;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.PortfolioSection;
import nl.sroi.core.model.PartYear;
import nl.sroi.core.model.Published;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.text.Message;

/** Reads the objects of a {@code sroi-model/1} document from the parser's tokens into the model's records. */
final class ModelReader {

    private static final List<String> MODEL_FIELDS = List.of("format", "id", "title", "description", "kind",
            "currency", "priceYear", "firstYear", "horizonYears", "discounting", "stakeholders", "inputs",
            "outcomes", "ranges", "priceIndex", "basedOn", "partYear", "published", "portfolio");
    private static final List<String> DISCOUNTING_FIELDS = List.of("rate", "firstPeriod", "inputs", "schedule");
    private static final List<String> STAKEHOLDER_FIELDS = List.of("id", "name", "description");
    private static final List<String> INPUT_FIELDS = List.of("id", "stakeholder", "description", "inKind", "amounts",
            "source", "basis");
    private static final List<String> OUTCOME_FIELDS = List.of("id", "stakeholder", "description", "indicator",
            "valueTo", "quantity", "quantityBasis", "proxy", "duration", "startOffset", "deadweight", "displacement",
            "attribution", "dropOff", "dropOffMode", "dropOffFrom", "alreadyNet", "transfer", "ranges", "otherFilters",
            "discountRate", "published");
    private static final List<String> BASED_ON_FIELDS = List.of("analysis", "version");
    private static final List<String> SHARE_FIELDS = List.of("stakeholder", "share");
    private static final List<String> PROXY_FIELDS = List.of("value", "unit", "source", "priceYear", "basis", "ref");
    private static final List<String> PRICE_INDEX_FIELDS = List.of("name", "source", "values");
    private static final List<String> RANGE_FIELDS = List.of("low", "high", "distribution");
    private static final List<String> OUTCOME_RANGE_KEYS = keys(Estimate.QUANTITY, Estimate.PROXY, Estimate.DURATION,
            Estimate.DEADWEIGHT, Estimate.DISPLACEMENT, Estimate.ATTRIBUTION, Estimate.DROP_OFF);
    private static final List<String> MODEL_RANGE_KEYS = keys(Estimate.RATE, Estimate.INPUTS);
    /** A key of a price index's values: a year, without leading zeros. */
    private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{0,3}");

    // what each object is, for messages about its fields
    private static final Message BASED_ON = Message.of("object.basedOn");
    private static final Message DISCOUNTING = Message.of("object.discounting");
    private static final Message INPUT = Message.of("object.input");
    private static final Message MODEL = Message.of("object.model");
    private static final Message MODEL_RANGES = Message.of("object.modelRanges");
    private static final Message OUTCOME = Message.of("object.outcome");
    private static final Message OUTCOME_RANGES = Message.of("object.outcomeRanges");
    private static final Message PROXY = Message.of("object.proxy");
    private static final Message PRICE_INDEX = Message.of("object.priceIndex");
    private static final Message SHARE = Message.of("object.share");
    private static final Message STAKEHOLDER = Message.of("object.stakeholder");
    private static final Message JSON_OBJECT = Message.of("type.jsonObject");
    private static final Message PRICE_INDEX_TYPE = Message.of("type.priceIndex", PriceIndex.CBS_CPI);

    private ModelReader() {
    }

    // Each object below is read field by field as the document has them; a field the format does not know is
    // reported (with the nearest known one) and skipped. A field left unset is missing: the validator's concern.

    static SroiModel model(TokenReader r) throws IOException {
        if (!r.object(MODEL, JSON_OBJECT)) {
            return null;
        }
        String format = null;
        String id = null;
        String title = null;
        String description = null;
        Kind kind = null;
        String currency = null;
        Integer priceYear = null;
        Integer firstYear = null;
        Integer horizonYears = null;
        Discounting discounting = null;
        List<Stakeholder> stakeholders = null;
        List<Input> inputs = null;
        List<Outcome> outcomes = null;
        ModelRanges ranges = null;
        PriceIndex priceIndex = null;
        BasedOn basedOn = null;
        PartYear partYear = null;
        Published published = null;
        PortfolioSection portfolio = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "format" -> format = r.text();
                case "id" -> id = r.text();
                case "title" -> title = r.text();
                case "description" -> description = r.text();
                case "kind" -> kind = r.enumeration(Kind.class);
                case "currency" -> currency = r.text();
                case "priceYear" -> priceYear = r.integer();
                case "firstYear" -> firstYear = r.integer();
                case "horizonYears" -> horizonYears = r.integer();
                case "discounting" -> discounting = discounting(r);
                case "stakeholders" -> stakeholders = r.list(ModelReader::stakeholder);
                case "inputs" -> inputs = r.list(ModelReader::input);
                case "outcomes" -> outcomes = r.list(ModelReader::outcome);
                case "ranges" -> ranges = modelRanges(r);
                case "priceIndex" -> priceIndex = priceIndex(r);
                case "basedOn" -> basedOn = basedOn(r);
                case "portfolio" -> portfolio = PortfolioSectionJson.read(r);
                case "partYear" -> partYear = r.enumeration(PartYear.class);
                case "published" -> published = PrintedJson.published(r, PrintedJson.MODEL_PUBLISHED_FIELDS);
                default -> r.unknownField(MODEL, MODEL_FIELDS);
            }
        }
        return new SroiModel(format, id, title, description, kind, currency, priceYear, firstYear, horizonYears,
                discounting, stakeholders, inputs, outcomes, ranges, priceIndex, basedOn,
                partYear, published, portfolio);
    }

    /** {@code {analysis, version}}: the adopted forecast an evaluation checks; its rules are the validator's. */
    private static BasedOn basedOn(TokenReader r) throws IOException {
        if (!r.object(BASED_ON, JSON_OBJECT)) {
            return null;
        }
        String analysis = null;
        Integer version = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "analysis" -> analysis = r.text();
                case "version" -> version = r.integer();
                default -> r.unknownField(BASED_ON, BASED_ON_FIELDS);
            }
        }
        return new BasedOn(analysis, version);
    }

    /**
     * {@code "cbs-cpi"} (the bundled index) or {@code {name, source, values}} with a level per year. An object that
     * lacks a part, or a key of {@code values} that is not a year, is the document's problem (reported here, and
     * no index is read); the levels' own rules (greater than 0) are the validator's.
     */
    private static PriceIndex priceIndex(TokenReader r) throws IOException {
        if (r.isText()) {
            String name = r.text();
            if (PriceIndex.CBS_CPI.equals(name)) {
                return PriceIndex.cbsCpi();
            }
            r.problem(ProblemCode.INVALID_VALUE, Message.of("priceIndex.invalid", PriceIndex.CBS_CPI, name));
            return null;
        }
        if (!r.object("priceIndex", PRICE_INDEX_TYPE)) {
            return null;
        }
        int before = r.problems().size();
        int unknown = 0; // an unknown field is reported, but does not keep the index from being read
        String name = null;
        String source = null;
        SortedMap<Integer, BigDecimal> levels = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "name" -> name = r.text();
                case "source" -> source = r.text();
                case "values" -> levels = levels(r);
                default -> {
                    r.unknownField(PRICE_INDEX, PRICE_INDEX_FIELDS);
                    unknown++;
                }
            }
        }
        r.required(name, "name", "priceIndex.name");
        r.required(source, "source", "priceIndex.source");
        r.required(levels, "values", "priceIndex.values");
        return r.problems().size() - unknown > before ? null : new PriceIndex(name, source, levels);
    }

    /** An index's level per year, {@code "2020": 100}; a key that is not a year is reported and left out. */
    private static SortedMap<Integer, BigDecimal> levels(TokenReader r) throws IOException {
        if (!r.object()) {
            return null;
        }
        SortedMap<Integer, BigDecimal> levels = new TreeMap<>();
        for (String key = r.field(); key != null; key = r.field()) {
            if (YEAR.matcher(key).matches()) {
                levels.put(Integer.valueOf(key), r.decimal());
            } else {
                r.problem(ProblemCode.INVALID_VALUE, Message.of("priceIndex.year", key));
                r.skip();
            }
        }
        return levels;
    }

    private static Discounting discounting(TokenReader r) throws IOException {
        if (!r.object()) {
            return null;
        }
        BigDecimal rate = null;
        FirstPeriod firstPeriod = null;
        Boolean inputs = null;
        List<RateStep> schedule = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "rate" -> rate = r.decimal();
                case "firstPeriod" -> firstPeriod = r.enumeration(FirstPeriod.class);
                case "inputs" -> inputs = r.bool();
                case "schedule" -> schedule = PrintedJson.schedule(r);
                default -> r.unknownField(DISCOUNTING, DISCOUNTING_FIELDS);
            }
        }
        return new Discounting(rate, firstPeriod, inputs, schedule);
    }

    private static Stakeholder stakeholder(TokenReader r) throws IOException {
        if (!r.object(STAKEHOLDER, TokenReader.OBJECT)) {
            return null;
        }
        String id = null;
        String name = null;
        String description = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "id" -> id = r.text();
                case "name" -> name = r.text();
                case "description" -> description = r.text();
                default -> r.unknownField(STAKEHOLDER, STAKEHOLDER_FIELDS);
            }
        }
        return new Stakeholder(id, name, description);
    }

    private static Input input(TokenReader r) throws IOException {
        if (!r.object(INPUT, TokenReader.OBJECT)) {
            return null;
        }
        String id = null;
        String stakeholder = null;
        String description = null;
        Boolean inKind = null;
        List<BigDecimal> amounts = null;
        String source = null;
        Basis basis = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "id" -> id = r.text();
                case "stakeholder" -> stakeholder = r.text();
                case "description" -> description = r.text();
                case "inKind" -> inKind = r.bool();
                case "amounts" -> amounts = r.perPeriod();
                case "source" -> source = r.text();
                case "basis" -> basis = r.enumeration(Basis.class);
                default -> r.unknownField(INPUT, INPUT_FIELDS);
            }
        }
        return new Input(id, stakeholder, description, inKind, amounts, source, basis);
    }

    private static Outcome outcome(TokenReader r) throws IOException {
        if (!r.object(OUTCOME, TokenReader.OBJECT)) {
            return null;
        }
        String id = null;
        String stakeholder = null;
        String description = null;
        String indicator = null;
        List<ValueShare> valueTo = null;
        List<BigDecimal> quantity = null;
        Basis quantityBasis = null;
        FinancialProxy proxy = null;
        BigDecimal duration = null;
        Integer startOffset = null;
        BigDecimal deadweight = null;
        BigDecimal displacement = null;
        BigDecimal attribution = null;
        BigDecimal dropOff = null;
        DropOffMode dropOffMode = null;
        DropOffFrom dropOffFrom = null;
        Boolean alreadyNet = null;
        Boolean transfer = null;
        OutcomeRanges ranges = null;
        List<OtherFilter> otherFilters = null;
        BigDecimal discountRate = null;
        Published published = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "id" -> id = r.text();
                case "stakeholder" -> stakeholder = r.text();
                case "description" -> description = r.text();
                case "indicator" -> indicator = r.text();
                case "valueTo" -> valueTo = r.list(ModelReader::share);
                case "quantity" -> quantity = r.perPeriod();
                case "quantityBasis" -> quantityBasis = r.enumeration(Basis.class);
                case "proxy" -> proxy = proxy(r);
                case "duration" -> duration = r.decimal();
                case "startOffset" -> startOffset = r.integer();
                case "deadweight" -> deadweight = r.decimal();
                case "displacement" -> displacement = r.decimal();
                case "attribution" -> attribution = r.decimal();
                case "dropOff" -> dropOff = r.decimal();
                case "dropOffMode" -> dropOffMode = r.enumeration(DropOffMode.class);
                case "dropOffFrom" -> dropOffFrom = r.enumeration(DropOffFrom.class);
                case "alreadyNet" -> alreadyNet = r.bool();
                case "transfer" -> transfer = r.bool();
                case "ranges" -> ranges = outcomeRanges(r);
                case "otherFilters" -> otherFilters = PrintedJson.otherFilters(r);
                case "discountRate" -> discountRate = r.decimal();
                case "published" -> published = PrintedJson.published(r, PrintedJson.OUTCOME_PUBLISHED_FIELDS);
                default -> r.unknownField(OUTCOME, OUTCOME_FIELDS);
            }
        }
        return new Outcome(id, stakeholder, description, indicator, valueTo, quantity, proxy, duration, startOffset,
                deadweight, displacement, attribution, dropOff, dropOffMode, dropOffFrom, alreadyNet, transfer,
                quantityBasis, ranges, otherFilters, discountRate, published);
    }

    private static ValueShare share(TokenReader r) throws IOException {
        if (!r.object(SHARE, TokenReader.OBJECT)) {
            return null;
        }
        String stakeholder = null;
        BigDecimal share = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "stakeholder" -> stakeholder = r.text();
                case "share" -> share = r.decimal();
                default -> r.unknownField(SHARE, SHARE_FIELDS);
            }
        }
        return new ValueShare(stakeholder, share);
    }

    private static FinancialProxy proxy(TokenReader r) throws IOException {
        if (!r.object()) {
            return null;
        }
        BigDecimal value = null;
        String unit = null;
        String source = null;
        Integer priceYear = null;
        Basis basis = null;
        String ref = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "value" -> value = r.decimal();
                case "unit" -> unit = r.text();
                case "source" -> source = r.text();
                case "priceYear" -> priceYear = r.integer();
                case "basis" -> basis = r.enumeration(Basis.class);
                case "ref" -> ref = r.text();
                default -> r.unknownField(PROXY, PROXY_FIELDS);
            }
        }
        return new FinancialProxy(value, unit, source, priceYear, basis, ref);
    }

    private static OutcomeRanges outcomeRanges(TokenReader r) throws IOException {
        EstimateRange[] ranges = ranges(r, OUTCOME_RANGES, OUTCOME_RANGE_KEYS);
        return ranges == null ? null : new OutcomeRanges(ranges[0], ranges[1], ranges[2], ranges[3], ranges[4],
                ranges[5], ranges[6]);
    }

    private static ModelRanges modelRanges(TokenReader r) throws IOException {
        EstimateRange[] ranges = ranges(r, MODEL_RANGES, MODEL_RANGE_KEYS);
        return ranges == null ? null : new ModelRanges(ranges[0], ranges[1]);
    }

    /** The ranges of a {@code ranges} object, in the order of {@code keys}; {@code null} when it is no object. */
    private static EstimateRange[] ranges(TokenReader r, Message kind, List<String> keys) throws IOException {
        if (!r.object()) {
            return null;
        }
        EstimateRange[] ranges = new EstimateRange[keys.size()];
        for (String field = r.field(); field != null; field = r.field()) {
            int estimate = keys.indexOf(field);
            if (estimate < 0) {
                r.unknownField(kind, keys);
            } else {
                ranges[estimate] = range(r, field);
            }
        }
        return ranges;
    }

    private static EstimateRange range(TokenReader r, String key) throws IOException {
        if (!r.object()) {
            return null;
        }
        BigDecimal low = null;
        BigDecimal high = null;
        Distribution distribution = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "low" -> low = r.decimal();
                case "high" -> high = r.decimal();
                case "distribution" -> distribution = r.enumeration(Distribution.class);
                default -> r.unknownField(Message.of("object.range", key), RANGE_FIELDS);
            }
        }
        return new EstimateRange(low, high, distribution);
    }

    private static List<String> keys(Estimate... estimates) {
        List<String> keys = new ArrayList<>();
        for (Estimate e : estimates) {
            keys.add(e.key());
        }
        return List.copyOf(keys);
    }

}
