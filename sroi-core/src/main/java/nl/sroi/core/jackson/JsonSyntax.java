package nl.sroi.core.jackson;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;

/**
 * What is wrong with bytes that are not JSON, in the project's own words: the parser's messages name its classes
 * and switches ({@code FAIL_ON_READING_DUP_TREE_KEY}, "Source: REDACTED"), which tell an analyst nothing. The
 * parser's message only selects which of our sentences applies; none of its text is passed on. The bytes around
 * the error decide the rest, such as a Dutch decimal comma ({@code "deadweight": 0,2}), which JSON reads as a
 * number followed by a second field without a name.
 */
public final class JsonSyntax {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)' for");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([-A-Za-z]+)'");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    /** A number, a comma and digits just before the error: the comma was meant as a decimal comma. */
    private static final Pattern BEFORE_COMMA = Pattern.compile("(-?[0-9]+),$");
    private static final Pattern DIGITS_AFTER = Pattern.compile("^([0-9]+(?:[eE][+-]?[0-9]+)?)");
    /** Digits in groups of three after dots, ending just before the error: the start of {@code 1.234.567}. */
    private static final Pattern BEFORE_DOTS = Pattern.compile("(?<![0-9.])(-?[0-9]{1,3}(?:\\.[0-9]{3})+)$");
    private static final Pattern DOT_GROUPS_AFTER = Pattern.compile("^((?:\\.[0-9]{3})+)(?![0-9.])");
    private static final int MAX_ECHO = 40;

    private JsonSyntax() {
    }

    /**
     * The problem of bytes that are not JSON, with the line and column of the parser's error.
     *
     * @param e    the parser's error
     * @param json the document's bytes
     * @return the problem
     */
    public static Problem problem(JsonProcessingException e, byte[] json) {
        return problem(e.getLocation(), explain(e, json));
    }

    /**
     * The problem of bytes that are not JSON at a place, or anywhere when the place is not known.
     *
     * @param at   where, or {@code null}
     * @param what what is wrong
     * @return the problem
     */
    public static Problem problem(JsonLocation at, Message what) {
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
        return new Problem("", ProblemCode.MALFORMED_JSON, line == null
                ? Message.of("malformed", what) : Message.of("malformed.at", line, column, what), line, column);
    }

    /**
     * A document without a value.
     *
     * @return the problem
     */
    public static Problem empty() {
        return Problem.of("", ProblemCode.MALFORMED_JSON, Message.of("malformed.empty"));
    }

    /**
     * A number whose exponent {@code BigDecimal} cannot hold (beyond ±2147483647); Jackson lets this escape.
     *
     * @return the problem
     */
    public static Problem exponent() {
        return Problem.of("", ProblemCode.MALFORMED_JSON, Message.of("malformed", Message.of("json.exponent")));
    }

    /**
     * A field given twice in one object.
     *
     * @param name the field's name
     * @return the sentence
     */
    public static Message duplicateField(String name) {
        return Message.of("json.duplicateField", cut(name));
    }

    /** A reading limit the document passes, in the project's words (Jackson's name its own classes). */
    private static Message beyondLimit(String m) {
        if (m.startsWith("Document nesting depth")) {
            return Message.of("json.depth", Jackson.MAX_DEPTH);
        }
        if (m.startsWith("Name length")) {
            return Message.of("json.nameLength", Jackson.MAX_NAME_LENGTH);
        }
        if (m.startsWith("Number value length")) {
            return Message.of("json.numberLength", Jackson.MAX_NUMBER_LENGTH);
        }
        return Message.of("json.limit");
    }

    /**
     * What the error is, for a reader who wrote the document by hand.
     *
     * @param e    the parser's error
     * @param json the document's bytes
     * @return the sentence
     */
    static Message explain(JsonProcessingException e, byte[] json) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return beyondLimit(m);
        }
        int offset = offset(e.getLocation(), json);
        Matcher match = DUPLICATE.matcher(m);
        if (match.find()) {
            return duplicateField(match.group(1));
        }
        if (m.startsWith("Trailing token")) {
            return Message.of("json.trailing");
        }
        match = NON_STANDARD.matcher(m);
        if (match.find()) {
            return Message.of("json.notANumber", match.group(1));
        }
        if (e instanceof JsonEOFException) {
            return Message.of("json.endOfInput");
        }
        Message comma = decimalComma(json, offset);
        if (comma != null) {
            return comma;
        }
        Message dots = thousandsDots(json, offset);
        if (dots != null) {
            return dots;
        }
        return byWording(m, json, offset);
    }

    /** The error told by the parser's wording, and for a few, by the token where it stands. */
    private static Message byWording(String m, byte[] json, int offset) {
        Matcher match;
        if (m.startsWith("Invalid UTF-8")) {
            return Message.of("json.encoding");
        }
        if (m.contains("(code 39)")) {
            return Message.of("json.singleQuote");
        }
        if (m.contains("comment") || m.contains("(code 35)")) {
            return Message.of("json.comment");
        }
        if (m.contains("Leading zeroes")) {
            return Message.of("json.leadingZero");
        }
        match = UNRECOGNIZED.matcher(m);
        if (match.find()) {
            return Message.of("json.unquotedWord", cut(match.group(1)));
        }
        if (m.startsWith("Illegal unquoted character")) {
            return Message.of("json.controlCharacter");
        }
        if (m.startsWith("Unrecognized character escape")) {
            return Message.of("json.badEscape");
        }
        match = CLOSE.matcher(m);
        if (match.find()) {
            return Message.of("json.mismatchedClose", match.group(1), match.group(2));
        }
        String found = found(json, offset);
        if (m.contains("in numeric value")) {
            return Message.of("json.number");
        }
        if (m.contains("double-quote to start field name")) {
            return "}".equals(found) ? Message.of("json.trailingComma", "}") : Message.of("json.fieldName", found);
        }
        if (m.contains("expected a value") && "]".equals(found)) {
            return Message.of("json.trailingComma", "]");
        }
        if (m.contains("expecting a colon")) {
            return Message.of("json.colon", found);
        }
        if (m.contains("expecting comma")) {
            return Message.of("json.comma", found);
        }
        if (m.contains("expected a value") || m.contains("expected a valid value")) {
            return Message.of("json.value", found);
        }
        return Message.of("json.syntax");
    }

    /**
     * A decimal comma: the error stands on digits that follow "number," ({@code 0,2}), where JSON expected the name
     * of the next field.
     */
    private static Message decimalComma(byte[] json, int offset) {
        if (offset < 2 || offset >= json.length) {
            return null;
        }
        String before = new String(json, Math.max(0, offset - 40), Math.min(offset, 40), StandardCharsets.ISO_8859_1);
        String after = new String(json, offset, Math.min(json.length - offset, 40), StandardCharsets.ISO_8859_1);
        Matcher b = BEFORE_COMMA.matcher(before);
        Matcher a = DIGITS_AFTER.matcher(after);
        if (!b.find() || !a.find()) {
            return null;
        }
        String written = b.group(1) + "," + a.group(1);
        return Message.of("json.decimalComma", written, b.group(1) + "." + a.group(1));
    }

    /**
     * Thousands dots: the error stands on the second dot of a number such as {@code 1.234.567} (JSON reads 1.234
     * and then finds a dot where a comma or bracket belongs). The number is a group of one to three digits and
     * groups of three, each after a dot.
     */
    private static Message thousandsDots(byte[] json, int offset) {
        if (offset < 2 || offset >= json.length || json[offset] != '.') {
            return null;
        }
        String before = new String(json, Math.max(0, offset - 40), Math.min(offset, 40), StandardCharsets.ISO_8859_1);
        String after = new String(json, offset, Math.min(json.length - offset, 40), StandardCharsets.ISO_8859_1);
        Matcher b = BEFORE_DOTS.matcher(before);
        Matcher a = DOT_GROUPS_AFTER.matcher(after);
        if (!b.find() || !a.find()) {
            return null;
        }
        String written = b.group(1) + a.group(1);
        return Message.of("json.thousandsDot", written, written.replace(".", ""));
    }

    /** The byte offset of the error in the document, or -1. */
    private static int offset(JsonLocation at, byte[] json) {
        if (at == null) {
            return -1;
        }
        long offset = at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
        return offset >= 0 && offset <= json.length ? (int) offset : -1;
    }

    /** The character at the error, as a reader can recognise it, or a description of an invisible one. */
    private static String found(byte[] json, int offset) {
        if (offset < 0 || offset >= json.length) {
            return "?";
        }
        int b = json[offset] & 0xff;
        if (b > 0x20 && b < 0x7f) {
            return String.valueOf((char) b);
        }
        return String.format(java.util.Locale.ROOT, "U+%04X", b);
    }

    private static String cut(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
    }
}
