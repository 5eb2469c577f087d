package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import nl.sroi.core.jackson.Jackson;

/** The compact form of a pretty document: the same values, with no whitespace between tokens. */
class JsonCompactTest {

    @Test
    void whitespaceBetweenTokens_goes_andWhitespaceInTexts_stays() {
        ObjectNode o = Jackson.object().put("text", "a \"quoted\" word, \\ and\ttab: {x: 1}")
                .put("number", 0.1).put("big", new java.math.BigDecimal("1234567.891234567891"));
        o.putArray("list").add(1).add(" two ");
        String compact = Json.compact(Json.pretty(o));
        assertEquals("{\"text\":\"a \\\"quoted\\\" word, \\\\ and\\ttab: {x: 1}\",\"number\":0.1,"
                + "\"big\":1234567.891234567891,\"list\":[1,\" two \"]}", compact);
    }
}
