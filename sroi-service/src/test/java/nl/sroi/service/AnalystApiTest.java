package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.sroi.core.Documents;
import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.text.Language;

/**
 * What an analyst reads from the service, in the words a person reads: Dutch or English by Accept-Language,
 * estimates named by outcome and stakeholder, strict parameters that say what is wrong, problem types that resolve
 * to their description, and a models folder with mistakes that refuses to start and lists them all.
 */
class AnalystApiTest {

    static final MediaType JSON = MediaType.get("application/json");
    static final Path MODELS = Path.of("..", "models");

    @TempDir
    static Path modelsDir;
    static ModelCatalog catalog;
    static JsonNode jongeren;

    @BeforeAll
    static void catalogue() throws IOException {
        Files.copy(MODELS.resolve("jongeren-en-schulden.json"), modelsDir.resolve("jongeren-en-schulden.json"));
        catalog = ModelCatalog.fromDirectory(modelsDir);
        jongeren = Jackson.reader().readTree(Files.readAllBytes(MODELS.resolve("jongeren-en-schulden.json")));
    }

    static Javalin app(Language language) {
        return new SroiService(new ServiceConfig("127.0.0.1", 0, modelsDir, 1 << 20, 0, language), catalog).create();
    }

    static Response post(HttpClient client, String path, byte[] body, String acceptLanguage) {
        return client.request(path, b -> {
            b.post(RequestBody.create(body, JSON));
            if (acceptLanguage != null) {
                b.header("Accept-Language", acceptLanguage);
            }
        });
    }

    static JsonNode json(Response response) throws IOException {
        return Jackson.reader().readTree(response.body().string());
    }

    static byte[] bytes(String path) throws IOException {
        return Files.readAllBytes(MODELS.resolve(path));
    }

    static byte[] withDeadweight20() {
        return Documents.bytes(Documents.set(Documents.validModel(), "/outcomes/0/deadweight", "20"));
    }

    @Test
    void aProblem_isInDutch_whenTheRequestAsksForDutch_withTheSameCodesAndPointers() {
        JavalinTest.test(app(Language.EN), (server, client) -> {
            Response nl = post(client, "/api/v1/calculate", withDeadweight20(), "nl-NL,nl;q=0.9,en;q=0.5");
            assertEquals(422, nl.code());
            assertEquals("nl", nl.header("Content-Language"));
            JsonNode dutch = json(nl);
            assertEquals("Het model is niet geldig", dutch.get("title").asText());
            assertEquals("Het model heeft één probleem: deadweight moet tussen 0 en 1 zijn, was 20: aandelen zijn "
                    + "decimale getallen, dus 20 % is 0.2", dutch.get("detail").asText());
            assertEquals("deadweight moet tussen 0 en 1 zijn, was 20: aandelen zijn decimale getallen, dus 20 % is 0.2",
                    dutch.at("/errors/0/message").asText());
            JsonNode english = json(post(client, "/api/v1/calculate", withDeadweight20(), null));
            assertEquals("The model is not valid", english.get("title").asText());
            assertEquals("deadweight must be between 0 and 1, was 20: shares are decimals, so 20 % is 0.2",
                    english.at("/errors/0/message").asText());
            for (String field : List.of("/type", "/status", "/errors/0/code", "/errors/0/pointer")) {
                assertEquals(english.at(field), dutch.at(field), field + " is the same in every language");
            }
            // a language the service does not speak falls back to its default
            assertEquals("en", post(client, "/api/v1/calculate", withDeadweight20(), "de-DE").header("Content-Language"));
        });
    }

    @Test
    void aServiceSetToDutch_answersInDutch_unlessAskedForEnglish() {
        JavalinTest.test(app(Language.NL), (server, client) -> {
            assertEquals("Het model is niet geldig",
                    json(post(client, "/api/v1/calculate", withDeadweight20(), null)).get("title").asText());
            assertEquals("The model is not valid",
                    json(post(client, "/api/v1/calculate", withDeadweight20(), "en")).get("title").asText());
        });
    }

    @Test
    void warnings_ofAResult_areInTheRequestsLanguage() {
        byte[] zero = TestResources.bytes("reference/zero-inputs.model.json");
        JavalinTest.test(app(Language.EN), (server, client) -> {
            JsonNode nl = json(post(client, "/api/v1/calculate", zero, "nl"));
            assertEquals("ZERO_INPUTS", nl.at("/warnings/0/code").asText());
            assertEquals("de inputs tellen op tot nul, dus er is geen ratio: waardeer elke bijdrage, ook in natura",
                    nl.at("/warnings/0/message").asText());
            JsonNode stored = json(client.get("/api/v1/models/jongeren-en-schulden/result",
                    b -> b.header("Accept-Language", "nl")));
            assertEquals(stored.get("warnings").size(),
                    json(client.get("/api/v1/models/jongeren-en-schulden/result")).get("warnings").size());
        });
    }

