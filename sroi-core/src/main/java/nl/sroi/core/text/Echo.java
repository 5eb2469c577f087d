package nl.sroi.core.text;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Values as a message quotes them back: short, whatever was sent. A message names the value it refuses, but a
 * document may hold a 50,000-character name or a number like {@code 1e-1000000000}, whose plain form has a billion
 * digits; quoting those in full turns a small request into a large answer (or exhausts memory). Text is cut after
 * {@link #MAX_CHARACTERS} characters, saying how long it was; a number whose plain form would be longer is quoted
 * in scientific notation with at most 17 significant digits.
 */
public final class Echo {

    /** The most characters of a value that a message quotes. */
    public static final int MAX_CHARACTERS = 200;
    private static final MathContext SIGNIFICANT = new MathContext(17);

    private Echo() {
    }

    /**
     * The text in double quotes, cut after {@link #MAX_CHARACTERS} characters.
     *
     * @param text the text as sent
     * @return the text to quote in a message
     */
    public static String quoted(String text) {
        return "\"" + cut(text) + "\"";
    }

    /**
     * The text cut after {@link #MAX_CHARACTERS} characters, with "… (N characters)" when it was cut.
     *
     * @param text the text as sent
     * @return the text, or its beginning and its length
     */
    public static String cut(String text) {
        if (text.length() <= MAX_CHARACTERS) {
            return text;
        }
        int end = MAX_CHARACTERS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }

    /**
     * The number in plain notation when that is short, else in scientific notation ({@code 1E-1000000000}).
     *
     * @param value the number as read
     * @return the number to quote in a message
     */
    public static String number(BigDecimal value) {
        if (plainLength(value) <= MAX_CHARACTERS) {
            return value.toPlainString();
        }
        return value.round(SIGNIFICANT).toString();
    }

    /**
     * How many characters the plain form of the number has (sign and point aside), computed from its precision and
     * scale without writing it: {@code 1E+400} has 401, {@code 1E-400} has 401 (0.000…1).
     *
     * @param value the number
     * @return the number of its digits written out
     */
    public static long plainLength(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        if (scale <= 0) {
            return precision - scale;
        }
        return Math.max(precision, scale + 1);
    }
}
