package nl.sroi.core.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.text.Message;

/**
 * The operations of a scenario's {@code changes} (section 12.2 of the format), applied in order to the model's tree
 * after {@code set}: {@code setAll}, {@code add}, {@code scale} and {@code removeOutcome}. Numbers are changed as
 * exact decimals. An operation that cannot apply is reported at its own pointer ({@code /scenarios/i/changes/j})
 * and leaves the model as it was; the model that results is validated as a whole by the caller.
 */
final class ScenarioChanges {

    /** The operations, as the format spells them. */
    static final List<String> OPS = List.of("setAll", "add", "scale", "removeOutcome");
    /** The fields {@code setAll} may set. */
    static final List<String> SET_ALL_FIELDS = List.of("deadweight", "displacement", "attribution", "dropOff",
            "duration", "startOffset");
    private static final List<String> ADJUSTMENTS = List.of("deadweight", "displacement", "attribution");
    private static final Message CHANGE = Message.of("object.change");

    private ScenarioChanges() {
    }

    /**
     * Applies every change in order.
     *
     * @param model   the model's tree, changed in place
     * @param changes the {@code changes} array
     * @param at      the pointer of the {@code changes} array
     * @param errors  where a change that cannot apply is reported
     * @return per change, the model pointers it changed (to report the model's problems at the change)
     */
    static List<List<String>> apply(ObjectNode model, JsonNode changes, String at, List<Problem> errors) {
        List<List<String>> touched = new ArrayList<>();
        if (!changes.isArray()) {
            errors.add(Problem.of(at, ProblemCode.WRONG_TYPE, Message.of("wrongType", "changes",
                    Message.of("type.array"), Message.of("actual.value"))));
            return touched;
        }
        for (int j = 0; j < changes.size(); j++) {
            List<String> changed = new ArrayList<>();
            apply(model, changes.get(j), Pointer.child(at, j), errors, changed);
            touched.add(changed);
        }
        return touched;
    }