    /** The tornado and switching values name every estimate: outcome, stakeholder and a label in the language. */
    @Test
    void theTornado_namesItsEstimates() {
        JavalinTest.test(app(Language.EN), (server, client) -> {
            byte[] model = bytes("jongeren-en-schulden.json");
            JsonNode en = json(post(client, "/api/v1/sensitivity", model, null));
            JsonNode nl = json(post(client, "/api/v1/sensitivity", model, "nl"));
            assertEquals(jongeren.get("title").asText(), en.get("title").asText());
            for (String list : List.of("tornado", "switchingValues")) {
                for (int i = 0; i < en.get(list).size(); i++) {
                    JsonNode entry = en.get(list).get(i);
                    String pointer = entry.get("pointer").asText();
                    if (!pointer.startsWith("/outcomes/")) {
                        assertEquals(pointer.equals("/inputs") ? "inputs" : "discount rate", entry.get("label").asText());
                        continue;
                    }
                    // the outcome and stakeholder looked up in the model document itself
                    JsonNode outcome = jongeren.at(pointer.substring(0, pointer.indexOf('/', "/outcomes/".length())));
                    JsonNode stakeholder = null;
                    for (JsonNode s : jongeren.get("stakeholders")) {
                        if (s.get("id").equals(outcome.get("stakeholder"))) {
                            stakeholder = s;
                        }
                    }
                    assertEquals(outcome.get("id"), entry.get("outcome"));
                    assertEquals(outcome.get("description"), entry.get("outcomeDescription"));
                    assertEquals(stakeholder.get("name"), entry.get("stakeholderName"));
                    String estimate = entry.get("estimate").asText();
                    String english = Map.of("attribution", "attribution", "deadweight", "deadweight", "quantity",
                            "quantity", "proxy", "proxy value", "duration", "duration", "displacement", "displacement",
                            "dropOff", "drop-off").get(estimate);
                    String dutch = Map.of("attribution", "toerekening", "deadweight", "deadweight", "quantity",
                            "aantal", "proxy", "proxywaarde", "duration", "duur", "displacement", "verplaatsing",
                            "dropOff", "afname (drop-off)").get(estimate);
                    assertEquals(english + " of " + outcome.get("description").asText(), entry.get("label").asText());
                    assertEquals(dutch + " van " + outcome.get("description").asText(),
                            nl.get(list).get(i).get("label").asText());
                }
            }
            // the first bar of the README's tornado
            JsonNode first = en.at("/tornado/0");
            assertEquals("/outcomes/6/attribution", first.get("pointer").asText());
            assertEquals("attribution of " + jongeren.at("/outcomes/6/description").asText(),
                    first.get("label").asText());
        });
    }

    @Test
    void aSwitchingValueWithoutValue_saysWhyInTheLanguage() throws Exception {
        byte[] model = Documents.bytes(Documents.set(Documents.validModel(), "/inputs/0/amounts", "[4400000]"));
        JsonNode nl = Jackson.reader().readTree(JsonApi.DEFAULT.in(Language.NL).sensitivity(model).body());
        List<String> reasons = new ArrayList<>();
        nl.get("switchingValues").forEach(s -> {
            if (s.get("value").isNull()) {
                reasons.add(s.get("label").asText() + ": " + s.get("reason").asText());
            }
        });
        assertEquals("deadweight van Schuldenvrij: geen deadweight binnen het geldige bereik (tussen 0 en 1) brengt de "
                + "ratio op 1; de rechte lijn door de waarden bereikt 1 bij -31.7592", reasons.get(0));
        assertEquals("duur van Schuldenvrij: de ratio blijft onder 1 bij elke duur van 1 tot 50 jaar", reasons.get(4));
    }

