package nl.sroi.service;

import static nl.sroi.service.StoreRoutesTest.call;
import static nl.sroi.service.StoreRoutesTest.json;
import static nl.sroi.service.StoreRoutesTest.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.analysis.ChangeBridge;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.store.Documents;
import nl.sroi.store.Role;
import nl.sroi.store.TestDatabase;

/**
 * An evaluation in the store with the adopted forecast it names in {@code basedOn} (store.md §3, bridge.md §4): the
 * save checks the forecast, {@code changes?from=basedOn} bridges from it, and the stored report and workbook show
 * the difference from it without the caller sending it. On H2 and, when given, PostgreSQL.
 */
class StoreForecastTest {

    static final String EVALUATION = "evaluations/jongeren-en-schulden-evaluatie.json";
    static final String ANALYSES = "/api/v1/analyses";

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    /** A deadline and a client for a shared, loaded build machine: the report and the workbook load POI and fonts. */
    private static final io.javalin.testtools.TestConfig PATIENT = new io.javalin.testtools.TestConfig(true, true,
            new okhttp3.OkHttpClient.Builder().readTimeout(java.time.Duration.ofMinutes(2)).build());

    static StoreRoutesTest.Fixture fixture(TestDatabase db) throws Exception {
        nl.sroi.store.Store store = db.store();
        WorkLimits limits = new WorkLimits(WorkLimits.DEFAULT.budgetSteps(), 120_000, 2, 8, 64 * 1024);
        SroiService service = new SroiService(new ServiceConfig("127.0.0.1", 0, null, 1 << 20, 0,
                nl.sroi.core.text.Language.EN, limits), StoreRoutesTest.catalog(), StoreAccess.of(store));
        return new StoreRoutesTest.Fixture(service, store, store.accounts().add("beheer", Role.ADMIN, "test"),
                store.accounts().add("ana", Role.ANALYST, "test"), store.accounts().add("lezer", Role.READER, "test"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anEvaluationIsSavedAgainstAnAdoptedForecast_andComparedWithIt(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            StoreRoutesTest.Fixture f = fixture(db);
            byte[] forecast = Documents.bundled("jongeren-en-schulden.json");
            byte[] evaluation = Documents.bundled(EVALUATION);
            JavalinTest.test(f.service().create(), PATIENT, (server, client) -> {
                assertEquals(201, call(client, ANALYSES, f.analyst(), b -> b.post(save("prognose", forecast))).code());
                Response nl = call(client, ANALYSES + "?lang=nl", f.analyst(),
                        b -> b.post(save("gemeten", evaluation)));
                assertEquals(422, nl.code());
                JsonNode problem = json(nl);
                assertEquals("/document/basedOn/version", problem.path("errors").get(0).path("pointer").asText());
                assertTrue(problem.path("detail").asText().contains("niet is vastgesteld"), problem.toString());
                JsonNode en = json(call(client, ANALYSES + "?lang=en", f.analyst(),
                        b -> b.post(save("measured", evaluation))));
                assertTrue(en.path("detail").asText().contains("which is not adopted"), en.toString());
                assertEquals(404, call(client, ANALYSES + "/jongeren-en-schulden-evaluatie", f.reader(),
                        b -> b.get()).code(), "nothing was saved");

                assertEquals(200, call(client, ANALYSES + "/jongeren-en-schulden/adoptions", f.admin(),
                        b -> b.post(RequestBody.create("{\"version\": 1, \"message\": \"vastgesteld\"}",
                                StoreRoutesTest.JSON))).code());
                assertEquals(201, call(client, ANALYSES, f.analyst(), b -> b.post(save("gemeten", evaluation))).code());

                changes(f, client, forecast, evaluation);
                reportAndWorkbook(f, client);
                // the stateless export takes the forecast as the report does
                Response posted = client.request("/api/v1/export?lang=nl", b -> b.post(RequestBody.create(
                        ("{\"document\": " + new String(evaluation, StandardCharsets.UTF_8) + ", \"compareWith\": "
                                + new String(forecast, StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8),
                        StoreRoutesTest.JSON)));
                assertEquals(200, posted.code());
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(posted.body().bytes()))) {
                    assertEquals(1.2811, wb.getSheet("Verschil").getRow(4).getCell(5).getNumericCellValue(), 0.0);
                }
            });
        }
    }

    private static void changes(StoreRoutesTest.Fixture f, io.javalin.testtools.HttpClient client, byte[] forecast,
                                byte[] evaluation) throws Exception {
        String route = ANALYSES + "/jongeren-en-schulden-evaluatie/changes";
        Response r = call(client, route + "?from=basedOn&to=1", f.reader(), b -> b.get());
        assertEquals(200, r.code());
        JsonNode bridge = json(r);
        assertEquals("jongeren-en-schulden", bridge.path("from").path("id").asText());
        assertEquals("jongeren-en-schulden-evaluatie", bridge.path("to").path("id").asText());
        var expected = ChangeBridge.DEFAULT.bridge(ModelJson.read(forecast, ModelValidator.DEFAULT).value(),
                ModelJson.read(evaluation, ModelValidator.DEFAULT).value());
        for (int i = 0; i < ChangeBridge.FACTORS; i++) {
            assertEquals(expected.factors().get(i).rounded().ratio().doubleValue(),
                    bridge.path("factors").get(i).path("rounded").path("ratio").asDouble(), 0.0);
        }
        assertEquals(1.2811, bridge.path("from").path("ratio").asDouble(), 0.00005);
        assertEquals(0.8731, bridge.path("to").path("ratio").asDouble(), 0.00005);
        Response none = call(client, ANALYSES + "/jongeren-en-schulden/changes?from=basedOn&to=1", f.reader(),
                b -> b.get());
        assertEquals(409, none.code(), "a forecast names no forecast");
        Response bad = call(client, route + "?from=prognose&to=1", f.reader(), b -> b.get());
        assertEquals(400, bad.code());
        assertTrue(json(bad).toString().contains("basedOn"), "the parameter's values are named");
        assertEquals(404, call(client, route + "?from=basedOn&to=2", f.reader(), b -> b.get()).code());
    }

    private static void reportAndWorkbook(StoreRoutesTest.Fixture f, io.javalin.testtools.HttpClient client)
            throws Exception {
        String version = ANALYSES + "/jongeren-en-schulden-evaluatie/versions/1";
        Response report = call(client, version + "/report?iterations=200&lang=nl", f.reader(), b -> b.get());
        assertEquals(200, report.code());
        String html = report.body().string();
        assertTrue(html.contains("Verschil met de prognose") && html.contains("id=\"bridge\""), "the page");
        assertTrue(html.contains("1,2811") && html.contains("0,8731"), "from the forecast's ratio to the realised one");
        String forecastReport = call(client, ANALYSES + "/jongeren-en-schulden/versions/1/report?iterations=200",
                f.reader(), b -> b.get()).body().string();
        assertFalse(forecastReport.contains("id=\"bridge\""), "a forecast has no such page");
        Response export = call(client, version + "/export.xlsx?lang=nl", f.reader(), b -> b.get());
        assertEquals(200, export.code());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.body().bytes()))) {
            Sheet s = wb.getSheet("Verschil");
            assertNotNull(s);
            assertTrue(s.getRow(0).getCell(0).getStringCellValue().startsWith("Verschil met de prognose"));
            assertEquals(0.8731, s.getRow(12).getCell(5).getNumericCellValue(), 0.0);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(call(client,
                ANALYSES + "/jongeren-en-schulden/versions/1/export.xlsx?lang=nl", f.reader(), b -> b.get()).body()
                .bytes()))) {
            assertNull(wb.getSheet("Verschil"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aForecastThatIsMissingIsNamedInBothLanguages(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            StoreRoutesTest.Fixture f = fixture(db);
            byte[] evaluation = Documents.bundled(EVALUATION);
            JavalinTest.test(f.service().create(), PATIENT, (server, client) -> {
                JsonNode nl = json(call(client, ANALYSES + "?lang=nl", f.analyst(),
                        b -> b.post(save("gemeten", evaluation))));
                assertEquals(422, nl.path("status").asInt());
                assertEquals("/document/basedOn/analysis", nl.path("errors").get(0).path("pointer").asText());
                assertTrue(nl.path("detail").asText().contains("niet in de opslag"), nl.toString());
                JsonNode en = json(call(client, ANALYSES + "?lang=en", f.analyst(),
                        b -> b.post(save("measured", evaluation))));
                assertTrue(en.path("errors").get(0).path("message").asText().contains("which the store does not hold"),
                        en.toString());
                byte[] later = new String(evaluation, StandardCharsets.UTF_8).replace("\"version\": 1",
                        "\"version\": 4").getBytes(StandardCharsets.UTF_8);
                call(client, ANALYSES, f.analyst(), b -> b.post(save("prognose",
                        Documents.bundled("jongeren-en-schulden.json")))).close();
                JsonNode version = json(call(client, ANALYSES, f.analyst(), b -> b.post(save("gemeten", later))));
                assertEquals("/document/basedOn/version", version.path("errors").get(0).path("pointer").asText());
            });
        }
    }
}
