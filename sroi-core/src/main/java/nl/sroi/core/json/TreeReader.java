package nl.sroi.core.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.validation.Echo;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;

/**
 * Takes typed values out of a JSON tree, recording a problem (with its pointer) for every value of the wrong type,
 * every unknown field and every number a {@code double} cannot hold, and returning {@code null} in its place. A
 * missing field is simply {@code null}: whether it was required is the validator's rule, not the reader's.
 */
final class TreeReader {

    /** The largest exponent (power of ten) of a number read; a double's own range is about ±308. */
    static final int MAX_EXPONENT = 400;
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    /** The object at {@code p}, after reporting any field not in {@code fields}; null if absent or not an object. */
    ObjectNode object(JsonNode node, String p, String name, Set<String> fields) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            wrongType(p, name, "an object", node);
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!fields.contains(field)) {
                add(Pointer.child(p, field), ProblemCode.UNKNOWN_FIELD, "unknown field " + Echo.quoted(field)
                        + (p.isEmpty() ? "" : " in " + name));
            }
        }
        return (ObjectNode) node;
    }

    String text(ObjectNode o, String field, String p) {
        JsonNode n = o.get(field);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            wrongType(Pointer.child(p, field), field, "a string", n);
            return null;
        }
        return n.textValue();
    }

    Boolean bool(ObjectNode o, String field, String p) {
        JsonNode n = o.get(field);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            wrongType(Pointer.child(p, field), field, "true or false", n);
            return null;
        }
        return n.booleanValue();
    }

    BigDecimal decimal(ObjectNode o, String field, String p) {
        JsonNode n = o.get(field);
        return n == null ? null : decimal(n, p, field, -1, field);
    }

    /**
     * A number at {@code parent/field}, or at {@code parent/index} when the index is not negative; the pointer is
     * only built when there is a problem to report.
     */
    private BigDecimal decimal(JsonNode n, String parent, String field, int index, String name) {
        if (!n.isNumber()) {
            wrongType(at(parent, field, index), name, "a number", n);
            return null;
        }
        BigDecimal value = n.decimalValue();
        return representable(value) ? value : notRepresentable(at(parent, field, index), name, value);
    }

    /**
     * Whether the number fits a {@code double} (neither beyond its range nor a non-zero that rounds to 0) and its
     * exponent lies within ±{@value #MAX_EXPONENT}. The exponent is checked first, from precision and scale alone:
     * a zero like {@code 0E-1000000000} fits a double, but its plain form has a billion digits, and any later
     * {@code toPlainString} or arithmetic on it would try to write them.
     */
    private static boolean representable(BigDecimal value) {
        long exponent = (long) value.precision() - value.scale() - 1;
        if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT) {
            return false;
        }
        double d = value.doubleValue();
        return !Double.isInfinite(d) && (d != 0 || value.signum() == 0);
    }

    private <T> T notRepresentable(String pointer, String name, BigDecimal value) {
        add(pointer, ProblemCode.NUMBER_NOT_REPRESENTABLE,
                name + " must fit a double-precision number, was " + Echo.number(value));
        return null;
    }

    private static String at(String parent, String field, int index) {
        return index < 0 ? Pointer.child(parent, field) : Pointer.child(parent, index);
    }

    /** A whole number; a decimal with no fraction (3.0) is accepted as the whole number it equals. */
    Integer integer(ObjectNode o, String field, String p) {
        JsonNode n = o.get(field);
        if (n == null) {
            return null;
        }
        if (n.isInt()) {
            return n.intValue();
        }
        String np = Pointer.child(p, field);
        if (!n.isNumber()) {
            wrongType(np, field, "a whole number", n);
            return null;
        }
        BigDecimal value = n.decimalValue();
        if (!representable(value)) {
            return notRepresentable(np, field, value);
        }
        if (value.signum() == 0) {
            return 0;
        }
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            add(np, ProblemCode.NOT_WHOLE, field + " must be a whole number, was " + Echo.number(value));
        } else if (whole.compareTo(INT_MIN) < 0 || whole.compareTo(INT_MAX) > 0) {
            add(np, ProblemCode.OUT_OF_RANGE, field + " is far too large, was " + Echo.number(value));
        } else {
            return whole.intValueExact(); // 3, and also 3.0 and 3E0
        }
        return null;
    }

    <E extends Enum<E>> E enumeration(ObjectNode o, String field, String p, Class<E> type) {
        String s = text(o, field, p);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (jsonName(e).equals(s)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add("\"" + jsonName(e) + "\"");
        }
        add(Pointer.child(p, field), ProblemCode.INVALID_VALUE,
                field + " must be one of " + String.join(", ", allowed) + ", was " + Echo.quoted(s));
        return null;
    }

    /** The JSON spelling of an enum constant: lower case, words joined in camel case ({@code DROP_OFF} → dropOff). */
    static String jsonName(Enum<?> e) {
        String[] words = e.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return sb.toString();
    }

    /** A per-period list: an array of numbers, or a single number meaning period 1 only. */
    List<BigDecimal> perPeriod(ObjectNode o, String field, String p) {
        JsonNode n = o.get(field);
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            List<BigDecimal> single = new ArrayList<>(1);
            single.add(decimal(n, p, field, -1, field));
            return single;
        }
        if (!n.isArray()) {
            wrongType(Pointer.child(p, field), field, "a number or an array of numbers", n);
            return null;
        }
        String np = Pointer.child(p, field);
        List<BigDecimal> list = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            list.add(decimal(n.get(i), np, null, i, field));
        }
        return list;
    }

    /** The elements of an array, each read by {@code element} with its own pointer. */
    <T> List<T> array(ObjectNode o, String field, String p, BiFunction<JsonNode, String, T> element) {
        JsonNode n = o.get(field);
        if (n == null) {
            return null;
        }
        String np = Pointer.child(p, field);
        if (!n.isArray()) {
            wrongType(np, field, "an array", n);
            return null;
        }
        List<T> list = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            list.add(element.apply(n.get(i), Pointer.child(np, i)));
        }
        return list;
    }

    void wrongType(String p, String name, String expected, JsonNode actual) {
        add(p, ProblemCode.WRONG_TYPE, name + " must be " + expected + ", was " + describe(actual));
    }

    private static String describe(JsonNode n) {
        switch (n.getNodeType()) {
            case NULL:
                return "null";
            case BOOLEAN:
                return n.booleanValue() ? "true" : "false";
            case NUMBER:
                return "the number " + Echo.number(n.decimalValue());
            case STRING:
                return "a string";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            default:
                return n.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }

    private void add(String pointer, ProblemCode code, String message) {
        problems.add(Problem.of(pointer, code, message));
    }
}
