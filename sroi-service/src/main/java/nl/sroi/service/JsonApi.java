package nl.sroi.service;

import java.util.List;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.ChangeBridge;
import nl.sroi.core.json.BridgeJson;
import nl.sroi.core.json.BridgeRequest;
import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.analysis.ScenarioComparison;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.csv.FlowsCsv;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.tree.JsonTrees;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Parameters;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * The operations of the command line and the service, JSON in and an {@link Answer} out: core reads, calculates
 * and writes; this class maps core's failures to HTTP ({@link ProblemDocument#of(Validated)}), so that the command
 * line and the routes answer alike and neither holds a rule or a document shape of its own.
 */
public final class JsonApi {

    /**
     * The body to give back, the status it stands for and its media type; for a problem, its document too, which the
     * service's {@link Responder} writes as it writes every problem.
     *
     * @param status    the HTTP status (200, or a problem's)
     * @param body      the body
     * @param mediaType its media type
     * @param document  the problem document the body is, or {@code null}
     */
    public record Answer(int status, String body, String mediaType, ProblemDocument document) {
        public static final String JSON = "application/json";
        public static final String CSV = "text/csv; charset=utf-8";

        /** An answer that is not a problem document. */
        public Answer(int status, String body, String mediaType) {
            this(status, body, mediaType, null);
        }

        static Answer ok(String body) {
            return new Answer(200, body, JSON);
        }

        public static Answer of(ProblemDocument problem) {
            return new Answer(problem.status(), problem.toJson(), ProblemDocument.MEDIA_TYPE, problem);
        }

        /** Whether the body is a problem document. */
        public boolean problem() {
            return status != 200;
        }
    }

    /** With the default limits, answering in English. */
    public static final JsonApi DEFAULT = new JsonApi(ModelValidator.DEFAULT);

    /** Core names the party of a business case {@code party}; the query and the command line call it {@code for}. */
    private static final String PARTY = "for";
    /** The query parameter asking for a pretty-printed answer. */
    static final String PRETTY = "pretty";

    private final ModelValidator validator;
    private final SroiCalculator calculator;
    private final SensitivityAnalysis sensitivity = SensitivityAnalysis.DEFAULT;
    /** On the executor of the {@link Composition}'s policy: the results do not depend on it. */
    private final Simulation simulation;
    private final BusinessCase businessCase;
    private final ScenarioComparison comparison;
    private final Language language;

    /**
     * The command line's operations: {@link Composition#COMMAND_LINE}'s executor.
     *
     * @param validator the rules (and limits) documents are read with
     */
    public JsonApi(ModelValidator validator) {
        this(validator, new Simulation(Composition.COMMAND_LINE));
    }

    /** With the simulation (and so the threads it may use) given, as the {@link Composition} decides. */
    JsonApi(ModelValidator validator, Simulation simulation) {
        this.validator = validator;
        this.calculator = new SroiCalculator(validator);
        this.simulation = simulation;
        this.businessCase = new BusinessCase(calculator);
        this.comparison = new ScenarioComparison(calculator);
        this.language = Language.EN;
    }

    private JsonApi(JsonApi api, Language language) {
        this.validator = api.validator;
        this.calculator = api.calculator;
        this.simulation = api.simulation;
        this.businessCase = api.businessCase;
        this.comparison = api.comparison;
        this.language = language;
    }

    /**
     * The same operations, answering in a language: problem messages, warnings, labels and reasons.
     *
     * @param language the language
     * @return the operations in that language
     */
    public JsonApi in(Language language) {
        return language == this.language ? this : new JsonApi(this, language);
    }

    /** The rules (and limits) documents are read with. */
    ModelValidator validator() {
        return validator;
    }

    /** The language this answers in. */
    public Language language() {
        return language;
    }

    /** A model document in, the result document out (or the problem document). */
    public Answer calculate(byte[] model) {
        return calculate(model, null);
    }

    /**
     * A model document in, or a {@code sroi-scenarios/1} document with the scenario to calculate; the result
     * document out.
     */
    public Answer calculate(byte[] document, String scenario) {
        return calculate(document, scenario, true);
    }

    /**
     * The result document of a model or of a scenario, pretty-printed (as the command line prints it) or compact
     * (as the service answers unless asked {@code ?pretty}); the same document either way.
     */
    Answer calculate(byte[] document, String scenario, boolean pretty) {
        return answer(model(document, scenario)
                .map(v -> ResultJson.write(calculator.calculate(v), language, pretty)));
    }

