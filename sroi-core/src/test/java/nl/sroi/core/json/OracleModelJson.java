package nl.sroi.core.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.jackson.MalformedJsonException;
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
import nl.sroi.core.model.PartYear;
import nl.sroi.core.model.Published;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * The old tree-walking model reader, kept in test scope ONLY as the oracle of
 * {@link StreamingReaderDifferentialTest}: the reading half of {@code ModelJson} as it was before reading was
 * streamed (issue 16), copied verbatim but for names. Main code has one reader ({@link ModelJson}, over
 * {@link TokenReader}); this one must not be used anywhere else.
 */
final class OracleModelJson {

    private static final List<String> MODEL_FIELDS = List.of("format", "id", "title", "description", "kind",
            "currency", "priceYear", "firstYear", "horizonYears", "discounting", "stakeholders", "inputs",
            "outcomes", "ranges", "priceIndex", "basedOn", "partYear", "published", "portfolio");
    private static final List<String> PORTFOLIO_FIELDS = List.of("programme", "themeLine", "project",
            "municipalities", "allocationBasis");
    private static final List<String> MUNICIPALITY_FIELDS = List.of("id", "share");
    private static final Message PORTFOLIO = Message.of("object.portfolio");
    private static final Message MUNICIPALITY = Message.of("object.municipality");
    private static final List<String> DISCOUNTING_FIELDS = List.of("rate", "firstPeriod", "inputs", "schedule");
    private static final List<String> STAKEHOLDER_FIELDS = List.of("id", "name", "description");
    private static final List<String> INPUT_FIELDS = List.of("id", "stakeholder", "description", "inKind", "amounts",
            "source", "basis");
    private static final List<String> OUTCOME_FIELDS = List.of("id", "stakeholder", "description", "indicator",
            "valueTo", "quantity", "quantityBasis", "proxy", "duration", "startOffset", "deadweight", "displacement",
            "attribution", "dropOff", "dropOffMode", "dropOffFrom", "alreadyNet", "transfer", "ranges", "otherFilters",
            "discountRate", "published");
    private static final List<String> SHARE_FIELDS = List.of("stakeholder", "share");
    private static final List<String> PROXY_FIELDS = List.of("value", "unit", "source", "priceYear", "basis", "ref");
    private static final List<String> PRICE_INDEX_FIELDS = List.of("name", "source", "values");
    private static final List<String> RANGE_FIELDS = List.of("low", "high", "distribution");
    private static final List<String> OUTCOME_RANGE_KEYS = keys(Estimate.QUANTITY, Estimate.PROXY, Estimate.DURATION,
            Estimate.DEADWEIGHT, Estimate.DISPLACEMENT, Estimate.ATTRIBUTION, Estimate.DROP_OFF);
    private static final List<String> MODEL_RANGE_KEYS = keys(Estimate.RATE, Estimate.INPUTS);

    // what each object is, for messages about its fields
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

    private OracleModelJson() {
    }

