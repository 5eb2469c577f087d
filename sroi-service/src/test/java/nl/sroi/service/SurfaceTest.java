package nl.sroi.service;

import static nl.sroi.service.ServiceTest.assertProblem;
import static nl.sroi.service.ServiceTest.json;
import static nl.sroi.service.ServiceTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;

/**
 * One surface on every route: one rule for the language ({@code ?lang=}, then Accept-Language, then the service's
 * default; {@code Content-Language} the language used), {@code ?pretty} on every JSON route and compact answers
 * otherwise, the party called {@code for} everywhere, and a document sent to the route of the other kind named as
 * such.
 */
class SurfaceTest {

    private static final byte[] MODEL = TestResources.bytes("reference/worked-check.model.json");

    private static Response get(HttpClient client, String path, String acceptLanguage) {
        return client.request(path, b -> {
            if (acceptLanguage != null) {
                b.header("Accept-Language", acceptLanguage);
            }
        });
    }

    private static Response post(HttpClient client, String path, byte[] body, String acceptLanguage) {
        return client.request(path, b -> {
            b.post(RequestBody.create(body, ServiceTest.JSON));
            if (acceptLanguage != null) {
                b.header("Accept-Language", acceptLanguage);
            }
        });
    }

    private static String text(Response response) throws IOException {
        return new String(response.body().bytes(), StandardCharsets.UTF_8);
    }

