package nl.sroi.core.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.analysis.ChangeBridge;
import nl.sroi.core.jackson.MalformedJsonException;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * The body of a bridge request, {@code { "from": SIDE, "to": SIDE }} (section 5 of {@code bridge.md}): each side a
 * {@code sroi-model/1} model, or {@code { "document": SCENARIOS, "scenario": ID | null }} for one scenario of a
 * scenarios document ({@code null}: its base model). Every problem names its side in its pointer
 * ({@code /from/outcomes/0/proxy/value}, {@code /to/scenario}, {@code /to/currency}).
 *
 * @param from FROM, valid
 * @param to   TO, valid, in FROM's currency
 */
public record BridgeRequest(ValidModel from, ValidModel to) {

    private static final Set<String> FIELDS = Set.of("from", "to");
    private static final Set<String> SCENARIO_FIELDS = Set.of("document", "scenario");

    /**
     * Reads a request's body.
     *
     * @param body      the bytes
     * @param validator the rules both models are checked against
     * @return the two models, or every problem of both sides
     */
    public static Validated<BridgeRequest> read(byte[] body, ModelValidator validator) {
        JsonNode tree;
        try {
            tree = ModelJson.parse(body);
        } catch (MalformedJsonException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(e.problem()));
        }
        return read(tree, validator);
    }

    /**
     * Reads an already parsed body.
     *
     * @param tree      the body
     * @param validator the rules both models are checked against
     * @return the two models, or every problem of both sides
     */
    static Validated<BridgeRequest> read(JsonNode tree, ModelValidator validator) {
        List<Problem> errors = new ArrayList<>();
        if (!tree.isObject()) {
            errors.add(Problem.of("", ProblemCode.WRONG_TYPE, Message.of("wrongType", "the request",
                    Message.of("type.jsonObject"), Message.of(tree.isArray() ? "actual.array" : "actual.value"))));
            return Validated.invalid(Validated.Failure.INVALID_MODEL, errors);
        }
        unknown(tree, "", FIELDS, errors);
        Validated<ValidModel> from = side(tree, "from", validator, errors);
        Validated<ValidModel> to = side(tree, "to", validator, errors);
        boolean scenarios = errors.stream().anyMatch(p -> p.pointer() != null && p.pointer().contains("/document"));
        if (errors.isEmpty()) {
            Problem currencies = ChangeBridge.incomparable(from.value().model(), to.value().model());
            if (currencies != null) {
                errors.add(currencies);
            }
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(scenarios ? Validated.Failure.INVALID_SCENARIOS
                    : Validated.Failure.INVALID_MODEL, errors);
        }
        return Validated.valid(new BridgeRequest(from.value(), to.value()));
    }

    /** One side: a model, or a scenario of a scenarios document; its problems added under its name. */
    private static Validated<ValidModel> side(JsonNode tree, String name, ModelValidator validator,
                                              List<Problem> errors) {
        String at = "/" + name;
        JsonNode side = tree.get(name);
        if (side == null || side.isNull()) {
            errors.add(Problem.of(at, ProblemCode.REQUIRED, Message.of("bridge.side", name)));
            return null;
        }
        if (!side.isObject()) {
            errors.add(Problem.of(at, ProblemCode.WRONG_TYPE, Message.of("bridge.side", name)));
            return null;
        }
        Validated<ValidModel> read;
        if (side.has("document")) {
            unknown(side, at, SCENARIO_FIELDS, errors);
            JsonNode scenario = side.get("scenario");
            if (scenario == null || !(scenario.isNull() || scenario.isTextual())) {
                errors.add(Problem.of(at + "/scenario", scenario == null ? ProblemCode.REQUIRED
                        : ProblemCode.WRONG_TYPE, Message.of("bridge.scenario")));
                return null;
            }
            read = ScenarioJson.read(side.get("document"), validator)
                    .flatMap(set -> set.model(scenario.isNull() ? null : scenario.asText()));
            for (Problem p : read.errors()) {
                errors.add(p.parameter() != null ? Problem.of(at + "/scenario", p.code(), p.text())
                        : p.at(at + "/document" + p.pointer()));
            }
        } else {
            read = ModelJson.read(side, validator);
            read.errors().forEach(p -> errors.add(p.at(at + p.pointer())));
        }
        return read;
    }

    private static void unknown(JsonNode o, String at, Set<String> fields, List<Problem> errors) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!fields.contains(field)) {
                errors.add(Problem.of(at + "/" + field, ProblemCode.UNKNOWN_FIELD,
                        Message.of("bridge.unknownField", field, String.join(", ", fields.stream().sorted().toList()))));
            }
        }
    }
}
