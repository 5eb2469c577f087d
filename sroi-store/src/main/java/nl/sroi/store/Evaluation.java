package nl.sroi.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.analysis.ScenarioComparison;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.tree.JsonTrees;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * What the running engine makes of a document when it is saved: its hash, where it belongs (id, title, theme line,
 * municipalities), whether it is valid with its problems, and for a valid one the result document (English, as the
 * service writes it by default), its hash and its headline figures. A {@code sroi-scenarios/1} document's result
 * is the comparison of its scenarios; its figures are its base model's.
 *
 * @param hash           the document's hash
 * @param format         {@code sroi-model/1} or {@code sroi-scenarios/1}
 * @param id             the analysis id (a scenarios document's model's id)
 * @param title          the title (empty when the document has none)
 * @param themeLine      {@code portfolio.themeLine}, or null
 * @param municipalities the ids of {@code portfolio.municipalities}
 * @param valid          whether the engine accepts it
 * @param problems       {@code {"en": {errors, warnings}, "nl": {...}}}
 * @param result         the result document, or null for an invalid one
 * @param resultHash     its hash, or null
 * @param presentValue   the present value, or null
 * @param inputsValue    the value of the inputs, or null
 * @param ratio          the ratio, or null (invalid, or no inputs)
 */
public record Evaluation(String hash, String format, String id, String title, String themeLine,
                         List<String> municipalities, boolean valid, String problems, String result,
                         String resultHash, BigDecimal presentValue, BigDecimal inputsValue, Double ratio) {

    /** The engine version recorded with every version: this build's version. */
    public static final String ENGINE = engineVersion();
    /** The formats the store keeps. */
    public static final List<String> FORMATS = List.of("sroi-model/1", ScenarioJson.FORMAT);

    private static final ModelValidator VALIDATOR = ModelValidator.DEFAULT;
    private static final SroiCalculator CALCULATOR = new SroiCalculator(VALIDATOR);

    /**
     * Evaluates a document.
     *
     * @param document the bytes as received
     * @return the evaluation
     * @throws StoreException {@link StoreException.Kind#BAD_DOCUMENT} when the bytes are not a JSON object of a
     *                        known format with a valid id (it cannot be kept even as a draft)
     */
    public static Evaluation of(byte[] document) {
        JsonNode tree;
        try {
            tree = Canonical.parse(document);
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.BAD_DOCUMENT, "", "notJson");
        }
        if (!tree.isObject()) {
            throw new StoreException(StoreException.Kind.BAD_DOCUMENT, "", "notObject");
        }
        String format = tree.path("format").asText("");
        if (!FORMATS.contains(format)) {
            throw new StoreException(StoreException.Kind.BAD_DOCUMENT, "/format", "format", format);
        }
        boolean scenarios = format.equals(ScenarioJson.FORMAT);
        JsonNode model = scenarios ? tree.path("model") : tree;
        String pointer = scenarios ? "/model/id" : "/id";
        String id = model.path("id").isTextual() ? model.path("id").textValue() : null;
        if (!ModelValidator.isId(id)) {
            throw new StoreException(StoreException.Kind.BAD_DOCUMENT, pointer, "id",
                    id == null ? "" : id);
        }
        String hash;
        try {
            hash = Canonical.hash(tree);
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.BAD_DOCUMENT, "", "number");
        }
        JsonNode portfolio = model.path("portfolio");
        String themeLine = portfolio.path("themeLine").isTextual() ? portfolio.path("themeLine").textValue() : null;
        List<String> municipalities = new ArrayList<>();
        for (JsonNode m : portfolio.path("municipalities")) {
            if (m.path("id").isTextual()) {
                municipalities.add(m.path("id").textValue());
            }
        }
        String title = model.path("title").isTextual() ? model.path("title").textValue() : "";
        Outcome outcome = scenarios ? scenarios(document) : model(document);
        return new Evaluation(hash, format, id, title, themeLine, List.copyOf(municipalities),
                outcome.result != null, outcome.problems, outcome.result,
                outcome.result == null ? null : Canonical.hash(document(outcome.result)), outcome.presentValue,
                outcome.inputsValue, outcome.ratio);
    }

    private record Outcome(String problems, String result, BigDecimal presentValue, BigDecimal inputsValue,
                           Double ratio) {
    }

    private static Outcome model(byte[] document) {
        Validated<ValidModel> read = ModelJson.read(document, VALIDATOR);
        if (!read.isValid()) {
            return new Outcome(problems(read.errors(), List.of()), null, null, null, null);
        }
        SroiResult result = CALCULATOR.calculate(read.value());
        return figures(problems(List.of(), result.warnings()), ResultJson.write(result, Language.EN),
                JsonTrees.summary(read.value().model(), result));
    }

    private static Outcome scenarios(byte[] document) {
        Validated<ScenarioSet> read = ScenarioJson.read(document, VALIDATOR);
        if (!read.isValid()) {
            return new Outcome(problems(read.errors(), List.of()), null, null, null, null);
        }
        ScenarioSet set = read.value();
        SroiResult base = CALCULATOR.calculate(set.base());
        String comparison = AnalysisJson.scenarios(new ScenarioComparison(CALCULATOR).compare(set), set);
        return figures(problems(List.of(), base.warnings()), comparison, JsonTrees.summary(set.base().model(), base));
    }

    private static Outcome figures(String problems, String result, ObjectNode summary) {
        JsonNode ratio = summary.path("ratio");
        return new Outcome(problems, result, summary.path("presentValue").decimalValue(),
                summary.path("inputsValue").decimalValue(), ratio.isNumber() ? ratio.doubleValue() : null);
    }

    /** The problems in both languages, so that a version answers in the language a request asks for. */
    static String problems(List<Problem> errors, List<Problem> warnings) {
        ObjectNode o = Jackson.object();
        for (Language language : Language.values()) {
            ObjectNode in = o.putObject(language.code());
            JsonTrees.problems(in, "errors", errors, language);
            JsonTrees.problems(in, "warnings", warnings, language);
        }
        return Jackson.pretty(o);
    }

    private static JsonNode document(String json) {
        return Canonical.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String engineVersion() {
        try (InputStream in = Evaluation.class.getResourceAsStream("engine.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("engine", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
