package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field's value in a model document, as the change bridge lists it: a number, a text, a yes or no, a list of
 * them, or a whole entry (an outcome, input or stakeholder that was added or removed). It is the value as the
 * format writes it, so a reader sees what the analyst wrote; {@link #json()} gives it as JSON text.
 */
public final class FieldValue {

    private final JsonNode node;

    FieldValue(JsonNode node) {
        this.node = node.deepCopy();
    }

    /**
     * The value as compact JSON text: {@code 0.25}, {@code "jaarlijks"}, {@code [12,14]}, an entry as an object.
     *
     * @return the JSON text
     */
    public String json() {
        return node.toString();
    }

    /**
     * Whether the value is a whole entry (a JSON object): an outcome, input or stakeholder, or an object field.
     *
     * @return {@code true} for an entry
     */
    public boolean isEntry() {
        return node.isObject();
    }

    /**
     * The id of an entry, as the document names it.
     *
     * @return the id, or {@code null} when the value is not an entry with an id
     */
    public String id() {
        JsonNode id = node.isObject() ? node.get("id") : null;
        return id == null ? null : id.asText();
    }

    /**
     * Whether the value is a number.
     *
     * @return {@code true} for a number
     */
    public boolean isNumber() {
        return node.isNumber();
    }

    /**
     * The number, exactly as written.
     *
     * @return the number
     * @throws IllegalStateException when the value is not a number
     */
    public BigDecimal number() {
        if (!node.isNumber()) {
            throw new IllegalStateException("not a number: " + json());
        }
        return node.decimalValue();
    }

    /**
     * Whether the value is a list (a JSON array), such as an outcome's quantities per year.
     *
     * @return {@code true} for a list
     */
    public boolean isList() {
        return node.isArray();
    }

    /**
     * The items of a list, in order.
     *
     * @return the items; empty when the value is not a list
     */
    public List<FieldValue> items() {
        List<FieldValue> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> items.add(new FieldValue(item)));
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * The value as plain text: a text without quotes, a number or a yes or no as written; empty for a list or an
     * entry.
     *
     * @return the text
     */
    public String text() {
        return node.asText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldValue v && node.equals(v.node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return json();
    }
}
