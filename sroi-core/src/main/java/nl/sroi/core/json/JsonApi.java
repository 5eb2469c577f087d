package nl.sroi.core.json;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.ScenarioComparison;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.Echo;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ValidModel;

/**
 * The operations of the command line and the service, JSON in and JSON out, so that neither holds a rule or a
 * document shape of its own. Each answer carries the HTTP status it stands for: 200, or 400 / 422 with a problem
 * document.
 */
public final class JsonApi {

    /** The body to give back, the status it stands for and its media type. */
    public record Answer(int status, String body, String mediaType) {
        public static final String JSON = "application/json";
        public static final String CSV = "text/csv; charset=utf-8";

        static Answer ok(String body) {
            return new Answer(200, body, JSON);
        }

        public static Answer of(ProblemDocument problem) {
            return new Answer(problem.status(), problem.toJson(), ProblemDocument.MEDIA_TYPE);
        }

        /** Whether the body is a problem document. */
        public boolean problem() {
            return status != 200;
        }
    }

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,19}");

    private final ModelValidator validator;
    private final SroiCalculator calculator;

    public JsonApi(ModelValidator validator) {
        this.validator = validator;
        this.calculator = new SroiCalculator(validator);
    }

    /** With the default limits. */
    public static final JsonApi DEFAULT = new JsonApi(ModelValidator.DEFAULT);

    /** A model document in, the result document out (or the problem document). */
    public Answer calculate(byte[] model) {
        ModelReading reading = ModelJson.read(model, validator);
        if (!reading.valid()) {
            return Answer.of(ProblemDocument.of(reading));
        }
        return Answer.ok(ResultJson.write(calculator.calculate(reading.validModel())));
    }

    /** A model document in, the sensitivity document (tornado and switching values) out. */
    public Answer sensitivity(byte[] model) {
        ModelReading reading = ModelJson.read(model, validator);
        if (!reading.valid()) {
            return Answer.of(ProblemDocument.of(reading));
        }
        return Answer.ok(AnalysisJson.sensitivity(SensitivityAnalysis.of(reading.validModel())));
    }

    /**
     * A model document in, the simulation document out. {@code iterations} and {@code seed} are as given on a
     * command line or in a query ({@code null}: the defaults 10,000 and 1); iterations are 1 to 1,000,000.
     */
    public Answer simulate(byte[] model, String iterations, String seed) {
        SimulationParameters parameters = simulationParameters(iterations, seed);
        if (parameters.problem() != null) {
            return parameters.problem();
        }
        ModelReading reading = ModelJson.read(model, validator);
        if (!reading.valid()) {
            return Answer.of(ProblemDocument.of(reading));
        }
        return Answer.ok(AnalysisJson.simulation(Simulation.run(reading.validModel(), parameters.iterations(),
                parameters.seed())));
    }

    /** A simulation's iterations and seed, or (and then only) the problem with them. */
    public record SimulationParameters(int iterations, long seed, Answer problem) {
    }

    /**
     * The iterations and seed as given on a command line or in a query ({@code null}: the defaults 10,000 and 1);
     * iterations are 1 to 1,000,000.
     */
    public static SimulationParameters simulationParameters(String iterations, String seed) {
        Long n = iterations == null ? Long.valueOf(Simulation.DEFAULT_ITERATIONS) : wholeNumber(iterations);
        Long s = seed == null ? Long.valueOf(Simulation.DEFAULT_SEED) : wholeNumber(seed);
        if (n == null || s == null) {
            return new SimulationParameters(0, 0, Answer.of(ProblemDocument.invalidParameter("iterations and seed "
                    + "must be whole numbers in digits 0-9, were " + (iterations == null ? "absent"
                    : Echo.quoted(iterations)) + " and " + (seed == null ? "absent" : Echo.quoted(seed)))));
        }
        if (!Simulation.allows(n)) {
            return new SimulationParameters(0, 0, Answer.of(ProblemDocument.invalidParameter(
                    "iterations must be between 1 and " + Simulation.MAX_ITERATIONS + ", was " + n)));
        }
        return new SimulationParameters(n.intValue(), s, null);
    }

    /**
     * A whole number written in ASCII digits (an optional sign, spaces around), or null. {@link Long#parseLong}
     * alone also takes other scripts' digits, such as full-width １０.
     */
    static Long wholeNumber(String text) {
        String t = text.trim();
        if (!WHOLE.matcher(t).matches()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null; // beyond a long
        }
    }

    /** A {@code sroi-scenarios/1} document in, the base and every scenario side by side out. */
    public Answer scenarios(byte[] document) {
        ScenarioJson.Reading reading = ScenarioJson.read(document, validator);
        if (!reading.valid()) {
            return Answer.of(reading.malformed() ? ProblemDocument.malformed(reading.errors())
                    : ProblemDocument.invalidScenarios(reading.errors()));
        }
        return Answer.ok(AnalysisJson.scenarios(ScenarioComparison.of(reading.base(), reading.scenarios())));
    }

    /**
     * The business case of one party, beside every other party. The document is a model, or a
     * {@code sroi-scenarios/1} document of which {@code scenario} names the scenario (or {@code null}: the base).
     */
    public Answer businessCase(byte[] document, String party, String scenario) {
        return forParty(document, party, scenario, c -> Answer.ok(AnalysisJson.businessCase(c)));
    }

    /** Every party's flows per period as CSV (the business case of all parties, one row per party and period). */
    public Answer flows(byte[] document, String scenario) {
        return forParty(document, null, scenario, c -> new Answer(200, FlowsCsv.write(c), Answer.CSV));
    }

    private Answer forParty(byte[] document, String party, String scenario,
                            java.util.function.Function<BusinessCase, Answer> write) {
        JsonNode tree;
        try {
            tree = ModelJson.parse(document);
        } catch (MalformedJsonException e) {
            return Answer.of(ProblemDocument.malformed(List.of(e.problem())));
        }
        ValidModel model;
        if (ScenarioJson.FORMAT.equals(tree.path("format").asText(null))) {
            ScenarioJson.Reading reading = ScenarioJson.read(tree, validator);
            if (!reading.valid()) {
                return Answer.of(ProblemDocument.invalidScenarios(reading.errors()));
            }
            model = scenario == null ? reading.base() : reading.scenarios().stream()
                    .filter(s -> s.id().equals(scenario)).map(ScenarioComparison.Named::model).findFirst().orElse(null);
            if (model == null) {
                return Answer.of(ProblemDocument.invalidParameter("there is no scenario " + Echo.quoted(scenario) + "; the "
                        + "scenarios are " + String.join(", ", reading.scenarios().stream()
                        .map(ScenarioComparison.Named::id).toList())));
            }
        } else {
            if (scenario != null) {
                return Answer.of(ProblemDocument.invalidParameter(
                        "a scenario can only be named for a sroi-scenarios/1 document"));
            }
            ModelReading reading = ModelJson.read(tree, validator);
            if (!reading.valid()) {
                return Answer.of(ProblemDocument.invalidModel(reading.errors()));
            }
            model = reading.validModel();
        }
        String focus = party != null ? party : model.model().stakeholders().get(0).id();
        try {
            return write.apply(BusinessCase.of(model, focus));
        } catch (IllegalArgumentException e) {
            return Answer.of(ProblemDocument.invalidParameter(e.getMessage()));
        }
    }

    /** The health document of a service that serves this many analyses. */
    public static String health(int models) {
        return Json.pretty(Json.object().put("status", "UP").put("models", models));
    }

    /** A catalogue of calculated analyses as a JSON array of summaries (see {@link ResultJson#summary}). */
    public static String catalogue(List<SroiModel> models, List<SroiResult> results) {
        com.fasterxml.jackson.databind.node.ArrayNode array = Json.NODES.arrayNode();
        for (int i = 0; i < models.size(); i++) {
            array.add(ResultJson.summary(models.get(i), results.get(i)));
        }
        return Json.pretty(array);
    }

    /**
     * A model document in, {@code {valid, errors, warnings}} out; an invalid model is a 200 answer, only bytes that
     * are not JSON give a problem document.
     */
    public Answer validate(byte[] model) {
        ModelReading reading = ModelJson.read(model, validator);
        if (reading.malformed()) {
            return Answer.of(ProblemDocument.of(reading));
        }
        ObjectNode o = Json.object().put("valid", reading.valid());
        ResultJson.problems(o, "errors", reading.errors());
        SroiResult result = reading.valid() ? calculator.calculate(reading.validModel()) : null;
        ResultJson.problems(o, "warnings", result == null ? List.of() : result.warnings());
        return Answer.ok(Json.pretty(o));
    }
}
