package nl.sroi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a result document ({@code sroi-result/1}, however obtained: library, command line or service) with a
 * reference case's expected figures: money within a cent, ratios and months within 1e-9.
 */
public final class ReferenceAssertions {

    public static final double CENT = 0.01 + 1e-9;
    public static final double RATIO = 1e-9;

    private ReferenceAssertions() {
    }

    public static void assertMatchesReference(String name, JsonNode result) {
        JsonNode expected = TestResources.referenceExpected(name);
        JsonNode totals = result.get("totals");
        money(expected.get("presentValue"), totals.get("presentValue"), name + " presentValue");
        money(expected.get("inputsValue"), totals.get("inputsValue"), name + " inputsValue");
        money(expected.get("netPresentValue"), totals.get("netPresentValue"), name + " netPresentValue");
        exact(expected.get("ratio"), totals.get("ratio"), name + " ratio");
        exact(expected.get("netRatio"), totals.get("netRatio"), name + " netRatio");
        exact(expected.get("paybackMonths"), totals.get("paybackMonths"), name + " paybackMonths");

        Map<Integer, JsonNode> periods = new HashMap<>();
        result.get("periods").forEach(p -> periods.put(p.get("period").asInt(), p));
        perPeriod(expected.get("values"), periods.size(), t -> periods.get(t).get("value"), name + " value");

        Map<String, JsonNode> outcomes = byId(result.get("outcomes"));
        for (Iterator<String> it = expected.get("outcomes").fieldNames(); it.hasNext(); ) {
            String id = it.next();
            JsonNode e = expected.get("outcomes").get(id);
            JsonNode a = outcomes.get(id);
            money(e.get("impactPerUnit"), a.get("impactPerUnit"), name + " " + id + " impactPerUnit");
            if (e.has("proxyValue")) {
                money(e.get("proxyValue"), a.get("proxyValue"), name + " " + id + " proxyValue");
                exact(e.get("indexFactor"), a.get("indexFactor"), name + " " + id + " indexFactor");
            }
            money(e.get("presentValue"), a.get("presentValue"), name + " " + id + " presentValue");
            perPeriod(e.get("values"), a.get("values").size(), t -> a.get("values").get(t - 1),
                    name + " " + id + " value");
        }
        JsonNode welfare = expected.get("welfare");
        if (welfare == null) {
            assertTrue(result.get("welfare") == null, name + ": a welfare view without transfers");
        } else {
            JsonNode actual = result.get("welfare");
            assertTrue(actual != null, name + ": no welfare view");
            money(welfare.get("presentValue"), actual.get("presentValue"), name + " welfare presentValue");
            money(welfare.get("netPresentValue"), actual.get("netPresentValue"), name + " welfare netPresentValue");
            exact(welfare.get("ratio"), actual.get("ratio"), name + " welfare ratio");
        }
        Map<String, JsonNode> stakeholders = byId(result.get("stakeholders"));
        assertEquals(expected.get("stakeholders").size(), stakeholders.size(), name + " stakeholders");
        for (Iterator<String> it = expected.get("stakeholders").fieldNames(); it.hasNext(); ) {
            String id = it.next();
            JsonNode e = expected.get("stakeholders").get(id);
            money(e.get("invested"), stakeholders.get(id).get("invested"), name + " " + id + " invested");
            money(e.get("received"), stakeholders.get(id).get("received"), name + " " + id + " received");
        }
    }

    /** Expected per-period values are given only where non-zero: every other period must be zero. */
    private static void perPeriod(JsonNode expected, int periods, java.util.function.IntFunction<JsonNode> actual,
                                  String what) {
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            assertTrue(Integer.parseInt(it.next()) <= periods, what + ": fewer periods than expected");
        }
        for (int t = 1; t <= periods; t++) {
            JsonNode e = expected.get(Integer.toString(t));
            assertEquals(e == null ? 0 : e.asDouble(), actual.apply(t).asDouble(), CENT, what + " in period " + t);
        }
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(n -> map.put(n.get("id").asText(), n));
        return map;
    }

    private static void money(JsonNode expected, JsonNode actual, String what) {
        assertTrue(actual != null && actual.isNumber(), what + " is missing");
        assertEquals(expected.asDouble(), actual.asDouble(), CENT, what);
    }

    private static void exact(JsonNode expected, JsonNode actual, String what) {
        if (expected.isNull()) {
            assertTrue(actual.isNull(), what + " should be null, was " + actual);
        } else {
            assertTrue(actual.isNumber(), what + " should be a number, was " + actual);
            assertEquals(expected.asDouble(), actual.asDouble(), RATIO, what);
        }
    }
}
