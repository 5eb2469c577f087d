package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import nl.sroi.core.Documents;
import nl.sroi.core.json.Json;

/** The one mapping of core's failures to HTTP statuses, problem types and media types. */
class JsonApiTest {

    static final byte[] MODEL = Documents.bytes(Documents.validModel());

    static JsonNode body(JsonApi.Answer answer) throws Exception {
        return Json.mapper().readTree(answer.body());
    }

    @Test
    void aBusinessCase_isJson_andItsFlowsAreCsv() throws Exception {
        JsonApi.Answer answer = JsonApi.DEFAULT.businessCase(MODEL, "gemeente", null);
        assertEquals(200, answer.status());
        assertEquals("application/json", answer.mediaType());
        assertEquals("gemeente", body(answer).at("/party/id").asText());
        JsonApi.Answer csv = JsonApi.DEFAULT.flows(MODEL, null);
        assertEquals(200, csv.status());
        assertEquals("text/csv; charset=utf-8", csv.mediaType());
    }

    @Test
    void anUnknownParty_orAScenarioOfAModel_isAnInvalidParameter_422() throws Exception {
        JsonApi.Answer party = JsonApi.DEFAULT.businessCase(MODEL, "menzis", null);
        assertEquals(422, party.status());
        assertEquals(ProblemDocument.MEDIA_TYPE, party.mediaType());
        assertEquals(ProblemDocument.TYPE_BASE + "invalid-parameter", body(party).get("type").asText());
        assertEquals("there is no stakeholder \"menzis\"; the stakeholders are jongeren, gemeente",
                body(party).get("detail").asText());
        JsonApi.Answer scenario = JsonApi.DEFAULT.businessCase(MODEL, "gemeente", "hengelo");
        assertEquals(422, scenario.status());
        assertEquals("a scenario can only be named for a sroi-scenarios/1 document",
                body(scenario).get("detail").asText());
    }

    @Test
    void scenarios_invalidAre422_malformedAre400() throws Exception {
        byte[] invalid = ("{\"format\": \"sroi-scenarios/1\", \"model\": {\"format\": \"sroi-model/1\"}, "
                + "\"scenarios\": []}").getBytes(StandardCharsets.UTF_8);
        JsonApi.Answer answer = JsonApi.DEFAULT.scenarios(invalid);
        assertEquals(422, answer.status());
        assertEquals(ProblemDocument.TYPE_BASE + "invalid-scenarios", body(answer).get("type").asText());
        JsonApi.Answer malformed = JsonApi.DEFAULT.scenarios("{".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, malformed.status());
        assertEquals(ProblemDocument.TYPE_BASE + "malformed-json", body(malformed).get("type").asText());
    }

    @Test
    void simulationParameters_areCheckedBeforeTheModel() throws Exception {
        byte[] notAModel = "{}".getBytes(StandardCharsets.UTF_8);
        JsonApi.Answer zero = JsonApi.DEFAULT.simulate(notAModel, "0", null);
        assertEquals(422, zero.status());
        assertEquals("iterations must be between 1 and 1000000, was 0", body(zero).get("detail").asText());
        JsonApi.Answer words = JsonApi.DEFAULT.simulate(notAModel, "many", "x");
        assertEquals("iterations and seed must be whole numbers in digits 0-9, were \"many\" and \"x\"",
                body(words).get("detail").asText());
        JsonApi.Answer huge = JsonApi.DEFAULT.simulate(notAModel, "99999999999999999999", null);
        assertEquals("iterations and seed must be whole numbers in digits 0-9, were \"99999999999999999999\" and "
                + "absent", body(huge).get("detail").asText());
        // full-width digits are digits to Long.parseLong, not to a query
        JsonApi.Answer fullWidth = JsonApi.DEFAULT.simulate(notAModel, "\uff11\uff10", null);
        assertEquals("iterations and seed must be whole numbers in digits 0-9, were \"\uff11\uff10\" and absent",
                body(fullWidth).get("detail").asText());
        // what is echoed is cut short
        JsonApi.Answer long_ = JsonApi.DEFAULT.simulate(notAModel, "9".repeat(5000), null);
        assertEquals("iterations and seed must be whole numbers in digits 0-9, were \"" + "9".repeat(40)
                + "… (5000 characters)\" and absent", body(long_).get("detail").asText());
        // a sign and surrounding blanks are accepted, as Long.parseLong after trimming accepted them
        assertEquals(422, JsonApi.DEFAULT.simulate(notAModel, " +5 ", "-3").status());
        assertEquals(ProblemDocument.TYPE_BASE + "invalid-model",
                body(JsonApi.DEFAULT.simulate(notAModel, " +5 ", "-3")).get("type").asText());
    }
}
