package nl.sroi.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import nl.sroi.core.internal.ModelTree;
import nl.sroi.core.jackson.JsonSyntax;
import nl.sroi.core.jackson.MalformedJsonException;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;

/**
 * Takes typed values out of a stream of JSON tokens, recording a problem (with its pointer) for every value of the
 * wrong type, every unknown field and every number a {@code double} cannot hold, and returning {@code null} in its
 * place. A missing field is simply {@code null}: whether it was required is the validator's rule, not the reader's.
 *
 * <p>Every value is read or skipped token by token, never as a tree. A value that is skipped is still read as a
 * tree would read it (each number converted, each text decoded, each object checked for a repeated name), so that
 * a document is malformed for exactly the same reasons and at the same place as when it was read whole. The pointer
 * of a value is only built when there is a problem to report.
 *
 * <p>Each read method starts at the value's first token and leaves the parser at its last.
 */
final class TokenReader {

    /** The largest exponent (power of ten) of a number read; a double's own range is about ±308. */
    static final int MAX_EXPONENT = 400;
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    // the types a value may be expected to have, made once: a valid document reads without making a message
    static final Message OBJECT = Message.of("type.object");
    private static final Message ARRAY = Message.of("type.array");
    private static final Message STRING = Message.of("type.string");
    private static final Message BOOLEAN = Message.of("type.boolean");
    private static final Message NUMBER = Message.of("type.number");
    private static final Message WHOLE_NUMBER = Message.of("type.wholeNumber");
    private static final Message NUMBER_OR_ARRAY = Message.of("type.numberOrArray");
    /** The constants of each enum and their JSON spellings, by ordinal, made once. */
    private static final ClassValue<Spellings> SPELLINGS = new ClassValue<>() {
        @Override
        protected Spellings computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = spell(((Enum<?>) constants[i]).name());
            }
            return new Spellings(constants, names);
        }
    };

    private record Spellings(Object[] constants, String[] names) {
    }

    private final JsonParser parser;
    private final List<Problem> problems = new ArrayList<>();
    /** The open arrays and objects, the root value's first; each knows which of its values is being read. */
    private Level[] levels = new Level[8];
    private int depth;

    TokenReader(JsonParser parser) {
        this.parser = parser;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Moves to the document's first token; {@code false} when there is none. */
    boolean start() throws IOException {
        return parser.nextToken() != null;
    }

    /** The malformed-JSON problem of a token after the document's value, if there is one. */
    Problem trailing() throws IOException {
        return parser.nextToken() == null ? null
                : JsonSyntax.problem(parser.currentTokenLocation(), Message.of("json.trailing"));
    }

    // ------------------------------------------------------------------------------------------- structure

    /**
     * Enters the object at the current token; when it is something else, reports it as of the wrong type, skips it
     * and gives {@code false}. {@code name} is the field's name (or, for an element of a list, what the element is),
     * {@code expected} what it should have been.
     */
    boolean object(Object name, Message expected) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            wrongType(name, expected);
            return false;
        }
        open();
        return true;
    }

    /** Enters the object that is the current field's value (see {@link #object(Object, Message)}). */
    boolean object() throws IOException {
        return object(name(), OBJECT);
    }

    /** Whether the current value is a text. */
    boolean isText() {
        return parser.currentToken() == JsonToken.VALUE_STRING;
    }

    /**
     * The next field of the current object, with the parser at its value, or {@code null} at the object's end. A
     * name the object already had makes the document malformed, as reading it whole would: at a nested array or
     * object as soon as it starts, at any other value once it has been read.
     */
    String field() throws IOException {
        Level level = levels[depth];
        String name = parser.nextFieldName();
        if (name == null) {
            depth--;
            return null;
        }
        level.name = name;
        JsonToken value = parser.nextToken();
        if (!level.add(name)) {
            if (!value.isStructStart()) {
                touch();
            }
            throw new MalformedJsonException(JsonSyntax.problem(parser.currentTokenLocation(),
                    JsonSyntax.duplicateField(name)));
        }
        return name;
    }

    /** Enters the array at the current token, or reports it as of the wrong type and gives {@code false}. */
    boolean array(Object name, Message expected) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            wrongType(name, expected);
            return false;
        }
        open();
        return true;
    }

    /** Moves to the next element of the current array; {@code false} at its end. */
    boolean element() throws IOException {
        if (parser.nextToken() == JsonToken.END_ARRAY) {
            depth--;
            return false;
        }
        levels[depth].index++;
        return true;
    }

    /** The field being read in the current object. */
    String name() {
        return levels[depth].name;
    }

    /** A list of elements, each read by {@code element} at its own pointer; {@code null} when not an array. */
    <T> List<T> list(Element<T> element) throws IOException {
        if (!array(name(), ARRAY)) {
            return null;
        }
        List<T> list = new ArrayList<>();
        while (element()) {
            list.add(element.read(this));
        }
        return list;
    }

    /** Reads one element of a list. */
    @FunctionalInterface
    interface Element<T> {
        T read(TokenReader r) throws IOException;
    }

    private void open() {
        depth++;
        if (depth == levels.length) {
            levels = Arrays.copyOf(levels, depth * 2);
        }
        if (levels[depth] == null) {
            levels[depth] = new Level();
        }
        levels[depth].reset();
    }

    /** Skips the current value, reading it as a tree would (see the class). */
    void skip() throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.START_OBJECT) {
            open();
            while (field() != null) {
                skip();
            }
        } else if (t == JsonToken.START_ARRAY) {
            open();
            while (element()) {
                skip();
            }
        } else {
            touch();
        }
    }

    /** Reads a scalar as a tree would: a number converted, a text decoded (either may be malformed). */
    private void touch() throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            parser.getText();
        } else if (t.isNumeric()) {
            number();
        }
    }

    /** Reports the current field as unknown (with the nearest known field, or all of them) and skips its value. */
    void unknownField(Message kind, List<String> fields) throws IOException {
        add(here(), ProblemCode.UNKNOWN_FIELD, unknownField(name(), kind, fields));
        skip();
    }

    /** "unknown field "dropoff" in an outcome: did you mean "dropOff"?", or the known fields when none is near. */
    static Message unknownField(String field, Message kind, List<String> fields) {
        return Nearest.of(field, fields).map(near -> Message.of("unknownField.nearest", field, kind, near))
                .orElseGet(() -> Message.of("unknownField", field, kind, fields));
    }

    // ------------------------------------------------------------------------------------------- values

    String text() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(name(), STRING);
            return null;
        }
        return parser.getText();
    }

    Boolean bool() throws IOException {
        JsonToken t = parser.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            wrongType(name(), BOOLEAN);
            return null;
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** A number, reported as the current field's. */
    BigDecimal decimal() throws IOException {
        return decimal(name());
    }

    /** A number, reported under {@code name} (an element of a per-period list bears its list's name). */
    private BigDecimal decimal(String name) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            wrongType(name, NUMBER);
            return null;
        }
        BigDecimal value = number();
        return representable(value) ? value : notRepresentable(name, value);
    }

    /**
     * The current number as a tree holds it: an int, long or big integer as written (scale 0), any other number as
     * the exact decimal written.
     */
    private BigDecimal number() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        return switch (parser.getNumberType()) {
            case INT -> BigDecimal.valueOf(parser.getIntValue());
            case LONG -> BigDecimal.valueOf(parser.getLongValue());
            default -> new BigDecimal(parser.getBigIntegerValue());
        };
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

    private <T> T notRepresentable(String name, BigDecimal value) {
        add(here(), ProblemCode.NUMBER_NOT_REPRESENTABLE, Message.of("numberNotRepresentable", name, value));
        return null;
    }

    /** A whole number; a decimal with no fraction (3.0) is accepted as the whole number it equals. */
    Integer integer() throws IOException {
        String field = name();
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (!parser.currentToken().isNumeric()) {
            wrongType(field, WHOLE_NUMBER);
            return null;
        }
        BigDecimal value = number();
        if (!representable(value)) {
            return notRepresentable(field, value);
        }
        if (value.signum() == 0) {
            return 0;
        }
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            add(here(), ProblemCode.NOT_WHOLE, Message.of("notWhole", field, value));
        } else if (whole.compareTo(INT_MIN) < 0 || whole.compareTo(INT_MAX) > 0) {
            add(here(), ProblemCode.OUT_OF_RANGE, Message.of("outOfRange.tooLarge", field, value));
        } else {
            return whole.intValueExact(); // 3, and also 3.0 and 3E0
        }
        return null;
    }

    <E extends Enum<E>> E enumeration(Class<E> type) throws IOException {
        String s = text();
        if (s == null) {
            return null;
        }
        Spellings spellings = SPELLINGS.get(type);
        String[] names = spellings.names();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(s)) {
                return type.cast(spellings.constants()[i]);
            }
        }
        List<String> allowed = new ArrayList<>();
        for (String name : names) {
            allowed.add("\"" + name + "\"");
        }
        List<String> words = List.of(names);
        String field = name();
        add(here(), ProblemCode.INVALID_VALUE, Nearest.of(s, words)
                .map(near -> Message.of("invalidValue.nearest", field, allowed, s, near))
                .orElseGet(() -> Message.of("invalidValue", field, allowed, s)));
        return null;
    }

    /** The JSON spelling of an enum constant: lower case, words joined in camel case ({@code DROP_OFF} → dropOff). */
    static String jsonName(Enum<?> e) {
        return ModelTree.name(e);
    }

    private static String spell(String constant) {
        return ModelTree.spell(constant);
    }

    /** A per-period list: an array of numbers, or a single number meaning period 1 only. */
    List<BigDecimal> perPeriod() throws IOException {
        String field = name();
        if (parser.currentToken().isNumeric()) {
            List<BigDecimal> single = new ArrayList<>(1);
            single.add(decimal(field));
            return single;
        }
        if (!array(field, NUMBER_OR_ARRAY)) {
            return null;
        }
        List<BigDecimal> list = new ArrayList<>();
        while (element()) {
            list.add(decimal(field));
        }
        return list;
    }

    // ------------------------------------------------------------------------------------------- problems

    /**
     * Reports a part of the object just read that cannot be built without it (a price index's name) as required,
     * unless its value already had a problem; the value is returned as it was.
     */
    <T> T required(T value, String field, String name) {
        String pointer = Pointer.child(here(), field);
        if (value == null && problems.stream().noneMatch(q -> q.pointer().equals(pointer))) {
            add(pointer, ProblemCode.REQUIRED, Message.of("required", name));
        }
        return value;
    }

    /** Reports a problem of the current value that no typed read catches. */
    void problem(ProblemCode code, Message message) {
        add(here(), code, message);
    }

    /**
     * Reports the current value as of the wrong type and skips it. {@code name} is the field's name (a String) or
     * what the value is (a Message). Where a number was expected and the text holds one, the message says how to
     * write it: without quotes, with a decimal point ({@code "0,2"} is 0.2), as a decimal share ({@code "20%"} is
     * 0.2).
     */
    void wrongType(Object name, Message expected) throws IOException {
        Message hint = parser.currentToken() == JsonToken.VALUE_STRING && expectsNumber(expected)
                ? numberInText(parser.getText()) : null;
        Message actual = describe();
        add(here(), ProblemCode.WRONG_TYPE, hint == null ? Message.of("wrongType", name, expected, actual)
                : Message.of("wrongType.hint", name, expected, actual, hint));
        skip();
    }

    private static boolean expectsNumber(Message expected) {
        return expected.key().equals("type.number") || expected.key().equals("type.wholeNumber")
                || expected.key().equals("type.numberOrArray");
    }

    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\s*(-?[0-9]+),([0-9]+)\\s*");
    private static final Pattern PERCENTAGE = Pattern.compile("\\s*(-?[0-9]+(?:[.,][0-9]+)?)\\s*%\\s*");
    private static final Pattern NUMBER_TEXT = Pattern.compile("\\s*-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\\s*");

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
        if (NUMBER_TEXT.matcher(text).matches()) {
            return Message.of("hint.quotedNumber", text.trim());
        }
        return null;
    }

    private Message describe() throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NULL -> Message.of("actual.null");
            case VALUE_TRUE -> Message.of("actual.true");
            case VALUE_FALSE -> Message.of("actual.false");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Message.of("actual.number", number());
            case VALUE_STRING -> Message.of("actual.string");
            case START_ARRAY -> Message.of("actual.array");
            default -> Message.of("actual.object");
        };
    }

    /** The pointer of the value being read. */
    String here() {
        StringBuilder pointer = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            Level level = levels[i];
            if (level.index >= 0) {
                pointer.append('/').append(level.index);
            } else if (level.name != null) {
                pointer.append(Pointer.child("", level.name));
            }
        }
        return pointer.toString();
    }

    private void add(String pointer, ProblemCode code, Message message) {
        problems.add(Problem.of(pointer, code, message));
    }

    /**
     * An open array (its current index) or object (its current field, and the names it has had, to refuse one
     * given twice). Kept per depth and reused, so that reading allocates nothing for them per object.
     */
    private static final class Level {
        /** Beyond this many fields the names are looked up in a set rather than one by one. */
        private static final int FEW = 32;

        String name;
        int index;
        private String[] names = new String[8];
        private int count;
        private Set<String> many;

        void reset() {
            name = null;
            index = -1;
            count = 0;
            many = null;
        }

        /** Adds a field's name; {@code false} when the object already had it. */
        boolean add(String field) {
            if (many != null) {
                return many.add(field);
            }
            for (int i = 0; i < count; i++) {
                if (names[i].equals(field)) {
                    return false;
                }
            }
            if (count == FEW) {
                many = new HashSet<>(Arrays.asList(names));
                return many.add(field);
            }
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
            }
            names[count++] = field;
            return true;
        }
    }
}
