package nl.sroi.core.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.validation.Echo;
import nl.sroi.core.validation.ModelLimits;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * Reads a {@code sroi-scenarios/1} document: a model and scenarios that replace named values in it, each value
 * addressed by its JSON Pointer. Every scenario is validated as a whole model after its replacements; a problem
 * in a replaced value is reported inside the scenario's {@code set} ({@code /scenarios/0/set/~1outcomes~10~1quantity/1}),
 * any other problem a scenario causes at its {@code set}, naming the model's pointer.
 */
public final class ScenarioJson {

    /** The format of a scenarios document. */
    public static final String FORMAT = "sroi-scenarios/1";
    /** The most scenarios one document may hold. */
    public static final int MAX_SCENARIOS = 50;
    private static final Set<String> FIELDS = Set.of("format", "model", "scenarios");
    private static final Set<String> SCENARIO_FIELDS = Set.of("id", "title", "set");

    private ScenarioJson() {
    }

    /**
     * Reads and validates a scenarios document with the given validator (and so its limits).
     *
     * @param json      the document's bytes
     * @param validator the validator of the model and of every scenario
     * @return the model and its scenarios, or every problem
     *         ({@link Validated.Failure#MALFORMED_JSON} or {@link Validated.Failure#INVALID_SCENARIOS})
     */
    public static Validated<ScenarioSet> read(byte[] json, ModelValidator validator) {
        JsonNode tree;
        try {
            tree = ModelJson.parse(json);
        } catch (MalformedJsonException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(e.problem()));
        }
        return read(tree, validator);
    }

    /**
     * The model a document stands for: a {@code sroi-model/1} document, or one scenario (or the base) of a
     * {@code sroi-scenarios/1} document.
     *
     * @param json      the document's bytes
     * @param validator the validator of the model (and of every scenario)
     * @param scenario  the scenario's id in a scenarios document, or {@code null} for the model itself
     * @return the model, or every problem of the document, or a problem with the parameter {@code scenario} when
     *         the scenarios document has no such scenario or the document is a model
     */
    public static Validated<ValidModel> readModel(byte[] json, ModelValidator validator, String scenario) {
        JsonNode tree;
        try {
            tree = ModelJson.parse(json);
        } catch (MalformedJsonException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(e.problem()));
        }
        if (FORMAT.equals(tree.path("format").asText(null))) {
            return read(tree, validator).flatMap(set -> set.model(scenario));
        }
        if (scenario != null) {
            return Validated.invalidParameter("scenario", ProblemCode.NOT_APPLICABLE,
                    "a scenario can only be named for a sroi-scenarios/1 document");
        }
        return ModelJson.read(tree, validator);
    }

    /**
     * Reads an already parsed scenarios document.
     *
     * @param tree      the document
     * @param validator the rules (and limits) every model is checked against
     * @return the base and its scenarios as valid models, or every problem
     */
    public static Validated<ScenarioSet> read(JsonNode tree, ModelValidator validator) {
        List<Problem> errors = new ArrayList<>();
        if (!tree.isObject()) {
            errors.add(Problem.of("", ProblemCode.WRONG_TYPE, "the scenarios document must be a JSON object"));
            return Validated.invalid(Validated.Failure.INVALID_SCENARIOS, errors);
        }
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                errors.add(Problem.of(Pointer.child("", field), ProblemCode.UNKNOWN_FIELD,
                        "unknown field " + Echo.quoted(field)));
            }
        }
        if (!FORMAT.equals(tree.path("format").asText(null))) {
            errors.add(Problem.of("/format", tree.has("format") ? ProblemCode.UNSUPPORTED_FORMAT : ProblemCode.REQUIRED,
                    "format must be \"" + FORMAT + "\""));
        }
        JsonNode modelTree = tree.get("model");
        Validated<ValidModel> base = null;
        if (modelTree == null) {
            errors.add(Problem.of("/model", ProblemCode.REQUIRED, "model is required"));
        } else {
            base = ModelJson.read(modelTree, validator);
            base.errors().forEach(p -> errors.add(prefixed("/model", p)));
        }
        JsonNode scenarios = tree.get("scenarios");
        if (scenarios == null || !scenarios.isArray() || scenarios.isEmpty()) {
            errors.add(Problem.of("/scenarios", scenarios == null ? ProblemCode.REQUIRED : ProblemCode.EMPTY,
                    "scenarios must list at least one scenario"));
            return Validated.invalid(Validated.Failure.INVALID_SCENARIOS, errors);
        }
        if (scenarios.size() > MAX_SCENARIOS) {
            // each scenario is a whole model, validated and calculated: their number bounds the work and memory
            errors.add(Problem.of("/scenarios", ProblemCode.LIMIT_EXCEEDED,
                    "scenarios may hold at most " + MAX_SCENARIOS + " entries, has " + scenarios.size()));
            return Validated.invalid(Validated.Failure.INVALID_SCENARIOS, errors);
        }
        List<ScenarioSet.Scenario> named = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioSet.Scenario s = scenario(scenarios.get(i), Pointer.child("/scenarios", i), modelTree,
                    base != null && base.isValid(), ids, validator, errors);
            if (s != null) {
                named.add(s);
            }
        }
        return errors.isEmpty() ? Validated.valid(new ScenarioSet(base.value(), named))
                : Validated.invalid(Validated.Failure.INVALID_SCENARIOS, errors);
    }

    private static ScenarioSet.Scenario scenario(JsonNode node, String p, JsonNode modelTree, boolean baseValid,
                                                     Set<String> ids, ModelValidator validator, List<Problem> errors) {
        if (!node.isObject()) {
            errors.add(Problem.of(p, ProblemCode.WRONG_TYPE, "a scenario must be an object"));
            return null;
        }
        int before = errors.size();
        node.fieldNames().forEachRemaining(f -> {
            if (!SCENARIO_FIELDS.contains(f)) {
                errors.add(Problem.of(Pointer.child(p, f), ProblemCode.UNKNOWN_FIELD,
                        "unknown field " + Echo.quoted(f)));
            }
        });
        String id = node.path("id").isTextual() ? node.get("id").textValue() : null;
        if (!ModelValidator.isId(id)) {
            errors.add(Problem.of(p + "/id", id == null ? ProblemCode.REQUIRED : ProblemCode.INVALID_ID,
                    "a scenario id is 1 to 64 characters of a-z, 0-9 and -"));
        } else if (!ids.add(id)) {
            errors.add(Problem.of(p + "/id", ProblemCode.DUPLICATE_ID, "there is already a scenario " + Echo.quoted(id)));
        }
        String title = node.path("title").isTextual() ? node.get("title").textValue() : null;
        if (title == null || title.isBlank()) {
            errors.add(Problem.of(p + "/title", title == null ? ProblemCode.REQUIRED : ProblemCode.EMPTY,
                    "title must not be empty"));
        } else if (title.length() > ModelLimits.MAX_TEXT_LENGTH) {
            errors.add(Problem.of(p + "/title", ProblemCode.LIMIT_EXCEEDED,
                    "title may be at most " + ModelLimits.MAX_TEXT_LENGTH + " characters long, was " + title.length()));
        }
        JsonNode set = node.get("set");
        if (set == null || !set.isObject() || set.isEmpty()) {
            errors.add(Problem.of(p + "/set", set == null ? ProblemCode.REQUIRED : ProblemCode.EMPTY,
                    "set must name at least one value to replace, by JSON Pointer"));
            return null;
        }
        if (!baseValid) {
            return null;
        }
        ObjectNode changed = modelTree.deepCopy();
        List<String> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = Pointer.child(p + "/set", e.getKey());
            if (replace(changed, e.getKey(), e.getValue())) {
                keys.add(e.getKey());
            } else {
                errors.add(Problem.of(at, ProblemCode.INVALID_POINTER,
                        Echo.quoted(e.getKey()) + " does not name a value of the model that can be replaced"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        Validated<ValidModel> reading = ModelJson.read(changed, validator);
        for (Problem problem : reading.errors()) {
            errors.add(intoSet(problem, p + "/set", keys));
        }
        return reading.isValid() ? new ScenarioSet.Scenario(id, title, reading.value()) : null;
    }

    /** Replaces the value at the pointer; its parent must exist, and an array index must already be there. */
    private static boolean replace(ObjectNode root, String pointer, JsonNode value) {
        if (!pointer.startsWith("/")) {
            return false;
        }
        JsonPointer p;
        try {
            p = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return false;
        }
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value.deepCopy());
            return true;
        }
        int index = p.last().getMatchingIndex();
        if (parent.isArray() && index >= 0 && index < parent.size()) {
            ((ArrayNode) parent).set(index, value.deepCopy());
            return true;
        }
        return false;
    }

    private static Problem intoSet(Problem problem, String set, List<String> keys) {
        for (String key : keys) {
            String pointer = problem.pointer();
            if (pointer.equals(key) || pointer.startsWith(key + "/")) {
                return Problem.of(Pointer.child(set, key) + pointer.substring(key.length()), problem.code(),
                        problem.message());
            }
        }
        return Problem.of(set, problem.code(), "at " + problem.pointer() + ": " + problem.message());
    }

    private static Problem prefixed(String prefix, Problem p) {
        return new Problem(prefix + p.pointer(), p.code(), p.message(), p.line(), p.column());
    }
}
