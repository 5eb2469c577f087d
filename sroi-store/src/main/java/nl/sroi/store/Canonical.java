package nl.sroi.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.jackson.Jackson;

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of a JSON document and its hash, {@code sha256:} followed by the
 * lower-case hex of SHA-256 over that form's UTF-8 bytes: the same content in another key order, with other
 * whitespace or other ways of writing the same number has the same hash. Numbers are IEEE 754 doubles written as
 * ECMAScript writes them (RFC 8785 §3.2.2.3), so digits beyond a double's precision do not count.
 */
public final class Canonical {

    /** The prefix of every hash. */
    public static final String PREFIX = "sha256:";

    private Canonical() {
    }

    /**
     * The hash of a JSON text.
     *
     * @param json the UTF-8 bytes of a JSON document
     * @return {@code sha256:} and 64 hex digits
     * @throws IllegalArgumentException when the bytes are not JSON, or hold a number a double cannot hold
     */
    public static String hash(byte[] json) {
        return hashOfCanonical(canonical(parse(json)));
    }

    /**
     * The hash of a parsed document.
     *
     * @param node the document
     * @return {@code sha256:} and 64 hex digits
     */
    public static String hash(JsonNode node) {
        return hashOfCanonical(canonical(node));
    }

    /** The hash of a text that is already canonical. */
    static String hashOfCanonical(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return PREFIX + hex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return s.toString();
    }

    static JsonNode parse(byte[] json) {
        try {
            JsonNode node = Jackson.reader().readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("no JSON value");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /**
     * The canonical text of a document.
     *
     * @param node the document
     * @return its RFC 8785 form
     */
    public static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            // String.compareTo compares UTF-16 code units, as RFC 8785 §3.2.3 asks
            fields.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(fields.get(i).getKey(), out);
                out.append(':');
                write(fields.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isNumber()) {
            out.append(number(node.isBigDecimal() || node.isBigInteger()
                    ? node.decimalValue().doubleValue() : node.doubleValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    /** A string with the minimal escapes of RFC 8785 §3.2.2.2. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * A double as ECMAScript's Number.prototype.toString writes it: the fewest significant digits that read back
     * as the same double (the nearest such when several), in plain notation from 1e-6 up to 1e21, else with an
     * exponent.
     *
     * @param d a finite double
     * @return its text
     */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("RFC 8785 has no text for " + d);
        }
        if (d == 0) {
            return "0"; // minus zero too
        }
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        // strip trailing zeros of the digits (the value is digits × 10^(n − k))
        int k = digits.length();
        while (k > 1 && digits.charAt(k - 1) == '0') {
            k--;
        }
        int n = digits.length() - shortest.scale(); // the position of the decimal point
        digits = digits.substring(0, k);
        StringBuilder s = new StringBuilder(d < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            s.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            s.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            s.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            s.append(digits.charAt(0));
            if (k > 1) {
                s.append('.').append(digits, 1, k);
            }
            s.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return s.toString();
    }

    /** The decimal of fewest significant digits that reads back as {@code d}; of those, the nearest to it. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR,
                    RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(p, mode));
                if (c.doubleValue() == d && (best == null
                        || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(MathContext.DECIMAL64);
    }
}