    @Test
    void scenarios_businessCases_andSimulations_nameTheirStakeholdersAndEstimates() throws Exception {
        byte[] local = bytes("scenarios/jongeren-en-schulden-lokaal.json");
        JsonNode comparison = Jackson.reader().readTree(JsonApi.DEFAULT.scenarios(local).body());
        for (JsonNode s : comparison.at("/scenarios/0/difference/stakeholders")) {
            assertFalse(s.get("name").asText().isBlank(), s.toString());
        }
        JsonNode document = Jackson.reader().readTree(local);
        assertEquals(document.at("/model/stakeholders/1/name"), comparison.at("/base/stakeholders/1/name"));
        JsonNode hengelo = document.at("/scenarios/0/set");
        String renamed = hengelo.has("/stakeholders/1/name") ? hengelo.get("/stakeholders/1/name").asText()
                : document.at("/model/stakeholders/1/name").asText();
        assertEquals(renamed, comparison.at("/scenarios/0/stakeholders/1/name").asText(), "the scenario's own name");
        JsonNode businessCase = Jackson.reader().readTree(JsonApi.DEFAULT.businessCase(local, "gemeenten", "hengelo-2027")
                .body());
        assertEquals(renamed, businessCase.get("forName").asText());
        JsonNode simulation = Jackson.reader().readTree(JsonApi.DEFAULT.in(Language.NL)
                .simulate(bytes("jongeren-en-schulden.json"), "200", "1").body());
        JsonNode varied = null;
        for (JsonNode v : simulation.get("varied")) {
            if (v.get("pointer").asText().equals("/outcomes/0/quantity")) {
                varied = v;
            }
        }
        assertEquals("aantal van " + jongeren.at("/outcomes/0/description").asText(), varied.get("label").asText());
        assertEquals(jongeren.at("/outcomes/0/ranges/quantity/low").asDouble(), varied.get("low").asDouble());
    }

    @Test
    void queryParameters_areStrict_andSayWhatIsWrong() throws IOException {
        byte[] model = bytes("jongeren-en-schulden.json");
        JavalinTest.test(app(Language.EN), (server, client) -> {
            Response misspelt = post(client, "/api/v1/simulate?iteration=5", model, null);
            assertEquals(400, misspelt.code());
            JsonNode p = json(misspelt);
            assertEquals("/api/v1/problems/invalid-parameter", p.get("type").asText());
            assertEquals("unknown parameter \"iteration\": did you mean \"iterations\"? /api/v1/simulate takes "
                    + "iterations, lang, pretty, scenario, seed", p.get("detail").asText());
            assertEquals("UNKNOWN_PARAMETER", p.at("/errors/0/code").asText());
            assertEquals("iteration", p.at("/errors/0/parameter").asText());
            assertEquals("parameter \"seed\" is given 2 times; give it once",
                    json(post(client, "/api/v1/simulate?seed=1&seed=2", model, null)).get("detail").asText());
            JsonNode seed = json(post(client, "/api/v1/simulate?iterations=100&seed=abc", model, null));
            assertEquals("seed", seed.at("/errors/0/parameter").asText());
            assertEquals("seed must be a whole number in the digits 0 to 9, was \"abc\"", seed.get("detail").asText());
            Response noParty = post(client, "/api/v1/business-case", model, "nl");
            assertEquals(400, noParty.code());
            assertEquals("noem de stakeholder van wie u de businesscase wilt; de stakeholders zijn \"jongeren\", "
                    + "\"gemeenten\", \"twentse-koers\", \"stadsbank\", \"menzis\", \"woningcorporaties\", \"uwv\", "
                    + "\"werkgevers\"", json(noParty).get("detail").asText());
            assertEquals(400, client.get("/api/v1/models?page=2").code());
        });
    }

    @Test
    void aScenariosDocument_sentToCalculate_saysSo_andCanNameAScenario() {
        JavalinTest.test(app(Language.EN), (server, client) -> {
            byte[] local = bytes("scenarios/jongeren-en-schulden-lokaal.json");
            Response calculate = post(client, "/api/v1/calculate", local, null);
            assertEquals(422, calculate.code());
            JsonNode p = json(calculate);
            assertEquals(1, p.get("errors").size());
            assertEquals("/format", p.at("/errors/0/pointer").asText());
            assertTrue(p.at("/errors/0/message").asText().startsWith("this is a sroi-scenarios/1 document, not a model: "
                    + "compare its scenarios with /scenarios"), p.toString());
            JsonNode validate = json(post(client, "/api/v1/validate", local, "nl"));
            assertFalse(validate.get("valid").asBoolean());
            assertTrue(validate.at("/errors/0/message").asText().startsWith("dit is een sroi-scenarios/1-document"));
            Response hengelo = post(client, "/api/v1/calculate?scenario=hengelo-2027", local, null);
            assertEquals(200, hengelo.code());
            assertEquals("0.96", json(hengelo).at("/totals/ratioDisplay").asText(), "the README's Hengelo ratio");
        });
    }

