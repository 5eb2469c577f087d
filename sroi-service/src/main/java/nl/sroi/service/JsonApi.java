package nl.sroi.service;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;

import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.analysis.ScenarioComparison;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.csv.FlowsCsv;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.json.Json;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.Echo;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * The operations of the command line and the service, JSON in and an {@link Answer} out: core reads, calculates
 * and writes; this class maps core's failures to HTTP ({@link ProblemDocument#of(Validated)}), so that the command
 * line and the routes answer alike and neither holds a rule or a document shape of its own.
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

        /** The answer to a document or parameter core did not accept. */
        public static Answer of(Validated<?> failed) {
            return of(ProblemDocument.of(failed));
        }

        /** Whether the body is a problem document. */
        public boolean problem() {
            return status != 200;
        }
    }

    /** With the default limits. */
    public static final JsonApi DEFAULT = new JsonApi(ModelValidator.DEFAULT);

    /** An optional whole number of a command line or a query: digits with an optional sign. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    private final ModelValidator validator;
    private final SroiCalculator calculator;
    private final SensitivityAnalysis sensitivity = SensitivityAnalysis.DEFAULT;
    private final Simulation simulation;
    private final BusinessCase businessCase;
    private final ScenarioComparison comparison;

    /** The command line asks for every core for a simulation: the results do not depend on it. */
    public JsonApi(ModelValidator validator) {
        this(validator, new Simulation(ForkJoinPool.commonPool()));
    }

    /** With the simulation (and so the threads it may use) given. */
    JsonApi(ModelValidator validator, Simulation simulation) {
        this.simulation = simulation;
        this.validator = validator;
        this.calculator = new SroiCalculator(validator);
        this.businessCase = new BusinessCase(calculator);
        this.comparison = new ScenarioComparison(calculator);
    }

    /** A model document in, the result document out (or the problem document). */
    public Answer calculate(byte[] model) {
        return answer(ModelJson.read(model, validator).map(v -> ResultJson.write(calculator.calculate(v))));
    }

    /** A model document in, the sensitivity document (tornado and switching values) out. */
    public Answer sensitivity(byte[] model) {
        return answer(ModelJson.read(model, validator).map(v -> sensitivity(v, Cancellation.NONE)));
    }

    /** The sensitivity document of a valid model, stopping when {@code cancellation} says so. */
    String sensitivity(ValidModel valid, Cancellation cancellation) {
        return AnalysisJson.sensitivity(sensitivity.calculate(valid, cancellation));
    }

    /** The simulation document of a valid model, stopping when {@code cancellation} says so. */
    String simulation(ValidModel valid, SimulationParameters p, Cancellation cancellation) {
        return AnalysisJson.simulation(simulation.run(valid, p.iterations(), p.seed(), cancellation).value());
    }

    /** The comparison document of a scenario set. */
    String scenarios(ScenarioSet set) {
        return AnalysisJson.scenarios(comparison.compare(set));
    }

    /**
     * A model document in, the simulation document out. {@code iterations} and {@code seed} are as given on a
     * command line or in a query ({@code null}: the defaults 10,000 and 1); iterations are 1 to 1,000,000.
     */
    public Answer simulate(byte[] model, String iterations, String seed) {
        // the parameters first: a bad number of iterations is reported whatever the model
        return answer(simulationParameters(iterations, seed).flatMap(p -> ModelJson.read(model, validator)
                .map(v -> simulation(v, p, Cancellation.NONE))));
    }

    /** A simulation's number of iterations (checked) and seed. */
    record SimulationParameters(int iterations, long seed) {
    }

    /**
     * The iterations and seed as given on a command line or in a query ({@code null}: the defaults 10,000 and 1),
     * or the problem with them. Digits are ASCII only: {@link Long#parseLong} also takes other scripts' digits
     * (full-width １０).
     */
    static Validated<SimulationParameters> simulationParameters(String iterations, String seed) {
        Long n = iterations == null ? Long.valueOf(Simulation.DEFAULT_ITERATIONS) : wholeNumber(iterations);
        Long s = seed == null ? Long.valueOf(Simulation.DEFAULT_SEED) : wholeNumber(seed);
        if (n == null || s == null) {
            return Validated.invalidParameter(n == null ? "iterations" : "seed", ProblemCode.WRONG_TYPE,
                    "iterations and seed must be whole numbers in digits 0-9, were "
                            + (iterations == null ? "absent" : Echo.quoted(iterations)) + " and "
                            + (seed == null ? "absent" : Echo.quoted(seed)));
        }
        return Simulation.iterations(n).map(count -> new SimulationParameters(count, s));
    }

    /** A {@code sroi-scenarios/1} document in, the base and every scenario side by side out. */
    public Answer scenarios(byte[] document) {
        return answer(ScenarioJson.read(document, validator).map(this::scenarios));
    }

    /**
     * The business case of one party, beside every other party. The document is a model, or a
     * {@code sroi-scenarios/1} document of which {@code scenario} names the scenario (or {@code null}: the base).
     */
    public Answer businessCase(byte[] document, String party, String scenario) {
        return forParty(document, party, scenario, AnalysisJson::businessCase, JSON_ANSWER);
    }

    /** Every party's flows per period as CSV (the business case of all parties, one row per party and period). */
    public Answer flows(byte[] document, String scenario) {
        return forParty(document, null, scenario, FlowsCsv::write, body -> new Answer(200, body, Answer.CSV));
    }

    private static final Function<String, Answer> JSON_ANSWER = Answer::ok;

    private Answer forParty(byte[] document, String party, String scenario,
                            Function<BusinessCaseResult, String> write, Function<String, Answer> ok) {
        Validated<String> written = ScenarioJson.readModel(document, validator, scenario)
                .flatMap(model -> party == null ? Validated.valid(businessCase.calculate(model))
                        : businessCase.calculate(model, party))
                .map(write);
        return written.isValid() ? ok.apply(written.value()) : Answer.of(written);
    }

    /**
     * A model document in, {@code {valid, errors, warnings}} out; an invalid model is a 200 answer, only bytes that
     * are not JSON give a problem document.
     */
    public Answer validate(byte[] model) {
        Validated<ValidModel> reading = ModelJson.read(model, validator);
        if (reading.failure() == Validated.Failure.MALFORMED_JSON) {
            return Answer.of(reading);
        }
        List<nl.sroi.core.validation.Problem> warnings = reading.isValid()
                ? calculator.calculate(reading.value()).warnings() : List.of();
        return Answer.ok(ResultJson.validation(reading.errors(), warnings));
    }

    /** The health document of a service that serves this many analyses. */
    public static String health(int models) {
        return Json.pretty(Json.mapper().createObjectNode().put("status", "UP").put("models", models));
    }

    /** A catalogue of calculated analyses as a JSON array of summaries (see {@link ResultJson#summary}). */
    public static String catalogue(List<SroiModel> models, List<SroiResult> results) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (int i = 0; i < models.size(); i++) {
            array.add(ResultJson.summary(models.get(i), results.get(i)));
        }
        return Json.pretty(array);
    }

    private static Answer answer(Validated<String> document) {
        return document.isValid() ? Answer.ok(document.value()) : Answer.of(document);
    }

    /** The value of a whole-number parameter, or null when it is not one (or does not fit a long). */
    static Long wholeNumber(String text) {
        String s = text.trim();
        if (!WHOLE.matcher(s).matches()) {
            return null;
        }
        BigInteger value = new BigInteger(s);
        return value.bitLength() < 64 ? value.longValue() : null;
    }
}