    /** Reads as the old {@code ModelJson.read(byte[], ModelValidator)} did: the whole tree first, then the walk. */
    static Validated<ValidModel> read(byte[] json, ModelValidator validator) {
        JsonNode tree;
        try {
            tree = ModelJson.parse(json);
        } catch (MalformedJsonException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(e.problem()));
        }
        return read(tree, validator);
    }

    /**
     * Reads and validates a model from an already parsed tree (a scenario's model, for example).
     *
     * @param tree      the parsed document
     * @param validator the validator (and so its limits)
     * @return the valid model, or every problem
     */
    public static Validated<ValidModel> read(JsonNode tree, ModelValidator validator) {
        if (ScenarioJson.FORMAT.equals(tree.path("format").textValue())) {
            return Validated.invalid(Validated.Failure.INVALID_MODEL, List.of(Problem.of("/format",
                    ProblemCode.UNSUPPORTED_FORMAT, Message.of("format.scenariosDocument", ScenarioJson.FORMAT))));
        }
        OracleTreeReader reader = new OracleTreeReader();
        SroiModel model = model(reader, tree);
        if (model == null) {
            return Validated.invalid(Validated.Failure.INVALID_MODEL, reader.problems());
        }
        Validated<ValidModel> check = validator.check(model);
        List<Problem> errors = OracleDocumentOrder.sort(asWritten(merge(reader.problems(), check.errors()), tree), tree);
        return errors.isEmpty() ? check : Validated.invalid(Validated.Failure.INVALID_MODEL, errors);
    }

    /**
     * The problems at the pointers of the document as written: a per-period list written as a single number
     * ({@code "quantity": -3}) is period 1 of the model, but its problem stands at the number, not at a
     * {@code /quantity/0} the document does not have.
     */
    private static List<Problem> asWritten(List<Problem> problems, JsonNode tree) {
        List<Problem> moved = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            String pointer = p.pointer();
            if (pointer != null && pointer.endsWith("/0") && tree.at(pointer.substring(0, pointer.length() - 2))
                    .isNumber()) {
                moved.add(p.at(pointer.substring(0, pointer.length() - 2)));
            } else {
                moved.add(p);
            }
        }
        return moved;
    }

    /**
     * The document's own problems first; a rule's problem only where the document had none at that pointer, and no
     * "required" for a field whose misspelling the document's problems already point out ({@code dropoff}: did
     * you mean {@code dropOff}?).
     */
    private static List<Problem> merge(List<Problem> document, List<Problem> rules) {
        Set<String> reported = new HashSet<>();
        Set<String> misspelt = new HashSet<>();
        for (Problem p : document) {
            reported.add(p.pointer());
            if (p.text().key().equals("unknownField.nearest")) {
                String parent = p.pointer().substring(0, p.pointer().lastIndexOf('/'));
                misspelt.add(Pointer.child(parent, (String) p.text().args().get(2)));
            }
        }
        List<Problem> all = new ArrayList<>(document);
        rules.stream().filter(p -> !reported.contains(p.pointer())
                && !(p.code() == ProblemCode.REQUIRED && misspelt.contains(p.pointer()))).forEach(all::add);
        return all;
    }

    private static SroiModel model(OracleTreeReader r, JsonNode tree) {
        if (!tree.isObject()) {
            r.wrongType("", MODEL, Message.of("type.jsonObject"), tree);
            return null;
        }
        ObjectNode o = r.object(tree, "", "", MODEL, MODEL_FIELDS);
        return new SroiModel(r.text(o, "format", ""), r.text(o, "id", ""), r.text(o, "title", ""),
                r.text(o, "description", ""), r.enumeration(o, "kind", "", Kind.class), r.text(o, "currency", ""),
                r.integer(o, "priceYear", ""), r.integer(o, "firstYear", ""), r.integer(o, "horizonYears", ""),
                discounting(r, o.get("discounting")),
                r.array(o, "stakeholders", "", (n, p) -> stakeholder(r, n, p)),
                r.array(o, "inputs", "", (n, p) -> input(r, n, p)),
                r.array(o, "outcomes", "", (n, p) -> outcome(r, n, p)),
                modelRanges(r, o.get("ranges")), priceIndex(r, o.get("priceIndex")), basedOn(r, o.get("basedOn")),
                r.enumeration(o, "partYear", "", PartYear.class),
                published(r, o.get("published"), "/published", List.of("ratio", "presentValue", "inputsValue",
                        "source", "tolerance")),
                portfolio(r, o.get("portfolio")));
    }

    private static nl.sroi.core.model.BasedOn basedOn(OracleTreeReader r, JsonNode node) {
        if (node == null) {
            return null;
        }
        ObjectNode o = r.object(node, "/basedOn", "basedOn", Message.of("object.basedOn"),
                List.of("analysis", "version"));
        return o == null ? null : new nl.sroi.core.model.BasedOn(r.text(o, "analysis", "/basedOn"),
                r.integer(o, "version", "/basedOn"));
    }

    private static nl.sroi.core.model.PortfolioSection portfolio(OracleTreeReader r, JsonNode node) {
        String p = "/portfolio";
        ObjectNode o = r.object(node, p, "portfolio", PORTFOLIO, PORTFOLIO_FIELDS);
        return o == null ? null : new nl.sroi.core.model.PortfolioSection(r.text(o, "programme", p),
                r.text(o, "themeLine", p), r.text(o, "project", p),
                r.array(o, "municipalities", p, (n, mp) -> municipality(r, n, mp)),
                r.enumeration(o, "allocationBasis", p, nl.sroi.core.model.AllocationBasis.class));
    }

    private static nl.sroi.core.model.MunicipalityShare municipality(OracleTreeReader r, JsonNode node, String p) {
        ObjectNode o = r.object(node, p, MUNICIPALITY, MUNICIPALITY, MUNICIPALITY_FIELDS);
        return o == null ? null : new nl.sroi.core.model.MunicipalityShare(r.text(o, "id", p),
                r.decimal(o, "share", p));
    }

    /**
     * {@code "cbs-cpi"} (the bundled index) or {@code {name, source, values}} with a level per year. An object that
     * lacks a part, or a key of {@code values} that is not a year, is the document's problem (reported here, and
     * no index is read); the levels' own rules (greater than 0) are the validator's.
     */
    private static PriceIndex priceIndex(OracleTreeReader r, JsonNode node) {
        String p = "/priceIndex";
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            if (PriceIndex.CBS_CPI.equals(node.textValue())) {
                return PriceIndex.cbsCpi();
            }
            r.problem(p, ProblemCode.INVALID_VALUE, Message.of("priceIndex.invalid", PriceIndex.CBS_CPI,
                    node.textValue()));
            return null;
        }
        if (!node.isObject()) {
            r.wrongType(p, "priceIndex", Message.of("type.priceIndex", PriceIndex.CBS_CPI), node);
            return null;
        }
        ObjectNode o = r.object(node, p, "priceIndex", PRICE_INDEX, PRICE_INDEX_FIELDS);
        int before = r.problems().size();
        String name = r.required(r.text(o, "name", p), p, "name", "priceIndex.name");
        String source = r.required(r.text(o, "source", p), p, "source", "priceIndex.source");
        ObjectNode values = r.object(o.get("values"), p + "/values", "values", PRICE_INDEX, null);
        r.required(o.get("values"), p, "values", "priceIndex.values");
        SortedMap<Integer, BigDecimal> levels = new TreeMap<>();
        if (values != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> level = it.next();
                String key = level.getKey();
                Integer year = key.matches("[1-9][0-9]{0,3}") ? Integer.valueOf(key) : null;
                if (year == null) {
                    r.problem(Pointer.child(p + "/values", key), ProblemCode.INVALID_VALUE,
                            Message.of("priceIndex.year", key));
                    continue;
                }
                levels.put(year, r.decimal(values, key, p + "/values"));
            }
        }
        return r.problems().size() > before ? null : new PriceIndex(name, source, levels);
    }

    private static Discounting discounting(OracleTreeReader r, JsonNode node) {
        String p = "/discounting";
        ObjectNode o = r.object(node, p, "discounting", DISCOUNTING, DISCOUNTING_FIELDS);
        return o == null ? null : new Discounting(r.decimal(o, "rate", p),
                r.enumeration(o, "firstPeriod", p, FirstPeriod.class), r.bool(o, "inputs", p),
                r.array(o, "schedule", p, (n, sp) -> {
                    ObjectNode so = r.object(n, sp, Message.of("object.rateStep"), Message.of("object.rateStep"),
                            List.of("fromYear", "rate"));
                    return so == null ? null : new RateStep(r.integer(so, "fromYear", sp), r.decimal(so, "rate", sp));
                }));
    }

    private static Stakeholder stakeholder(OracleTreeReader r, JsonNode node, String p) {
        ObjectNode o = r.object(node, p, STAKEHOLDER, STAKEHOLDER, STAKEHOLDER_FIELDS);
        return o == null ? null
                : new Stakeholder(r.text(o, "id", p), r.text(o, "name", p), r.text(o, "description", p));
    }

    private static Input input(OracleTreeReader r, JsonNode node, String p) {
        ObjectNode o = r.object(node, p, INPUT, INPUT, INPUT_FIELDS);
        return o == null ? null : new Input(r.text(o, "id", p), r.text(o, "stakeholder", p),
                r.text(o, "description", p), r.bool(o, "inKind", p), r.perPeriod(o, "amounts", p),
                r.text(o, "source", p), r.enumeration(o, "basis", p, Basis.class));
    }

    private static Outcome outcome(OracleTreeReader r, JsonNode node, String p) {
        ObjectNode o = r.object(node, p, OUTCOME, OUTCOME, OUTCOME_FIELDS);
        if (o == null) {
            return null;
        }
        return new Outcome(r.text(o, "id", p), r.text(o, "stakeholder", p), r.text(o, "description", p),
                r.text(o, "indicator", p), r.array(o, "valueTo", p, (n, sp) -> share(r, n, sp)),
                r.perPeriod(o, "quantity", p), proxy(r, o.get("proxy"), p + "/proxy"),
                r.decimal(o, "duration", p), r.integer(o, "startOffset", p),
                r.decimal(o, "deadweight", p), r.decimal(o, "displacement", p), r.decimal(o, "attribution", p),
                r.decimal(o, "dropOff", p), r.enumeration(o, "dropOffMode", p, DropOffMode.class),
                r.enumeration(o, "dropOffFrom", p, DropOffFrom.class), r.bool(o, "alreadyNet", p),
                r.bool(o, "transfer", p), r.enumeration(o, "quantityBasis", p, Basis.class),
                outcomeRanges(r, o.get("ranges"), p + "/ranges"),
                r.array(o, "otherFilters", p, (n, fp) -> {
                    ObjectNode fo = r.object(n, fp, Message.of("object.otherFilter"),
                            Message.of("object.otherFilter"), List.of("name", "share"));
                    return fo == null ? null : new OtherFilter(r.text(fo, "name", fp), r.decimal(fo, "share", fp));
                }),
                r.decimal(o, "discountRate", p),
                published(r, o.get("published"), p + "/published", List.of("presentValue")));
    }

    private static Published published(OracleTreeReader r, JsonNode node, String p, List<String> fields) {
        ObjectNode o = r.object(node, p, "published", Message.of("object.published"), fields);
        if (o == null) {
            return null;
        }
        java.util.function.Function<String, BigDecimal> number = f -> fields.contains(f) ? r.decimal(o, f, p) : null;
        return new Published(number.apply("ratio"), number.apply("presentValue"), number.apply("inputsValue"),
                fields.contains("source") ? r.text(o, "source", p) : null, number.apply("tolerance"));
    }

    private static ValueShare share(OracleTreeReader r, JsonNode node, String p) {
        ObjectNode o = r.object(node, p, SHARE, SHARE, SHARE_FIELDS);
        return o == null ? null : new ValueShare(r.text(o, "stakeholder", p), r.decimal(o, "share", p));
    }

    private static FinancialProxy proxy(OracleTreeReader r, JsonNode node, String p) {
        ObjectNode o = r.object(node, p, "proxy", PROXY, PROXY_FIELDS);
        return o == null ? null : new FinancialProxy(r.decimal(o, "value", p), r.text(o, "unit", p),
                r.text(o, "source", p), r.integer(o, "priceYear", p), r.enumeration(o, "basis", p, Basis.class),
                r.text(o, "ref", p));
    }

    private static OutcomeRanges outcomeRanges(OracleTreeReader r, JsonNode node, String p) {
        ObjectNode o = r.object(node, p, "ranges", OUTCOME_RANGES, OUTCOME_RANGE_KEYS);
        return o == null ? null : new OutcomeRanges(range(r, o, p, Estimate.QUANTITY), range(r, o, p, Estimate.PROXY),
                range(r, o, p, Estimate.DURATION), range(r, o, p, Estimate.DEADWEIGHT),
                range(r, o, p, Estimate.DISPLACEMENT), range(r, o, p, Estimate.ATTRIBUTION),
                range(r, o, p, Estimate.DROP_OFF));
    }

    private static ModelRanges modelRanges(OracleTreeReader r, JsonNode node) {
        ObjectNode o = r.object(node, "/ranges", "ranges", MODEL_RANGES, MODEL_RANGE_KEYS);
        return o == null ? null : new ModelRanges(range(r, o, "/ranges", Estimate.RATE),
                range(r, o, "/ranges", Estimate.INPUTS));
    }

    private static EstimateRange range(OracleTreeReader r, ObjectNode ranges, String p, Estimate estimate) {
        String rp = p + "/" + estimate.key();
        ObjectNode o = r.object(ranges.get(estimate.key()), rp, estimate.key(), Message.of("object.range", estimate.key()),
                RANGE_FIELDS);
        return o == null ? null : new EstimateRange(r.decimal(o, "low", rp), r.decimal(o, "high", rp),
                r.enumeration(o, "distribution", rp, Distribution.class));
    }

    private static List<String> keys(Estimate... estimates) {
        List<String> keys = new ArrayList<>();
        for (Estimate e : estimates) {
            keys.add(e.key());
        }
        return List.copyOf(keys);
    }

}
