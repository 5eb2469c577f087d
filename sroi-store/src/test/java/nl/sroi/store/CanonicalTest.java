package nl.sroi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785's own examples, copied from the RFC (§3.2.2, §3.2.3 and Appendix B). */
class CanonicalTest {

    private static String canonical(String json) {
        return Canonical.canonical(Canonical.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** RFC 8785 §3.2.2: the example of serialising primitive data types. */
    @Test
    void primitivesAsInTheRfc() {
        String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", canonical(input));
    }

    /** RFC 8785 §3.2.3: property names sorted by their UTF-16 code units. */
    @Test
    void sortingAsInTheRfc() {
        String input = "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", "
                + "\"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\", \"1\": \"One\", "
                + "\"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\", "
                + "\"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";
        String out = canonical(input);
        String[] order = {"\\r", "1", "\u0080", "ö", "€", "\uD83D\uDE00", "\uFB33"};
        int at = -1;
        for (String key : order) {
            int i = out.indexOf("\"" + key + "\":");
            assertEquals(true, i > at, key + " in " + out);
            at = i;
        }
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\uD83D\uDE00\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}", out);
    }

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript texts. */
    @ParameterizedTest
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"
    })
    void numbersAsInAppendixB(String bits, String expected) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertEquals(expected, Canonical.number(d));
    }

    @ParameterizedTest
    @CsvSource({"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
    void nanAndInfinityHaveNoText(String bits) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThrows(IllegalArgumentException.class, () -> Canonical.number(d));
    }

    @Test
    void theSameContentHasTheSameHash() {
        String a = "{\"b\": [1, 2.50, {\"y\": true, \"x\": null}], \"a\": \"t\"}";
        String b = "{\"a\":\"t\",\"b\":[1.0,2.5,{\"x\":null,\"y\":true}]}";
        assertEquals(Canonical.hash(a.getBytes(StandardCharsets.UTF_8)), Canonical.hash(b.getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(Canonical.hash(a.getBytes(StandardCharsets.UTF_8)),
                Canonical.hash(a.replace("2.50", "2.51").getBytes(StandardCharsets.UTF_8)));
        // SHA-256 of the canonical text {"a":1}, as sha256sum gives it
        assertEquals("sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
                Canonical.hash("{ \"a\" : 1.0 }".getBytes(StandardCharsets.UTF_8)));
    }
}
