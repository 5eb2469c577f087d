package nl.sroi.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.analysis.BridgeFields.Part;
import nl.sroi.core.internal.ModelTree;
import nl.sroi.core.model.SroiModel;

/**
 * The list of changes between two models (section 1 of {@code bridge.md}), from their documents as the format
 * writes them: the model's fields, then stakeholders, inputs and outcomes matched by id (added and removed ones
 * are changes of their own). An object field (discounting, a proxy) is compared field by field. Numbers are equal
 * when their values are ({@code 0.10} is {@code 0.1}).
 */
final class BridgeChanges {

    /** Numbers by value, everything else as JSON compares it. */
    private static final Comparator<JsonNode> VALUE = (x, y) -> x.isNumber() && y.isNumber()
            ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1;
    private static final Set<String> MATCHED = Set.of("stakeholders", "inputs", "outcomes");

    private final List<BridgeResult.Change> changes = new ArrayList<>();

    private BridgeChanges() {
    }

    static List<BridgeResult.Change> between(SroiModel from, SroiModel to) {
        ObjectNode a = ModelTree.of(from);
        ObjectNode b = ModelTree.of(to);
        BridgeChanges c = new BridgeChanges();
        for (String name : names(a, b)) {
            if (!MATCHED.contains(name)) {
                c.field(Part.MODEL, "", "", null, name, a.get(name), b.get(name));
            }
        }
        c.matched(Part.STAKEHOLDER, "stakeholders", "name", null, a, b);
        c.matched(Part.INPUT, "inputs", "description", BridgeFactor.INPUTS, a, b);
        c.matched(Part.OUTCOME, "outcomes", "description", BridgeFactor.OUTCOMES, a, b);
        return c.changes;
    }

    /** The entries of a list on both sides, matched by id: their fields, and those added or removed. */
    private void matched(Part part, String list, String nameField, BridgeFactor addedOrRemoved, JsonNode a,
                         JsonNode b) {
        Map<String, Integer> inFrom = byId(a.get(list));
        Map<String, Integer> inTo = byId(b.get(list));
        for (Map.Entry<String, Integer> e : inFrom.entrySet()) {
            JsonNode x = a.get(list).get(e.getValue());
            String pointerFrom = "/" + list + "/" + e.getValue();
            Integer j = inTo.get(e.getKey());
            if (j == null) {
                changes.add(new BridgeResult.Change(addedOrRemoved, pointerFrom, null, text(x, nameField), value(x), null));
                continue;
            }
            JsonNode y = b.get(list).get(j);
            String pointerTo = "/" + list + "/" + j;
            for (String name : names(x, y)) {
                field(part, pointerFrom, pointerTo, text(y, nameField), name, x.get(name), y.get(name));
            }
        }
        for (Map.Entry<String, Integer> e : inTo.entrySet()) {
            if (!inFrom.containsKey(e.getKey())) {
                JsonNode y = b.get(list).get(e.getValue());
                changes.add(new BridgeResult.Change(addedOrRemoved, null, "/" + list + "/" + e.getValue(),
                        text(y, nameField), null, value(y)));
            }
        }
    }

    /** One field: nothing when equal; an object's fields one by one; else the field as a whole. */
    private void field(Part part, String at, String atTo, String owner, String name, JsonNode x, JsonNode y) {
        if (x != null && y != null && x.equals(VALUE, y)) {
            return;
        }
        if (x != null && y != null && x.isObject() && y.isObject()) {
            for (String sub : names(x, y)) {
                JsonNode xs = x.get(sub);
                JsonNode ys = y.get(sub);
                if (xs == null || ys == null || !xs.equals(VALUE, ys)) {
                    add(part, at, atTo, owner, name + "/" + sub, xs, ys);
                }
            }
            return;
        }
        add(part, at, atTo, owner, name, x, y);
    }

    private void add(Part part, String at, String atTo, String owner, String name, JsonNode x, JsonNode y) {
        changes.add(new BridgeResult.Change(BridgeFields.factor(part, name), x == null ? null : at + "/" + name,
                y == null ? null : atTo + "/" + name, owner, value(x), value(y)));
    }

    private static Map<String, Integer> byId(JsonNode list) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            ids.put(list.get(i).get("id").asText(), i);
        }
        return ids;
    }

    /** The field names of both objects: FROM's in order, then those only TO has. */
    private static Set<String> names(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static FieldValue value(JsonNode node) {
        return node == null ? null : new FieldValue(node);
    }

    private static String text(JsonNode entry, String field) {
        JsonNode n = entry.get(field);
        return n == null ? null : n.asText();
    }
}
