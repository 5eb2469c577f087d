package nl.sroi.core.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;

/**
 * THE OLD READER, KEPT IN TEST SCOPE ONLY AS THE ORACLE OF {@link StreamingReaderDifferentialTest}: a verbatim copy
 * of the tree-walking {@code TreeReader} that main used before reading was streamed (issue 16). Main code has one
 * reader, {@link TokenReader}; do not use this one anywhere else.
 *
 * <p>Takes typed values out of a JSON tree, recording a problem (with its pointer) for every value of the wrong type,
 * every unknown field and every number a {@code double} cannot hold, and returning {@code null} in its place. A
 * missing field is simply {@code null}: whether it was required is the validator's rule, not the reader's.
 */
final class OracleTreeReader {

    /** The largest exponent (power of ten) of a number read; a double's own range is about ±308. */
    static final int MAX_EXPONENT = 400;
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    /**
     * The object at {@code p}, after reporting any field not in {@code fields} (with the nearest known field, or
     * all of them); null if absent or not an object. {@code name} is the field's name (or, for an element of a list, what the element is), {@code kind} what the
     * object is ("an outcome"). {@code fields} {@code null}: any field is allowed (a map, such as an index's values).
     */
    ObjectNode object(JsonNode node, String p, Object name, Message kind, List<String> fields) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            wrongType(p, name, Message.of("type.object"), node);
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (fields != null && !fields.contains(field)) {
                add(Pointer.child(p, field), ProblemCode.UNKNOWN_FIELD, unknownField(field, kind, fields));
            }
        }
        return (ObjectNode) node;
    }

    /** "unknown field "dropoff" in an outcome: did you mean "dropOff"?", or the known fields when none is near. */
    static Message unknownField(String field, Message kind, List<String> fields) {
        return Nearest.of(field, fields).map(near -> Message.of("unknownField.nearest", field, kind, near))
                .orElseGet(() -> Message.of("unknownField", field, kind, fields));
    }

    String text(ObjectNode o, String field, String p) {
        JsonNode n = o.get(field);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            wrongType(Pointer.child(p, field), field, Message.of("type.string"), n);
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
            wrongType(Pointer.child(p, field), field, Message.of("type.boolean"), n);
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
            wrongType(at(parent, field, index), name, Message.of("type.number"), n);
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
        add(pointer, ProblemCode.NUMBER_NOT_REPRESENTABLE, Message.of("numberNotRepresentable", name, value));
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
            wrongType(np, field, Message.of("type.wholeNumber"), n);
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
            add(np, ProblemCode.NOT_WHOLE, Message.of("notWhole", field, value));
        } else if (whole.compareTo(INT_MIN) < 0 || whole.compareTo(INT_MAX) > 0) {
            add(np, ProblemCode.OUT_OF_RANGE, Message.of("outOfRange.tooLarge", field, value));
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
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            words.add(jsonName(e));
        }
        add(Pointer.child(p, field), ProblemCode.INVALID_VALUE, Nearest.of(s, words)
                .map(near -> Message.of("invalidValue.nearest", field, allowed, s, near))
                .orElseGet(() -> Message.of("invalidValue", field, allowed, s)));
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
            wrongType(Pointer.child(p, field), field, Message.of("type.numberOrArray"), n);
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
            wrongType(np, field, Message.of("type.array"), n);
            return null;
        }
        List<T> list = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            list.add(element.apply(n.get(i), Pointer.child(np, i)));
        }
        return list;
    }

    /**
     * Reports a part of a value that cannot be built without it (a price index's name) as required; the value is
     * returned as it was.
     */
    <T> T required(T value, String parent, String field, String name) {
        if (value == null && !problems.stream().anyMatch(q -> q.pointer().equals(Pointer.child(parent, field)))) {
            add(Pointer.child(parent, field), ProblemCode.REQUIRED, Message.of("required", name));
        }
        return value;
    }

    /** Reports a problem of the document that no typed read catches. */
    void problem(String pointer, ProblemCode code, Message message) {
        add(pointer, code, message);
    }

    /**
     * A value of the wrong type. {@code name} is the field's name (a String) or what the value is (a Message).
     * Where a number was expected and the text holds one, the message says how to write it: without quotes, with
     * a decimal point ({@code "0,2"} is 0.2), as a decimal share ({@code "20%"} is 0.2).
     */
    void wrongType(String p, Object name, Message expected, JsonNode actual) {
        Message hint = actual.isTextual() && expectsNumber(expected) ? numberInText(actual.textValue()) : null;
        add(p, ProblemCode.WRONG_TYPE, hint == null ? Message.of("wrongType", name, expected, describe(actual))
                : Message.of("wrongType.hint", name, expected, describe(actual), hint));
    }

    private static boolean expectsNumber(Message expected) {
        return expected.key().equals("type.number") || expected.key().equals("type.wholeNumber")
                || expected.key().equals("type.numberOrArray");
    }

    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\s*(-?[0-9]+),([0-9]+)\\s*");
    private static final Pattern PERCENTAGE = Pattern.compile("\\s*(-?[0-9]+(?:[.,][0-9]+)?)\\s*%\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\s*-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\\s*");

    /** How to write a number that was sent as text, or null when the text holds no number. */
    private static Message numberInText(String text) {
        if (text.length() > 40) {
            return null;
        }
        Matcher m = PERCENTAGE.matcher(text);
        if (m.matches()) {
            BigDecimal percent = new BigDecimal(m.group(1).replace(',', '.'));
            return Message.of("hint.percentageText", percent, percent.movePointLeft(2).stripTrailingZeros());
        }
        m = DECIMAL_COMMA.matcher(text);
        if (m.matches()) {
            return Message.of("hint.decimalComma", text.trim(), m.group(1) + "." + m.group(2));
        }
        if (NUMBER.matcher(text).matches()) {
            return Message.of("hint.quotedNumber", text.trim());
        }
        return null;
    }

    private static Message describe(JsonNode n) {
        return switch (n.getNodeType()) {
            case NULL -> Message.of("actual.null");
            case BOOLEAN -> Message.of(n.booleanValue() ? "actual.true" : "actual.false");
            case NUMBER -> Message.of("actual.number", n.decimalValue());
            case STRING -> Message.of("actual.string");
            case ARRAY -> Message.of("actual.array");
            default -> Message.of("actual.object");
        };
    }

    private void add(String pointer, ProblemCode code, Message message) {
        problems.add(Problem.of(pointer, code, message));
    }
}
