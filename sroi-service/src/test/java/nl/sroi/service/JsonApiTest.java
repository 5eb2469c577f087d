package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import nl.sroi.core.Documents;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.text.Language;

/** The one mapping of core's failures to HTTP statuses, problem types and media types. */
class JsonApiTest {

    static final byte[] MODEL = Documents.bytes(Documents.validModel());

    static JsonNode body(JsonApi.Answer answer) throws Exception {
        return Jackson.reader().readTree(answer.body());
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
        JsonApi.Answer dutch = JsonApi.DEFAULT.flows(MODEL, null, "gemeente", "nl");
        assertEquals(200, dutch.status());
        assertEquals("text/csv; charset=utf-8", dutch.mediaType());
        String[] lines = dutch.body().split("\r\n");
        assertEquals("\uFEFFpartij;naam;periode;jaar;betaalt;ontvangt;betaalt (zoals geteld);ontvangt (contante waarde);"
                + "saldo;cumulatief saldo", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith("gemeente;"), lines[i]);
        }
    }

    @Test
    void anUnknownLanguage_orParty_ofAnExport_isAnInvalidParameter_400() throws Exception {
        JsonApi.Answer lang = JsonApi.DEFAULT.flows(MODEL, null, null, "fr");
        assertEquals(400, lang.status());
        assertEquals("lang must be nl or en, was \"fr\"", body(lang).get("detail").asText());
        assertEquals("lang moet nl of en zijn, was \"fr\"",
                body(JsonApi.DEFAULT.in(Language.NL).flows(MODEL, null, null, "fr")).get("detail").asText());
        JsonApi.Answer party = JsonApi.DEFAULT.flows(MODEL, null, "menzis", "nl");
        assertEquals(400, party.status());
        assertEquals("/api/v1/problems/invalid-parameter", body(party).get("type").asText());
        assertEquals("for", body(party).at("/errors/0/parameter").asText(), body(party).toString());
    }

    @Test
    void anUnknownParty_orAScenarioOfAModel_isAnInvalidParameter_400() throws Exception {
        JsonApi.Answer party = JsonApi.DEFAULT.businessCase(MODEL, "menzis", null);
        assertEquals(400, party.status());
        assertEquals(ProblemDocument.MEDIA_TYPE, party.mediaType());
        assertEquals("/api/v1/problems/invalid-parameter", body(party).get("type").asText());
        assertEquals("there is no stakeholder \"menzis\"; the stakeholders are \"jongeren\", \"gemeente\"",
                body(party).get("detail").asText());
        assertEquals("for", body(party).at("/errors/0/parameter").asText());
        assertEquals("er is geen stakeholder \"menzis\"; de stakeholders zijn \"jongeren\", \"gemeente\"",
                body(JsonApi.DEFAULT.in(Language.NL).businessCase(MODEL, "menzis", null)).get("detail").asText());
        JsonApi.Answer scenario = JsonApi.DEFAULT.businessCase(MODEL, "gemeente", "hengelo");
        assertEquals(400, scenario.status());
        assertEquals("a scenario can only be named for a sroi-scenarios/1 document",
                body(scenario).get("detail").asText());
    }

    @Test
    void aBusinessCaseWithoutAParty_listsTheStakeholders() throws Exception {
        JsonApi.Answer none = JsonApi.DEFAULT.businessCase(MODEL, null, null);
        assertEquals(400, none.status());
        assertEquals("for", body(none).at("/errors/0/parameter").asText());
        assertEquals("REQUIRED", body(none).at("/errors/0/code").asText());
        assertEquals("name the stakeholder whose business case you want; the stakeholders are \"jongeren\", "
                + "\"gemeente\"", body(none).get("detail").asText());
    }

    @Test
    void scenarios_invalidAre422_malformedAre400() throws Exception {
        byte[] invalid = ("{\"format\": \"sroi-scenarios/1\", \"model\": {\"format\": \"sroi-model/1\"}, "
                + "\"scenarios\": []}").getBytes(StandardCharsets.UTF_8);
        JsonApi.Answer answer = JsonApi.DEFAULT.scenarios(invalid);
        assertEquals(422, answer.status());
        assertEquals("/api/v1/problems/invalid-scenarios", body(answer).get("type").asText());
        JsonApi.Answer malformed = JsonApi.DEFAULT.scenarios("{".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, malformed.status());
        assertEquals("/api/v1/problems/malformed-json", body(malformed).get("type").asText());
    }

    @Test
    void simulationParameters_areCheckedBeforeTheModel_eachNamingItself() throws Exception {
        byte[] notAModel = "{}".getBytes(StandardCharsets.UTF_8);
        JsonApi.Answer zero = JsonApi.DEFAULT.simulate(notAModel, "0", null);
        assertEquals(400, zero.status());
        assertEquals("iterations must be between 1 and 1000000, was 0", body(zero).get("detail").asText());
        JsonApi.Answer words = JsonApi.DEFAULT.simulate(notAModel, "many", "x");
        assertEquals("iterations must be a whole number in the digits 0 to 9, was \"many\"",
                body(words).get("detail").asText());
        assertEquals("iterations", body(words).at("/errors/0/parameter").asText());
        // a good number of iterations and a bad seed: the seed is named, not the iterations
        JsonApi.Answer seed = JsonApi.DEFAULT.simulate(notAModel, "500", "abc");
        assertEquals("seed", body(seed).at("/errors/0/parameter").asText());
        assertEquals("seed must be a whole number in the digits 0 to 9, was \"abc\"", body(seed).get("detail").asText());
        JsonApi.Answer huge = JsonApi.DEFAULT.simulate(notAModel, "99999999999999999999", null);
        assertEquals("iterations must be a whole number in the digits 0 to 9, was \"99999999999999999999\"",
                body(huge).get("detail").asText());
        // a sign and surrounding blanks are accepted, as Long.parseLong after trimming accepted them
        assertEquals(422, JsonApi.DEFAULT.simulate(notAModel, " +5 ", "-3").status());
        assertEquals("/api/v1/problems/invalid-model",
                body(JsonApi.DEFAULT.simulate(notAModel, " +5 ", "-3")).get("type").asText());
    }
}
