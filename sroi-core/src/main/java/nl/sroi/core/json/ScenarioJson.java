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
import nl.sroi.core.jackson.MalformedJsonException;
import nl.sroi.core.model.Published;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelLimits;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
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
    private static final List<String> FIELDS = List.of("format", "model", "scenarios");
    private static final List<String> SCENARIO_FIELDS = List.of("id", "title", "set", "changes", "published");

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
        return tree(json).flatMap(tree -> FORMAT.equals(tree.path("format").asText(null))
                ? read(tree, validator).flatMap(set -> set.model(scenario))
                : plainModel(tree, validator, scenario));
    }

    private static Validated<JsonNode> tree(byte[] json) {
        try {
            return Validated.valid(ModelJson.parse(json));
        } catch (MalformedJsonException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(e.problem()));
        }
    }

    /** A model document's model; a scenario named for it is a problem with the parameter. */
    private static Validated<ValidModel> plainModel(JsonNode tree, ModelValidator validator, String scenario) {
        if (scenario != null) {
            return Validated.invalidParameter("scenario", ProblemCode.NOT_APPLICABLE,
                    Message.of("scenario.notApplicable", FORMAT));
        }
        return ModelJson.read(tree, validator);
    }

    /**
     * The models a document stands for in an export: a {@code sroi-model/1} document's model; one scenario of a
     * {@code sroi-scenarios/1} document; or, without {@code scenario}, its base followed by every scenario, so that
     * an export never silently takes one of them.
     *
     * @param json      the document's bytes
     * @param validator the validator of the model (and of every scenario)
     * @param scenario  the scenario's id in a scenarios document, or {@code null}
     * @return the models in order, each as a scenario (a plain model and a scenarios document's base with id
     *         {@code null} and the model's title); or every problem of the document, or a problem with the
     *         parameter {@code scenario} as {@link #readModel} gives it
     */
    public static Validated<List<ScenarioSet.Scenario>> readModels(byte[] json, ModelValidator validator,
                                                                   String scenario) {
        return readDocument(json, validator, scenario).map(Reading::models);
    }

    /**
     * A document read once for an export or a report: the models it stands for, as {@link #readModels} gives them,
     * and for a scenarios document the whole set, whose base a scenario is compared with.
     *
     * @param models the models in order (see {@link #readModels})
     * @param set    the scenarios document, or {@code null} for a model document
     */
    public record Reading(List<ScenarioSet.Scenario> models, ScenarioSet set) {
        /**
         * A reading, with an unmodifiable copy of the models.
         *
         * @param models the models in order
         * @param set    the scenarios document, or {@code null}
         */
        public Reading {
            models = List.copyOf(models);
        }
    }

    /**
     * Reads a document once: the models {@link #readModels} gives and, for a scenarios document, the set itself.
     *
     * @param json      the document's bytes
     * @param validator the validator of the model (and of every scenario)
     * @param scenario  the scenario's id in a scenarios document, or {@code null}
     * @return the reading, or every problem of the document, or a problem with the parameter {@code scenario} as
     *         {@link #readModel} gives it
     */
    public static Validated<Reading> readDocument(byte[] json, ModelValidator validator, String scenario) {
        return tree(json).flatMap(tree -> {
            if (!FORMAT.equals(tree.path("format").asText(null))) {
                return plainModel(tree, validator, scenario)
                        .map(m -> new Reading(List.of(new ScenarioSet.Scenario(null, m.model().title(), m)), null));
            }
            return read(tree, validator).flatMap(set -> {
                List<ScenarioSet.Scenario> all = new ArrayList<>();
                if (scenario == null) {
                    all.add(new ScenarioSet.Scenario(null, set.base().model().title(), set.base()));
                    all.addAll(set.scenarios());
                    return Validated.valid(new Reading(all, set));
                }
                return set.model(scenario).map(m -> new Reading(List.of(set.scenarios().stream()
                        .filter(x -> x.id().equals(scenario)).findFirst().orElseThrow()), set));
            });
        });
    }

    /**
     * Whether a document meant as a scenarios document is a model: its format says so, or, without the scenarios
     * format and without a {@code model}, it has a model's stakeholders or outcomes.
     */
    private static boolean isModel(JsonNode tree) {
        String format = tree.path("format").asText(null);
        return SroiModel.FORMAT.equals(format) || !FORMAT.equals(format) && !tree.has("model")
                && (tree.has("stakeholders") || tree.has("outcomes"));
    }

    /**
     * Reads an already parsed scenarios document.
     *
     * @param tree      the document
     * @param validator the rules (and limits) every model is checked against
     * @return the base and its scenarios as valid models, or every problem
     */
    static Validated<ScenarioSet> read(JsonNode tree, ModelValidator validator) {
        List<Problem> errors = new ArrayList<>();
        if (!tree.isObject()) {
            errors.add(Problem.of("", ProblemCode.WRONG_TYPE, Message.of("wrongType", Message.of("object.scenarios"),
                    Message.of("type.jsonObject"), Message.of(tree.isArray() ? "actual.array" : "actual.value"))));
            return Validated.invalid(Validated.Failure.INVALID_SCENARIOS, errors);
        }
        if (isModel(tree)) { // the other document: one problem that says so, not one per field of the model
            return Validated.invalid(Validated.Failure.INVALID_SCENARIOS, List.of(Problem.of("/format",
                    ProblemCode.UNSUPPORTED_FORMAT, Message.of("format.modelDocument", SroiModel.FORMAT, FORMAT))));
        }
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                errors.add(Problem.of(Pointer.child("", field), ProblemCode.UNKNOWN_FIELD,
                        TokenReader.unknownField(field, Message.of("object.scenarios"), FIELDS)));
            }
        }
        if (!FORMAT.equals(tree.path("format").asText(null))) {
            errors.add(Problem.of("/format", tree.has("format") ? ProblemCode.UNSUPPORTED_FORMAT : ProblemCode.REQUIRED,
                    Message.of("format.scenarios", FORMAT)));
        }
        JsonNode modelTree = tree.get("model");
        Validated<ValidModel> base = null;
        if (modelTree == null) {
            errors.add(Problem.of("/model", ProblemCode.REQUIRED, Message.of("required", "model")));
        } else {
            base = ModelJson.read(modelTree, validator);
            base.errors().forEach(p -> errors.add(p.at("/model" + p.pointer())));
        }
        JsonNode scenarios = tree.get("scenarios");
        if (scenarios == null || !scenarios.isArray() || scenarios.isEmpty()) {
            errors.add(Problem.of("/scenarios", scenarios == null ? ProblemCode.REQUIRED
                    : scenarios.isArray() ? ProblemCode.EMPTY : ProblemCode.WRONG_TYPE, Message.of("scenarios.empty")));
            return Validated.invalid(Validated.Failure.INVALID_SCENARIOS, DocumentOrder.sort(errors, tree));
        }
        if (scenarios.size() > MAX_SCENARIOS) {
            // each scenario is a whole model, validated and calculated: their number bounds the work and memory
            errors.add(Problem.of("/scenarios", ProblemCode.LIMIT_EXCEEDED,
                    Message.of("limitExceeded.entries", "scenarios", MAX_SCENARIOS, scenarios.size())));
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
                : Validated.invalid(Validated.Failure.INVALID_SCENARIOS, DocumentOrder.sort(errors, tree));
    }

    /**
     * One scenario: its own fields, then the model with its replacements. A replacement that names no value of the
     * model does not keep the others from being checked: the model is validated with every replacement that could
     * be made, so that one bad pointer does not hide the scenario's other mistakes.
     */
    private static ScenarioSet.Scenario scenario(JsonNode node, String p, JsonNode modelTree, boolean baseValid,
                                                     Set<String> ids, ModelValidator validator, List<Problem> errors) {
        if (!node.isObject()) {
            errors.add(Problem.of(p, ProblemCode.WRONG_TYPE, Message.of("wrongType", Message.of("object.scenario"),
                    Message.of("type.object"), Message.of(node.isArray() ? "actual.array" : "actual.value"))));
            return null;
        }
        int before = errors.size();
        node.fieldNames().forEachRemaining(f -> {
            if (!SCENARIO_FIELDS.contains(f)) {
                errors.add(Problem.of(Pointer.child(p, f), ProblemCode.UNKNOWN_FIELD,
                        TokenReader.unknownField(f, Message.of("object.scenario"), SCENARIO_FIELDS)));
            }
        });
        String id = id(node, p, ids, errors);
        String title = title(node, p, errors);
        Published published = published(node.get("published"), p, errors);
        JsonNode set = node.get("set");
        JsonNode changes = node.get("changes");
        if (set == null && changes == null) {
            errors.add(Problem.of(p + "/set", ProblemCode.REQUIRED, Message.of("change.empty")));
            return null;
        }
        if (set != null && (!set.isObject() || set.isEmpty())) {
            errors.add(Problem.of(p + "/set", ProblemCode.EMPTY, Message.of("scenario.setEmpty")));
            return null;
        }
        if (!baseValid) {
            return null;
        }
        ObjectNode changed = modelTree.deepCopy();
        List<String> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = set == null ? java.util.Collections.emptyIterator()
                : set.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = Pointer.child(p + "/set", e.getKey());
            Message wrong = replace(changed, e.getKey(), e.getValue());
            if (wrong == null) {
                keys.add(e.getKey());
            } else {
                errors.add(Problem.of(at, ProblemCode.INVALID_POINTER, wrong));
            }
        }
        List<List<String>> touched = changes == null ? List.of()
                : ScenarioChanges.apply(changed, changes, p + "/changes", errors);
        Validated<ValidModel> reading = ModelJson.read(changed, validator);
        for (Problem problem : reading.errors()) {
            errors.add(placed(problem, p, set == null ? null : keys, touched));
        }
        return reading.isValid() && errors.size() == before
                ? new ScenarioSet.Scenario(id, title, reading.value(), published) : null;
    }

    /** The scenario's id, checked: present, an id, and not one of the {@code ids} seen before. */
    private static String id(JsonNode node, String p, Set<String> ids, List<Problem> errors) {
        String id = node.path("id").isTextual() ? node.get("id").textValue() : null;
        if (id == null) {
            errors.add(Problem.of(p + "/id", node.has("id") ? ProblemCode.WRONG_TYPE : ProblemCode.REQUIRED,
                    Message.of("scenario.id")));
        } else if (!ModelValidator.isId(id)) {
            errors.add(Problem.of(p + "/id", ProblemCode.INVALID_ID, Message.of("invalidId", id)));
        } else if (!ids.add(id)) {
            errors.add(Problem.of(p + "/id", ProblemCode.DUPLICATE_ID, Message.of("duplicate.scenario", id)));
        }
        return id;
    }

    /** The scenario's title, checked: present, not blank, not too long. */
    private static String title(JsonNode node, String p, List<Problem> errors) {
        String title = node.path("title").isTextual() ? node.get("title").textValue() : null;
        if (title == null || title.isBlank()) {
            errors.add(Problem.of(p + "/title", title == null ? ProblemCode.REQUIRED : ProblemCode.EMPTY,
                    Message.of("empty.text", "title")));
        } else if (title.length() > ModelLimits.MAX_TEXT_LENGTH) {
            errors.add(Problem.of(p + "/title", ProblemCode.LIMIT_EXCEEDED,
                    Message.of("limitExceeded.length", "title", ModelLimits.MAX_TEXT_LENGTH, title.length())));
        }
        return title;
    }

    /** A problem of the scenario's model: inside {@code set} where a replacement made it, else at the change. */
    private static Problem placed(Problem problem, String p, List<String> keys, List<List<String>> touched) {
        String pointer = problem.pointer();
        if (keys != null) {
            for (String key : keys) {
                if (pointer.equals(key) || pointer.startsWith(key + "/")) {
                    return intoSet(problem, p + "/set", keys);
                }
            }
        }
        for (int j = touched.size() - 1; j >= 0; j--) {
            for (String key : touched.get(j)) {
                if (pointer.equals(key) || pointer.startsWith(key + "/")) {
                    return Problem.of(Pointer.child(p + "/changes", j), problem.code(),
                            Message.of("scenario.elsewhere", pointer, problem.text()));
                }
            }
        }
        return keys != null ? intoSet(problem, p + "/set", keys) : Problem.of(p, problem.code(),
                Message.of("scenario.elsewhere", pointer, problem.text()));
    }

    /** A scenario's {@code published}: only a ratio, a number. */
    private static Published published(JsonNode node, String p, List<Problem> errors) {
        if (node == null) {
            return null;
        }
        String pp = p + "/published";
        if (!node.isObject()) {
            errors.add(Problem.of(pp, ProblemCode.WRONG_TYPE, Message.of("wrongType", "published",
                    Message.of("type.object"), Message.of("actual.value"))));
            return null;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!f.equals("ratio")) {
                errors.add(Problem.of(Pointer.child(pp, f), ProblemCode.UNKNOWN_FIELD,
                        TokenReader.unknownField(f, Message.of("object.published"), List.of("ratio"))));
            }
        });
        JsonNode ratio = node.get("ratio");
        if (ratio == null) {
            return Published.ratio(null);
        }
        if (!ratio.isNumber()) {
            errors.add(Problem.of(pp + "/ratio", ProblemCode.WRONG_TYPE, Message.of("wrongType", "ratio",
                    Message.of("type.number"), Message.of("actual.value"))));
            return null;
        }
        return Published.ratio(ratio.decimalValue());
    }

    /**
     * Replaces the value at the pointer; its parent must exist, and an array index must already be there. Gives
     * what is wrong with the pointer, or {@code null} when the value was replaced.
     */
    private static Message replace(ObjectNode root, String pointer, JsonNode value) {
        if (!pointer.startsWith("/")) {
            return Message.of("invalidPointer.slash", pointer);
        }
        JsonPointer p;
        try {
            p = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return Message.of("invalidPointer", pointer);
        }
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value.deepCopy());
            return null;
        }
        int index = p.last().getMatchingIndex();
        if (parent.isArray() && index >= 0 && index < parent.size()) {
            ((ArrayNode) parent).set(index, value.deepCopy());
            return null;
        }
        if (parent.isArray()) {
            return Message.of("invalidPointer.index", pointer, p.head().toString(), parent.size());
        }
        return missing(root, pointer, p);
    }

    /** Where a pointer leaves the model: the first step that names nothing, with the nearest field there. */
    private static Message missing(JsonNode root, String pointer, JsonPointer p) {
        JsonNode node = root;
        String at = "";
        for (JsonPointer step = p; step != null && !step.matches(); step = step.tail()) {
            String token = step.getMatchingProperty();
            JsonNode next = node.isArray() ? node.get(step.getMatchingIndex()) : node.get(token);
            if (next == null) {
                String where = at.isEmpty() ? "/" : at;
                if (node.isArray()) {
                    return Message.of("invalidPointer.index", pointer, where, node.size());
                }
                if (node.isObject()) {
                    List<String> names = new ArrayList<>();
                    node.fieldNames().forEachRemaining(names::add);
                    return Nearest.of(token, names)
                            .map(near -> Message.of("invalidPointer.nearest", pointer, where, token, near))
                            .orElseGet(() -> Message.of("invalidPointer.missing", pointer, where, token));
                }
                return Message.of("invalidPointer.missing", pointer, where, token);
            }
            at = Pointer.child(at, token);
            node = next;
        }
        return Message.of("invalidPointer", pointer);
    }

    private static Problem intoSet(Problem problem, String set, List<String> keys) {
        for (String key : keys) {
            String pointer = problem.pointer();
            if (pointer.equals(key) || pointer.startsWith(key + "/")) {
                return problem.at(Pointer.child(set, key) + pointer.substring(key.length()));
            }
        }
        return Problem.of(set, problem.code(), Message.of("scenario.elsewhere", problem.pointer(), problem.text()));
    }

}