    /**
     * The value of {@code ?pretty}: pretty when given without a value or as {@code true}, compact when absent or
     * {@code false}; anything else is a problem naming the parameter.
     */
    static Validated<Boolean> pretty(String value) {
        if (value == null || value.equals("false")) {
            return Validated.valid(false);
        }
        if (value.isEmpty() || value.equals("true")) {
            return Validated.valid(true);
        }
        return Validated.invalidParameter(PRETTY, ProblemCode.INVALID_VALUE,
                ServiceTexts.message("parameter.pretty", PRETTY, value));
    }

    /** A model document in, the sensitivity document (tornado and switching values) out. */
    public Answer sensitivity(byte[] model) {
        return sensitivity(model, null);
    }

    /** The sensitivity of a model, or of one scenario of a scenarios document. */
    public Answer sensitivity(byte[] document, String scenario) {
        return answer(model(document, scenario)
                .map(v -> AnalysisJson.sensitivity(sensitivity.calculate(v), v.model(), language)));
    }

    /**
     * A model document in, the simulation document out. {@code iterations} and {@code seed} are as given on a
     * command line or in a query ({@code null}: the defaults 10,000 and 1); iterations are 1 to 1,000,000.
     */
    public Answer simulate(byte[] model, String iterations, String seed) {
        return simulate(model, iterations, seed, null);
    }

    /** The simulation of a model, or of one scenario of a scenarios document. */
    public Answer simulate(byte[] document, String iterations, String seed, String scenario) {
        // the parameters first: a bad number of iterations is reported whatever the model
        return answer(simulationParameters(iterations, seed).flatMap(p -> model(document, scenario)
                .map(v -> simulation(v, p, Cancellation.NONE))));
    }

    /** The iterations and seed as given ({@code null}: the defaults 10,000 and 1), or the problem with them. */
    Validated<Simulation.Settings> simulationParameters(String iterations, String seed) {
        return Simulation.Settings.of(iterations, seed);
    }

    /** The sensitivity document of a valid model, stopping when {@code cancellation} says so. */
    String sensitivity(ValidModel valid, Cancellation cancellation) {
        return AnalysisJson.sensitivity(sensitivity.calculate(valid, cancellation), valid.model(), language);
    }

    /** The simulation document of a valid model, stopping when {@code cancellation} says so. */
    String simulation(ValidModel valid, Simulation.Settings p, Cancellation cancellation) {
        return AnalysisJson.simulation(simulation.run(valid, p.iterations(), p.seed(), cancellation).value(),
                valid.model(), language);
    }

    /** The comparison document of a scenario set. */
    String scenarios(ScenarioSet set) {
        return AnalysisJson.scenarios(comparison.compare(set), set, language);
    }

    /**
     * A bridge request ({@code {from, to}}, {@link BridgeRequest}) in, the {@code sroi-bridge/1} document out.
     */
    public Answer bridge(byte[] body) {
        return answer(BridgeRequest.read(body, validator).map(r -> bridge(r, Cancellation.NONE)));
    }

    /**
     * Two documents in (each a model, or a scenarios document of which {@code scenario} names one scenario, its
     * base model when {@code null}), the bridge from the first to the second out: the command line's
     * {@code bridge FROM TO}. A problem names its side ({@code /from/...}, {@code /to/...}).
     */
    public Answer bridge(byte[] from, String fromScenario, byte[] to, String toScenario) {
        ObjectNode body = Jackson.object();
        for (Object[] side : new Object[][] {{"from", from, fromScenario}, {"to", to, toScenario}}) {
            JsonNode tree;
            try {
                tree = Jackson.reader().readTree((byte[]) side[1]);
            } catch (IOException | RuntimeException e) {
                tree = null;
            }
            if (tree == null || tree.isMissingNode()) { // not JSON, or empty: the reader says where
                return problem(ScenarioJson.readModel((byte[]) side[1], validator, null));
            }
            boolean scenarios = ScenarioJson.FORMAT.equals(tree.path("format").asText(null));
            if (!scenarios && side[2] != null) {
                return problem(ScenarioJson.readModel((byte[]) side[1], validator, (String) side[2]));
            }
            body.set((String) side[0], scenarios ? Jackson.object().<ObjectNode>set("document", tree)
                    .put("scenario", (String) side[2]) : tree);
        }
        byte[] request;
        try {
            request = Jackson.writer().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a tree can always be written", e);
        }
        return answer(BridgeRequest.read(request, validator).map(r -> bridge(r, Cancellation.NONE)));
    }

    /** The bridge document of a read request, stopping when {@code cancellation} says so. */
    String bridge(BridgeRequest r, Cancellation cancellation) {
        return BridgeJson.write(ChangeBridge.DEFAULT.bridge(r.from(), r.to(), cancellation), language);
    }