    private static void apply(ObjectNode model, JsonNode change, String at, List<Problem> errors,
                              List<String> changed) {
        if (!change.isObject()) {
            errors.add(Problem.of(at, ProblemCode.WRONG_TYPE, Message.of("wrongType", CHANGE,
                    Message.of("type.object"), Message.of("actual.value"))));
            return;
        }
        String op = change.path("op").isTextual() ? change.get("op").textValue() : null;
        if (op == null || !OPS.contains(op)) {
            errors.add(op == null ? Problem.of(at + "/op", change.has("op") ? ProblemCode.WRONG_TYPE
                    : ProblemCode.REQUIRED, Message.of("change.opRequired", quoted(OPS)))
                    : Problem.of(at + "/op", ProblemCode.INVALID_VALUE, Message.of("change.op", quoted(OPS), op)));
            return;
        }
        List<String> fields = switch (op) {
            case "setAll" -> List.of("op", "field", "value", "outcomes");
            case "add" -> List.of("op", "pointer", "value");
            case "scale" -> List.of("op", "pointer", "factor");
            default -> List.of("op", "id");
        };
        int before = errors.size();
        for (Iterator<String> it = change.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                errors.add(Problem.of(Pointer.child(at, f), ProblemCode.UNKNOWN_FIELD,
                        TokenReader.unknownField(f, CHANGE, fields)));
            }
        }
        for (String f : fields) {
            if (!f.equals("outcomes") && !change.has(f)) {
                errors.add(Problem.of(Pointer.child(at, f), ProblemCode.REQUIRED, Message.of("required", f)));
            }
        }
        if (errors.size() > before) {
            return;
        }
        Message refusal = switch (op) {
            case "setAll" -> setAll(model, change, changed);
            case "add", "scale" -> arithmetic(model, op, change, changed);
            default -> removeOutcome(model, change.get("id"), changed);
        };
        if (refusal != null) {
            errors.add(Problem.of(at, refusal.key().equals("change.wrongValue")
                    ? ProblemCode.WRONG_TYPE : ProblemCode.OPERATION_NOT_APPLICABLE, refusal));
        }
    }

    private static Message setAll(ObjectNode model, JsonNode change, List<String> changed) {
        JsonNode fieldNode = change.get("field");
        String field = fieldNode.isTextual() ? fieldNode.textValue() : null;
        if (field == null || !SET_ALL_FIELDS.contains(field)) {
            return Message.of("change.field", quoted(SET_ALL_FIELDS), field == null ? fieldNode.toString() : field);
        }
        JsonNode value = change.get("value");
        if (!value.isNumber()) {
            return Message.of("change.wrongValue", "value", Message.of("type.number"));
        }
        if (!(model.get("outcomes") instanceof ArrayNode outcomes)) {
            return Message.of("invalidPointer", "/outcomes");
        }
        List<Integer> targets = new ArrayList<>();
        JsonNode listed = change.get("outcomes");
        if (listed == null) {
            for (int i = 0; i < outcomes.size(); i++) {
                targets.add(i);
            }
        } else {
            if (!listed.isArray()) {
                return Message.of("change.wrongValue", "outcomes", Message.of("type.array"));
            }
            for (JsonNode id : listed) {
                int i = indexOf(outcomes, id.asText());
                if (i < 0) {
                    return unknownOutcome(outcomes, id.asText());
                }
                targets.add(i);
            }
        }
        for (int i : targets) {
            JsonNode o = outcomes.get(i);
            if (ADJUSTMENTS.contains(field) && o.path("alreadyNet").asBoolean(false)) {
                return Message.of("change.alreadyNet", o.path("id").asText(Pointer.child("/outcomes", i)), field);
            }
        }
        for (int i : targets) {
            ((ObjectNode) outcomes.get(i)).set(field, value.deepCopy());
            changed.add(Pointer.child(Pointer.child("/outcomes", i), field));
        }
        return null;
    }

    /** {@code add}: the number at the pointer plus the value; {@code scale}: the number(s) times the factor. */
    private static Message arithmetic(ObjectNode model, String op, JsonNode change, List<String> changed) {
        JsonNode pointerNode = change.get("pointer");
        JsonNode amount = change.get(op.equals("add") ? "value" : "factor");
        if (!pointerNode.isTextual()) {
            return Message.of("change.wrongValue", "pointer", Message.of("type.string"));
        }
        if (!amount.isNumber()) {
            return Message.of("change.wrongValue", op.equals("add") ? "value" : "factor", Message.of("type.number"));
        }
        String pointer = pointerNode.textValue();
        if (!pointer.startsWith("/")) {
            return Message.of("invalidPointer.slash", pointer);
        }
        JsonPointer p;
        try {
            p = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return Message.of("invalidPointer", pointer);
        }
        JsonNode target = model.at(p);
        if (target.isMissingNode()) {
            return Message.of("invalidPointer", pointer);
        }
        boolean scale = op.equals("scale");
        if (target.isNumber()) {
            JsonNode parent = model.at(p.head());
            DecimalNode result = DecimalNode.valueOf(scale ? target.decimalValue().multiply(amount.decimalValue())
                    : target.decimalValue().add(amount.decimalValue()));
            if (parent.isArray()) {
                ((ArrayNode) parent).set(p.last().getMatchingIndex(), result);
            } else {
                ((ObjectNode) parent).set(p.last().getMatchingProperty(), result);
            }
            changed.add(pointer);
            return null;
        }
        if (scale && target.isArray() && !target.isEmpty() && allNumbers(target)) {
            ArrayNode array = (ArrayNode) target;
            for (int t = 0; t < array.size(); t++) {
                array.set(t, DecimalNode.valueOf(array.get(t).decimalValue().multiply(amount.decimalValue())));
            }
            changed.add(pointer);
            return null;
        }
        return Message.of("change.notANumber", pointer, Message.of(target.isArray() ? "actual.array"
                : target.isObject() ? "actual.object" : "actual.value"), op);
    }

    private static Message removeOutcome(ObjectNode model, JsonNode idNode, List<String> changed) {
        if (!(model.get("outcomes") instanceof ArrayNode outcomes)) {
            return Message.of("invalidPointer", "/outcomes");
        }
        String id = idNode.asText();
        int i = indexOf(outcomes, id);
        if (!idNode.isTextual() || i < 0) {
            return unknownOutcome(outcomes, id);
        }
        outcomes.remove(i);
        changed.add("/outcomes");
        return null;
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(ArrayNode outcomes, String id) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (id.equals(outcomes.get(i).path("id").asText(null))) {
                return i;
            }
        }
        return -1;
    }

    private static Message unknownOutcome(ArrayNode outcomes, String id) {
        List<String> ids = new ArrayList<>();
        outcomes.forEach(o -> ids.add(o.path("id").asText()));
        return Message.of("change.unknownOutcome", id, ModelValidator.listed(ids));
    }

    private static List<String> quoted(List<String> words) {
        List<String> q = new ArrayList<>();
        words.forEach(w -> q.add("\"" + w + "\""));
        return q;
    }
}
