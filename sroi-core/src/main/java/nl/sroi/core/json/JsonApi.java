package nl.sroi.core.json;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.ScenarioComparison;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Language;
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
        long n;
        long s;
        try {
            n = iterations == null ? Simulation.DEFAULT_ITERATIONS : Long.parseLong(iterations.trim());
            s = seed == null ? Simulation.DEFAULT_SEED : Long.parseLong(seed.trim());
        } catch (NumberFormatException e) {
            return Answer.of(ProblemDocument.invalidParameter("iterations and seed must be whole numbers, were \""
                    + iterations + "\" and \"" + seed + "\""));
        }
        if (!Simulation.allows(n)) {
            return Answer.of(ProblemDocument.invalidParameter("iterations must be between 1 and "
                    + Simulation.MAX_ITERATIONS + ", was " + n));
        }
        ModelReading reading = ModelJson.read(model, validator);
        if (!reading.valid()) {
            return Answer.of(ProblemDocument.of(reading));
        }
        return Answer.ok(AnalysisJson.simulation(Simulation.run(reading.validModel(), (int) n, s)));
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

    /**
     * Every party's flows per period as CSV (the business case of all parties, one row per party and period). For a
     * scenarios document without {@code scenario}, the base model and then every scenario, each row naming its
     * scenario; never one of them silently.
     *
     * @param party    only this party's rows, or {@code null} for every party
     * @param language {@code en} (or {@code null}): RFC 4180; {@code nl}: semicolons and decimal commas
     */
    public Answer flows(byte[] document, String scenario, String party, String language) {
        Language lang = language == null ? Language.EN : Language.of(language).orElse(null);
        if (lang == null) {
            return Answer.of(ProblemDocument.invalidParameter(languageProblem(language)));
        }
        Models models = models(document, scenario, party);
        if (!models.valid()) {
            return models.problem();
        }
        List<FlowsCsv.Side> sides = new ArrayList<>();
        for (ScenarioComparison.Named m : models.models()) {
            String focus = party != null ? party : m.model().model().stakeholders().get(0).id();
            sides.add(new FlowsCsv.Side(m.id(), m.title(), BusinessCase.of(m.model(), focus)));
        }
        return new Answer(200, FlowsCsv.write(sides, party, lang, models.scenarios()), Answer.CSV);
    }

    /** Every party's flows of a model, or of a scenarios document's base or named scenario, as English CSV. */
    public Answer flows(byte[] document, String scenario) {
        return flows(document, scenario, null, null);
    }

    /** The sentence for a language parameter that is neither {@code nl} nor {@code en}. */
    public static String languageProblem(String language) {
        return "lang must be nl or en, was \"" + language + "\"";
    }

    /**
     * The models a document names for an export: a model alone (id {@code null}); or a scenarios document's
     * scenario {@code scenario}, or without it the base (id {@code null}, the model's title) followed by every
     * scenario. Or the problem: a document that is not valid, an unknown scenario, a scenario named for a plain
     * model, or a {@code party} that is not a stakeholder of every model.
     */
    public record Models(List<ScenarioComparison.Named> models, boolean scenarios, Answer problem) {
        public Models {
            models = List.copyOf(models);
        }

        public boolean valid() {
            return problem == null;
        }

        static Models of(Answer problem) {
            return new Models(List.of(), false, problem);
        }
    }

    /** See {@link Models}. */
    public Models models(byte[] document, String scenario, String party) {
        JsonNode tree;
        try {
            tree = ModelJson.parse(document);
        } catch (MalformedJsonException e) {
            return Models.of(Answer.of(ProblemDocument.malformed(List.of(e.problem()))));
        }
        List<ScenarioComparison.Named> models = new ArrayList<>();
        boolean scenarios = ScenarioJson.FORMAT.equals(tree.path("format").asText(null));
        if (scenarios) {
            ScenarioJson.Reading reading = ScenarioJson.read(tree, validator);
            if (!reading.valid()) {
                return Models.of(Answer.of(ProblemDocument.invalidScenarios(reading.errors())));
            }
            if (scenario == null) {
                models.add(new ScenarioComparison.Named(null, reading.base().model().title(), reading.base()));
                models.addAll(reading.scenarios());
            } else {
                reading.scenarios().stream().filter(s -> s.id().equals(scenario)).findFirst().ifPresent(models::add);
                if (models.isEmpty()) {
                    return Models.of(Answer.of(ProblemDocument.invalidParameter("there is no scenario \"" + scenario
                            + "\"; the scenarios are " + String.join(", ", reading.scenarios().stream()
                            .map(ScenarioComparison.Named::id).toList()))));
                }
            }
        } else {
            if (scenario != null) {
                return Models.of(Answer.of(ProblemDocument.invalidParameter(
                        "a scenario can only be named for a sroi-scenarios/1 document")));
            }
            ModelReading reading = ModelJson.read(tree, validator);
            if (!reading.valid()) {
                return Models.of(Answer.of(ProblemDocument.invalidModel(reading.errors())));
            }
            models.add(new ScenarioComparison.Named(null, reading.model().title(), reading.validModel()));
        }
        if (party != null) {
            for (ScenarioComparison.Named m : models) {
                List<String> ids = m.model().model().stakeholders().stream().map(s -> s.id()).toList();
                if (!ids.contains(party)) {
                    return Models.of(Answer.of(ProblemDocument.invalidParameter("there is no stakeholder \"" + party
                            + "\"" + (m.id() == null ? "" : " in scenario \"" + m.id() + "\"")
                            + "; the stakeholders are " + String.join(", ", ids))));
                }
            }
        }
        return new Models(models, scenarios, null);
    }

    private Answer forParty(byte[] document, String party, String scenario,
                            java.util.function.Function<BusinessCase, Answer> write) {
        Models models = models(document, scenario, party);
        if (!models.valid()) {
            return models.problem();
        }
        ValidModel model = models.models().get(0).model();
        String focus = party != null ? party : model.model().stakeholders().get(0).id();
        return write.apply(BusinessCase.of(model, focus));
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
        ResultJson.problems(o.putArray("errors"), reading.errors());
        SroiResult result = reading.valid() ? calculator.calculate(reading.validModel()) : null;
        ResultJson.problems(o.putArray("warnings"), result == null ? List.of() : result.warnings());
        return Answer.ok(Json.pretty(o));
    }
}