    @Test
    void everyProblem_hasADetail_andATypeThatResolvesToItsDescription() {
        JavalinTest.test(app(Language.EN), (server, client) -> {
            List<Response> problems = List.of(
                    post(client, "/api/v1/calculate", "{".getBytes(StandardCharsets.UTF_8), "nl"),
                    post(client, "/api/v1/calculate", withDeadweight20(), null),
                    post(client, "/api/v1/scenarios", "{}".getBytes(StandardCharsets.UTF_8), null),
                    post(client, "/api/v1/simulate?iterations=0", withDeadweight20(), null),
                    client.get("/api/v1/models/none"),
                    client.get("/api/v1/nothing"),
                    client.request("/api/v1/calculate", b -> b.delete()),
                    client.request("/api/v1/calculate", b -> b.post(RequestBody.create("x", MediaType.get("text/plain")))));
            for (Response r : problems) {
                JsonNode p = json(r);
                assertFalse(p.path("detail").asText().isBlank(), p.toString());
                String type = p.get("type").asText();
                assertTrue(type.startsWith("/api/v1/problems/"), type);
                Response page = client.get(type, b -> b.header("Accept-Language", r.header("Content-Language")));
                assertEquals(200, page.code(), type);
                String html = page.body().string();
                assertTrue(html.contains("<h1>" + p.get("title").asText() + "</h1>"), html);
                JsonNode described = json(client.get(type, b -> b.header("Accept", "application/json")));
                assertEquals(p.get("status").asInt(), described.get("status").asInt());
            }
            assertTrue(client.get("/api/v1/problems/invalid-model", b -> b.header("Accept-Language", "nl")).body()
                    .string().contains("<td><code>OUT_OF_RANGE</code></td><td>een getal buiten het geldige bereik van "
                            + "zijn veld</td>"));
        });
    }

    @Test
    void aWrongMethod_is405_withAllow() {
        JavalinTest.test(app(Language.EN), (server, client) -> {
            Response r = client.request("/api/v1/calculate", b -> b.put(RequestBody.create("{}", JSON)));
            assertEquals(405, r.code());
            assertEquals("POST", r.header("Allow"));
            assertEquals("PUT is not allowed on /api/v1/calculate; it takes POST", json(r).get("detail").asText());
            assertEquals("GET", client.request("/api/v1/models/x", b -> b.delete()).header("Allow"));
        });
    }

    @Test
    void aModelsFolderWithMistakes_refusesToStart_andListsEveryProblemOfEveryFile(@TempDir Path dir)
            throws IOException {
        Files.write(dir.resolve("a.json"), withDeadweight20());
        Files.write(dir.resolve("b.json"), Documents.bytes(Documents.set(Documents.set(Documents.validModel(),
                "/currency", "\"EURO\""), "/outcomes/1/dropoff", "0.1")));
        Files.write(dir.resolve("c.json"), "{\"format\": ".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"serve", "--port", "0", "--models", dir.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("SROI_LANG", "nl"));
        assertEquals(Main.FAILURE, status);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("sroi: start niet: 4 probleem/problemen in de modellen van " + dir, lines.get(0));
        assertEquals("  a.json /outcomes/0/deadweight OUT_OF_RANGE: deadweight moet tussen 0 en 1 zijn, was 20: "
                + "aandelen zijn decimale getallen, dus 20 % is 0.2", lines.get(1));
        assertEquals("  b.json /currency UNKNOWN_CURRENCY: currency moet een ISO 4217-code zijn van een valuta met een "
                + "kleinste eenheid, was \"EURO\": bedoelt u \"EUR\"?", lines.get(2));
        assertEquals("  b.json /outcomes/1/dropoff UNKNOWN_FIELD: onbekend veld \"dropoff\" in een outcome: bedoelt u "
                + "\"dropOff\"?", lines.get(3));
        assertTrue(lines.get(4).startsWith("  c.json / MALFORMED_JSON: het document is geen geldige JSON op regel 1"),
                lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void theCommandLine_speaksDutch_withLang() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"calculate", "-", "--lang", "nl"}, new ByteArrayInputStream(
                withDeadweight20()), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of());
        assertEquals(Main.INVALID, status);
        JsonNode p = Jackson.reader().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("Het model is niet geldig", p.get("title").asText());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.FAILURE, Main.run(new String[] {"calculate", "nothing.json", "--lang", "nl"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
        assertEquals("sroi: bestand bestaat niet: nothing.json", err.toString(StandardCharsets.UTF_8).strip());
    }
}