    /** A {@code sroi-scenarios/1} document in, the base and every scenario side by side out. */
    public Answer scenarios(byte[] document) {
        return answer(ScenarioJson.read(document, validator).map(this::scenarios));
    }

    /**
     * The business case of one party, beside every other party. The document is a model, or a
     * {@code sroi-scenarios/1} document of which {@code scenario} names the scenario (or {@code null}: the base).
     * Without a party, the answer is a problem that lists the stakeholders to choose from.
     */
    public Answer businessCase(byte[] document, String party, String scenario) {
        Validated<String> written = ScenarioJson.readModel(document, validator, scenario)
                .flatMap(model -> businessCase.calculate(model, party))
                .map(AnalysisJson::businessCase);
        return answer(written);
    }

    /** Every party's flows per period as English CSV (the business case of all parties). */
    public Answer flows(byte[] document, String scenario) {
        return flows(document, scenario, null, null);
    }

    /**
     * Every party's flows per period as CSV: of a model, of a scenarios document's scenario {@code scenario}, or
     * without it of the base and every scenario, each row naming its scenario (never one of them silently).
     *
     * @param party    only this party's rows, or {@code null} for every party
     * @param csv      {@code en} (or {@code null}): RFC 4180; {@code nl}: semicolons and decimal commas
     */
    public Answer flows(byte[] document, String scenario, String party, String csv) {
        Validated<Language> conventions = Parameters.language(csv, Language.EN);
        if (!conventions.isValid()) {
            return problem(conventions);
        }
        Validated<List<BusinessCase.OfScenario>> cases = ScenarioJson.readModels(document, validator, scenario)
                .flatMap(models -> businessCase.calculate(models, party));
        if (!cases.isValid()) {
            return problem(cases);
        }
        List<FlowsCsv.Side> sides = cases.value().stream()
                .map(c -> new FlowsCsv.Side(c.scenario().id(), c.scenario().title(), c.result())).toList();
        boolean scenarios = sides.size() > 1 || sides.get(0).scenario() != null;
        return new Answer(200, FlowsCsv.write(sides, party, conventions.value(), scenarios), Answer.CSV);
    }

    /**
     * A model document in, {@code {valid, errors, warnings}} out; an invalid model is a 200 answer, only bytes that
     * are not JSON give a problem document.
     */
    public Answer validate(byte[] model) {
        return validate(model, null);
    }

    /** Validation of a model, or of one scenario of a scenarios document. */
    public Answer validate(byte[] document, String scenario) {
        Validated<ValidModel> reading = model(document, scenario);
        if (reading.failure() == Validated.Failure.MALFORMED_JSON
                || reading.failure() == Validated.Failure.INVALID_PARAMETER
                || reading.failure() == Validated.Failure.INVALID_SCENARIOS) {
            return problem(reading);
        }
        List<nl.sroi.core.validation.Problem> warnings = reading.isValid()
                ? calculator.calculate(reading.value()).warnings() : List.of();
        return Answer.ok(ResultJson.validation(reading.errors(), warnings, language));
    }

    /** A model, or a scenario of a scenarios document when one is named. */
    Validated<ValidModel> model(byte[] document, String scenario) {
        return scenario == null ? ModelJson.read(document, validator)
                : ScenarioJson.readModel(document, validator, scenario);
    }

    /** The answer to a document or parameter core did not accept, in this language. */
    public Answer problem(Validated<?> failed) {
        return Answer.of(ProblemDocument.of(renamed(failed), language));
    }

    /** Core's name of a parameter as the query and the command line spell it. */
    private static Validated<?> renamed(Validated<?> failed) {
        if (failed.failure() != Validated.Failure.INVALID_PARAMETER
                || !"party".equals(failed.errors().get(0).parameter())) {
            return failed;
        }
        nl.sroi.core.validation.Problem p = failed.errors().get(0);
        return Validated.invalidParameter(PARTY, p.code(), p.text());
    }

    /** The health document of a service that serves this many analyses. */
    public static String health(int models) {
        return Jackson.pretty(Jackson.object().put("status", "UP").put("models", models));
    }

    /** A catalogue of calculated analyses as a JSON array of summaries (see {@link JsonTrees#summary}). */
    public static String catalogue(List<SroiModel> models, List<SroiResult> results) {
        ArrayNode array = Jackson.array();
        for (int i = 0; i < models.size(); i++) {
            array.add(JsonTrees.summary(models.get(i), results.get(i)));
        }
        return Jackson.pretty(array);
    }

    private Answer answer(Validated<String> document) {
        return document.isValid() ? Answer.ok(document.value()) : problem(document);
    }
}