    private static List<String> sheets(Response response) throws IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(response.body().byteStream())) {
            return java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
        }
    }

    @Test
    void theReport_isInTheLanguageAsked_byHeaderOrParameter() {
        JavalinTest.test(ServiceTest.app(1 << 20), (server, client) -> {
            Response en = post(client, "/api/v1/report", MODEL, "en");
            assertEquals(200, en.code());
            assertEquals("en", en.header("Content-Language"));
            assertTrue(text(en).contains("lang=\"en\""));
            Response nl = post(client, "/api/v1/report?lang=nl", MODEL, "en"); // the parameter over the header
            assertEquals("nl", nl.header("Content-Language"));
            assertTrue(text(nl).contains("lang=\"nl\""));
            Response stored = get(client, "/api/v1/models/worked-check/report", "en");
            assertEquals("en", stored.header("Content-Language"));
            assertTrue(text(stored).contains("lang=\"en\""));
            Response storedNl = get(client, "/api/v1/models/worked-check/report", "nl-NL,nl;q=0.9");
            assertEquals("nl", storedNl.header("Content-Language"));
            assertTrue(text(storedNl).contains("lang=\"nl\""));
        });
    }

    @Test
    void theFlows_areDutchCsv_forADutchRequest() {
        JavalinTest.test(ServiceTest.app(1 << 20), (server, client) -> {
            Response nl = post(client, "/api/v1/flows", MODEL, "nl");
            assertEquals(200, nl.code());
            assertEquals("nl", nl.header("Content-Language"));
            String csv = text(nl);
            assertTrue(csv.startsWith("\uFEFFpartij;naam;"), csv);
            assertTrue(csv.matches("(?s).*;-?[0-9]+,[0-9]{2}(;|\r?\n).*"), csv); // decimal commas
            Response en = post(client, "/api/v1/flows", MODEL, "en");
            assertEquals("en", en.header("Content-Language"));
            assertFalse(text(en).contains(";"));
            Response asked = post(client, "/api/v1/flows?lang=en", MODEL, "nl");
            assertEquals("en", asked.header("Content-Language"));
            assertFalse(text(asked).contains(";"));
        });
    }

    @Test
    void theWorkbook_isInTheLanguageAsked_postedAndStored() {
        JavalinTest.test(ServiceTest.app(1 << 20), (server, client) -> {
            Response nl = post(client, "/api/v1/export", MODEL, "nl");
            assertEquals("nl", nl.header("Content-Language"));
            assertEquals("Samenvatting", sheets(nl).get(0));
            Response en = post(client, "/api/v1/export", MODEL, "en");
            assertEquals("en", en.header("Content-Language"));
            assertEquals("Summary", sheets(en).get(0));
            Response stored = get(client, "/api/v1/models/worked-check/export.xlsx", "nl");
            assertEquals("nl", stored.header("Content-Language"));
            assertEquals("Samenvatting", sheets(stored).get(0));
            Response storedEn = get(client, "/api/v1/models/worked-check/export.xlsx?lang=en", "nl");
            assertEquals("en", storedEn.header("Content-Language"));
            assertEquals("Summary", sheets(storedEn).get(0));
        });
    }

    @Test
    void everyJsonRoute_takesLang_overAcceptLanguage() {
        JavalinTest.test(ServiceTest.app(1 << 20), (server, client) -> {
            Response result = get(client, "/api/v1/models/worked-check/result?lang=nl", "en");
            assertEquals(200, result.code());
            assertEquals("nl", result.header("Content-Language"));
            Response problem = post(client, "/api/v1/calculate?lang=nl", "{".getBytes(StandardCharsets.UTF_8), "en");
            assertEquals("nl", problem.header("Content-Language"));
            assertEquals("Het document is geen geldige JSON", json(problem).get("title").asText());
            Response bad = get(client, "/api/v1/health?lang=de", null);
            assertProblem(bad, 400, "invalid-parameter");
            Response again = get(client, "/api/v1/health?lang=de", null);
            assertEquals("lang", json(again).at("/errors/0/parameter").asText());
        });
    }

    @Test
    void everyJsonRoute_isCompact_andPrettyWhenAsked() {
        JavalinTest.test(ServiceTest.app(1 << 20), (server, client) -> {
            for (String path : List.of("/api/v1/health", "/api/v1/models", "/api/v1/models/worked-check",
                    "/api/v1/models/worked-check/result", "/api/v1/proxies?q=schuld", "/api/v1/openapi.json",
                    "/api/v1/models/no-such-model")) {
                String compact = text(get(client, path, null));
                String pretty = text(get(client, path + (path.contains("?") ? "&" : "?") + "pretty", null));
                assertFalse(compact.contains("\n"), path);
                assertTrue(pretty.contains("\n  \""), path);
                assertEquals(Jackson.reader().readTree(compact), Jackson.reader().readTree(pretty), path);
            }
            for (String path : List.of("/api/v1/validate", "/api/v1/sensitivity", "/api/v1/simulate?iterations=100",
                    "/api/v1/business-case?for=financier", "/api/v1/calculate", "/api/v1/scenarios")) {
                String compact = text(post(client, path, MODEL, null));
                String pretty = text(post(client, path + (path.contains("?") ? "&" : "?") + "pretty=true", MODEL,
                        null));
                assertFalse(compact.contains("\n"), path);
                assertTrue(pretty.contains("\n  \""), path);
                assertEquals(Jackson.reader().readTree(compact), Jackson.reader().readTree(pretty), path);
            }
            assertProblem(get(client, "/api/v1/health?pretty=yes", null), 400, "invalid-parameter");
        });
    }

    @Test
    void theParty_isCalledFor_onEveryRoute() {
        JavalinTest.test(ServiceTest.app(1 << 20), (server, client) -> {
            for (Response r : List.of(get(client, "/api/v1/models/worked-check/report?for=x", null),
                    post(client, "/api/v1/report?for=x", MODEL, null),
                    post(client, "/api/v1/business-case?for=x", MODEL, null),
                    post(client, "/api/v1/flows?for=x", MODEL, null),
                    get(client, "/api/v1/models/worked-check/export.xlsx?for=x", null))) {
                assertEquals(400, r.code());
                JsonNode problem = json(r);
                assertEquals("for", problem.at("/errors/0/parameter").asText(), problem.toString());
                assertFalse(problem.toString().contains("party"), problem.toString());
            }
        });
    }

    @Test
    void aModelSentAsScenarios_isOneProblemNamingBothDocuments() {
        JavalinTest.test(ServiceTest.app(1 << 20), (server, client) -> {
            Response r = post(client, "/api/v1/scenarios", MODEL, "nl");
            assertEquals(422, r.code());
            JsonNode problem = json(r);
            assertEquals(1, problem.get("errors").size(), problem.toString());
            assertEquals("UNSUPPORTED_FORMAT", problem.at("/errors/0/code").asText());
            assertTrue(problem.at("/errors/0/message").asText().startsWith(
                    "dit is een sroi-model/1-document, geen scenariodocument"), problem.toString());
        });
    }
}
