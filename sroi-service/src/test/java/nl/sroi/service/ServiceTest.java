package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import nl.sroi.core.ReferenceAssertions;
import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;

/** Every route and every class of error, through HTTP. */
class ServiceTest {

    static final String[] CASES = TestResources.REFERENCE_CASES;
    static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    static Path modelsDir;
    static ModelCatalog catalog;

    @BeforeAll
    static void catalogOfReferenceModels() throws IOException {
        for (String name : CASES) {
            Files.write(modelsDir.resolve(name + ".json"), TestResources.bytes("reference/" + name + ".model.json"));
        }
        catalog = ModelCatalog.fromDirectory(modelsDir);
    }

    static Javalin app(long maxBody) {
        // no graceful wait on stop: each test stops its server at once
        return new SroiService(new ServiceConfig("127.0.0.1", 0, modelsDir, maxBody, 0), catalog).create();
    }

    static void test(io.javalin.testtools.TestCase test) {
        JavalinTest.test(app(ServiceConfig.DEFAULT_MAX_BODY_BYTES), test);
    }

    static Response post(HttpClient client, String path, byte[] body) {
        return client.request(path, b -> b.post(RequestBody.create(body, JSON)));
    }

    static Response postIn(HttpClient client, String path, byte[] body, String language) {
        return client.request(path, b -> b.post(RequestBody.create(body, JSON)).header("Accept-Language", language));
    }

    static JsonNode json(Response response) throws IOException {
        return Jackson.reader().readTree(response.body().string());
    }

    static void assertProblem(Response response, int status, String type) throws IOException {
        assertEquals(status, response.code());
        assertEquals("application/problem+json", response.header("Content-Type"));
        JsonNode problem = json(response);
        assertEquals(status, problem.get("status").asInt());
        assertEquals("/api/v1/problems/" + type, problem.get("type").asText());
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void calculate_agreesWithTheLibrary_andTheReference(String name) {
        byte[] model = TestResources.bytes("reference/" + name + ".model.json");
        test((server, client) -> {
            Response response = post(client, "/api/v1/calculate?pretty", model);
            assertEquals(200, response.code());
            assertEquals("application/json", response.header("Content-Type"));
            String body = response.body().string();
            assertEquals(JsonApi.DEFAULT.calculate(model).body(), body);
            ReferenceAssertions.assertMatchesReference(name, Jackson.reader().readTree(body));
        });
    }

    /** {@code ?pretty} gives exactly the bytes main gave before answers became compact (the golden files). */
    @ParameterizedTest
    @FieldSource("CASES")
    void calculate_pretty_isTodaysBytes_compactTheSameDocument(String name) {
        byte[] model = TestResources.bytes("reference/" + name + ".model.json");
        String golden = new String(TestResources.bytes("golden/" + name + ".en.result.json"), StandardCharsets.UTF_8);
        test((server, client) -> {
            assertEquals(golden, post(client, "/api/v1/calculate?pretty", model).body().string());
            assertEquals(golden, post(client, "/api/v1/calculate?pretty=true", model).body().string());
            String compact = post(client, "/api/v1/calculate", model).body().string();
            assertEquals(compact, post(client, "/api/v1/calculate?pretty=false", model).body().string());
            assertTrue(compact.startsWith("{\"format\":\"sroi-result/1\",\"model\":") && !compact.contains("\n"),
                    compact);
            assertEquals(Jackson.reader().readTree(golden), Jackson.reader().readTree(compact));
        });
    }

    @Test
    void requestLog_millisecondsWithOneDecimal_asFormatterGivesThem() {
        for (float ms : new float[] {0f, 0.04f, 0.05f, 0.15f, 0.25f, 1.95f, 12.345f, 999.96f, 5123.45f}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", ms), SroiService.oneDecimal(ms), "ms " + ms);
        }
    }

    @Test
    void calculate_prettyOtherThanTrueOrFalse_is400NamingIt() {
        byte[] model = TestResources.bytes("reference/worked-check.model.json");
        test((server, client) -> {
            Response response = post(client, "/api/v1/calculate?pretty=yes", model);
            assertEquals(400, response.code());
            JsonNode problem = json(response);
            assertEquals("/api/v1/problems/invalid-parameter", problem.get("type").asText());
            assertEquals("pretty", problem.at("/errors/0/parameter").asText());
            assertEquals("pretty must be empty, true or false, was \"yes\"", problem.at("/errors/0/message").asText());
        });
    }

    @Test
    void calculate_invalidModel_is422_withEveryPointer() {
        String model = new String(TestResources.bytes("reference/worked-check.model.json"), StandardCharsets.UTF_8)
                .replace("\"deadweight\":0.2", "\"deadweight\":1.2").replace("\"duration\":3", "\"duration\":0");
        test((server, client) -> {
            Response response = post(client, "/api/v1/calculate", model.getBytes(StandardCharsets.UTF_8));
            assertEquals(422, response.code());
            JsonNode problem = json(response);
            assertEquals("/outcomes/0/duration", problem.at("/errors/0/pointer").asText());
            assertEquals("/outcomes/0/deadweight", problem.at("/errors/1/pointer").asText());
        });
    }

    @Test
    void calculate_malformedJson_is400_withLineAndColumn() {
        test((server, client) -> {
            Response response = post(client, "/api/v1/calculate", "{\n  \"id\": ,".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, response.code());
            JsonNode problem = json(response);
            assertEquals(2, problem.at("/errors/0/line").asInt());
            assertEquals(9, problem.at("/errors/0/column").asInt());
        });
    }

    @Test
    void validate_answers200_forAnInvalidModel() {
        test((server, client) -> {
            Response invalid = post(client, "/api/v1/validate", "{\"format\": \"sroi-model/1\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, invalid.code());
            JsonNode report = json(invalid);
            assertFalse(report.get("valid").asBoolean());
            assertEquals("/id", report.at("/errors/0/pointer").asText());
            Response valid = post(client, "/api/v1/validate", TestResources.bytes("reference/zero-inputs.model.json"));
            JsonNode ok = json(valid);
            assertTrue(ok.get("valid").asBoolean());
            assertEquals("ZERO_INPUTS", ok.at("/warnings/0/code").asText());
            assertProblem(post(client, "/api/v1/validate", "nope".getBytes(StandardCharsets.UTF_8)), 400, "malformed-json");
        });
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    @Test
    void models_listsTheCatalogue_andServesEachModelAndResult() {
        test((server, client) -> {
            JsonNode list = json(client.get("/api/v1/models"));
            assertEquals(CASES.length, list.size());
            assertEquals("cohorts-offset-horizon", list.get(0).get("id").asText()); // file-name order
            JsonNode worked = byId(list, "worked-check");
            assertEquals("1.37", worked.get("ratioDisplay").asText());
            assertEquals(13699.35, worked.get("presentValue").asDouble());
            assertEquals(10000.0, worked.get("inputsValue").asDouble());
            assertEquals("forecast", worked.get("kind").asText());
            assertTrue(worked.get("welfareRatio") == null, "no transfer, no welfare ratio");
            // 14,889.98 / 20,000 (net-and-transfer.expected.json)
            assertEquals(0.7444987775061125, byId(list, "net-and-transfer").get("welfareRatio").asDouble(), 1e-12);
            JsonNode model = json(client.get("/api/v1/models/worked-check"));
            assertEquals("sroi-model/1", model.get("format").asText());
            Response result = client.get("/api/v1/models/worked-check/result");
            ReferenceAssertions.assertMatchesReference("worked-check", json(result));
            assertProblem(client.get("/api/v1/models/no-such-model"), 404, "not-found");
            assertProblem(client.get("/api/v1/models/no-such-model/result"), 404, "not-found");
        });
    }

    @Test
    void sensitivity_simulation_andScenarios_answerLikeTheLibrary() {
        byte[] ranged = TestResources.bytes("reference/worked-check-ranges.model.json");
        test((server, client) -> {
            Response sensitivity = post(client, "/api/v1/sensitivity", ranged);
            assertEquals(200, sensitivity.code());
            assertEquals(nl.sroi.core.json.Json.compact(JsonApi.DEFAULT.sensitivity(ranged).body()), sensitivity.body().string());
            Response simulation = post(client, "/api/v1/simulate?iterations=3000&seed=9", ranged);
            assertEquals(200, simulation.code());
            assertEquals(nl.sroi.core.json.Json.compact(JsonApi.DEFAULT.simulate(ranged, "3000", "9").body()), simulation.body().string());
            JsonNode defaults = json(post(client, "/api/v1/simulate", ranged));
            assertEquals(10_000, defaults.get("iterations").asInt());
            assertEquals(1, defaults.get("seed").asInt());
            assertProblem(post(client, "/api/v1/simulate?iterations=1000001", ranged), 400, "invalid-parameter");
            assertProblem(post(client, "/api/v1/simulate?iterations=many", ranged), 400, "invalid-parameter");
            assertProblem(post(client, "/api/v1/sensitivity", "{\"format\": 1}".getBytes(StandardCharsets.UTF_8)),
                    422, "invalid-model");
            byte[] scenarios = ("{\"format\": \"sroi-scenarios/1\", \"model\": " + new String(ranged, StandardCharsets.UTF_8)
                    + ", \"scenarios\": [{\"id\": \"b\", \"title\": \"B\", \"set\": {\"/outcomes/0/deadweight\": 2}}]}")
                    .getBytes(StandardCharsets.UTF_8);
            Response invalid = post(client, "/api/v1/scenarios", scenarios);
            assertEquals(422, invalid.code());
            assertEquals("/scenarios/0/set/~1outcomes~10~1deadweight", json(invalid).at("/errors/0/pointer").asText());
        });
    }

    /** The bridge: two models, or scenarios of a scenarios document; problems name the side. */
    @Test
    void bridge_answersLikeTheLibrary_andNamesTheSideOfAProblem() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../models/scenarios/jongeren-en-schulden-lokaal.json"));
        byte[] scenarios = ("{\"from\": {\"document\": " + doc + ", \"scenario\": null}, \"to\": {\"document\": "
                + doc + ", \"scenario\": \"hengelo-2027\"}}").getBytes(StandardCharsets.UTF_8);
        byte[] model = TestResources.bytes("reference/worked-check.model.json");
        String m = new String(model, StandardCharsets.UTF_8);
        test((server, client) -> {
            Response ok = post(client, "/api/v1/bridge", scenarios);
            assertEquals(200, ok.code());
            assertEquals(nl.sroi.core.json.Json.compact(JsonApi.DEFAULT.bridge(scenarios).body()), ok.body().string());
            JsonNode nl = json(postIn(client, "/api/v1/bridge", scenarios, "nl"));
            assertEquals("aantallen", nl.at("/factors/3/label").asText());
            Response unknown = post(client, "/api/v1/bridge", ("{\"from\": {\"document\": " + doc
                    + ", \"scenario\": \"almelo\"}, \"to\": " + m + "}").getBytes(StandardCharsets.UTF_8));
            assertEquals(422, unknown.code());
            JsonNode u = json(unknown);
            assertEquals("/from/scenario", u.at("/errors/0/pointer").asText());
            assertEquals("UNKNOWN_SCENARIO", u.at("/errors/0/code").asText());
            Response invalid = post(client, "/api/v1/bridge", ("{\"from\": " + m + ", \"to\": "
                    + m.replace("\"deadweight\":0.2", "\"deadweight\":2") + "}").getBytes(StandardCharsets.UTF_8));
            assertEquals(422, invalid.code());
            assertEquals("/to/outcomes/0/deadweight", json(invalid).at("/errors/0/pointer").asText());
            Response currency = post(client, "/api/v1/bridge", ("{\"from\": " + m + ", \"to\": "
                    + m.replace("\"EUR\"", "\"USD\"") + "}").getBytes(StandardCharsets.UTF_8));
            assertEquals(422, currency.code());
            JsonNode c = json(currency);
            assertEquals("/to/currency", c.at("/errors/0/pointer").asText());
            assertEquals("CURRENCY_DIFFERS", c.at("/errors/0/code").asText());
            Response missing = post(client, "/api/v1/bridge", ("{\"from\": " + m + "}").getBytes(StandardCharsets.UTF_8));
            assertEquals(422, missing.code());
            assertEquals("/to", json(missing).at("/errors/0/pointer").asText());
        });
    }

    @Test
    void businessCase_andFlows_answerLikeTheLibrary() {
        byte[] model = TestResources.bytes("reference/cohorts-offset-horizon.model.json");
        test((server, client) -> {
            Response c = post(client, "/api/v1/business-case?for=gemeente", model);
            assertEquals(200, c.code());
            assertEquals(nl.sroi.core.json.Json.compact(JsonApi.DEFAULT.businessCase(model, "gemeente", null).body()), c.body().string());
            assertProblem(post(client, "/api/v1/business-case?for=provincie", model), 400, "invalid-parameter");
            Response flows = post(client, "/api/v1/flows", model);
            assertEquals("text/csv; charset=utf-8", flows.header("Content-Type"));
            assertEquals(JsonApi.DEFAULT.flows(model, null).body(), flows.body().string());
        });
    }

    @Test
    void export_givesAWorkbookWhoseFormulasGiveTheResult() {
        test((server, client) -> {
            Response response = client.get("/api/v1/models/worked-check/export.xlsx");
            assertEquals(200, response.code());
            assertEquals(SroiService.XLSX, response.header("Content-Type"));
            assertEquals("attachment; filename=\"worked-check.xlsx\"", response.header("Content-Disposition"));
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(response.body().byteStream())) {
                var evaluator = wb.getCreationHelper().createFormulaEvaluator();
                var ref = new org.apache.poi.ss.util.AreaReference(wb.getName("PresentValue").getRefersToFormula(),
                        wb.getSpreadsheetVersion()).getFirstCell();
                var cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
                // rounded as the API rounds it (the worked check's 13,699.3507...)
                assertEquals(13699.35, evaluator.evaluate(cell).getNumberValue(), 1e-9);
            }
            Response posted = post(client, "/api/v1/export", TestResources.bytes("reference/zero-inputs.model.json"));
            assertEquals(200, posted.code());
            Response english = client.get("/api/v1/models/worked-check/export.xlsx?for=financier&lang=en");
            assertEquals(200, english.code());
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(english.body().byteStream())) {
                assertEquals("Summary", wb.getSheetName(0));
                assertEquals("Business case for Financier", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            }
            assertProblem(client.get("/api/v1/models/worked-check/export.xlsx?for=nobody"), 400, "invalid-parameter");
            assertProblem(client.get("/api/v1/models/worked-check/export.xlsx?lang=de"), 400, "invalid-parameter");
            assertProblem(client.get("/api/v1/models/worked-check/export.xlsx?scenario=x"), 400, "invalid-parameter");
            byte[] scenarios = ("{\"format\": \"sroi-scenarios/1\", \"model\": " + new String(TestResources.bytes(
                    "reference/worked-check.model.json"), StandardCharsets.UTF_8) + ", \"scenarios\": [{\"id\": \"half\", "
                    + "\"title\": \"Half\", \"set\": {\"/inputs/0/amounts\": [5000]}}]}").getBytes(StandardCharsets.UTF_8);
            Response half = post(client, "/api/v1/export?scenario=half&for=financier", scenarios);
            assertEquals(200, half.code());
            assertEquals("attachment; filename=\"worked-check-half.xlsx\"", half.header("Content-Disposition"));
            Response both = post(client, "/api/v1/export?lang=nl", scenarios);
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(both.body().byteStream())) {
                assertEquals("Resultaat (half)", wb.getSheetName(1 + 9 + 6));
            }
            Response flows = post(client, "/api/v1/flows?lang=nl&for=financier", scenarios);
            assertEquals(200, flows.code());
            String csv = new String(flows.body().bytes(), StandardCharsets.UTF_8); // as sent: OkHttp's string() drops the BOM
            assertTrue(csv.startsWith("\uFEFFscenario;scenariotitel;partij;naam;"), csv);
            assertTrue(csv.contains("\r\nhalf;Half;financier;Financier;1;;5000,00;"), csv);
            assertProblem(post(client, "/api/v1/export", "{\"format\": 2}".getBytes(StandardCharsets.UTF_8)), 422,
                    "invalid-model");
        });
    }

    @Test
    void health_andOpenApi_answer() {
        test((server, client) -> {
            JsonNode health = json(client.get("/api/v1/health"));
            assertEquals("UP", health.get("status").asText());
            assertEquals(CASES.length, health.get("models").asInt());
            assertEquals("3.1.0", json(client.get("/api/v1/openapi.json")).get("openapi").asText());
        });
    }

    @Test
    void unknownPath_is404_andWrongMethod_is405() {
        test((server, client) -> {
            assertProblem(client.get("/api/v1/nothing"), 404, "not-found");
            assertProblem(client.get("/api/v1/calculate"), 405, "method-not-allowed");
            assertProblem(client.request("/api/v1/models", b -> b.delete()), 405, "method-not-allowed");
        });
    }

    @Test
    void aBodyOverTheLimit_is413_withContentLength_andChunked() {
        byte[] big = new byte[2048];
        java.util.Arrays.fill(big, (byte) ' ');
        JavalinTest.test(app(1024), (server, client) -> {
            assertProblem(post(client, "/api/v1/calculate", big), 413, "payload-too-large");
            RequestBody chunked = new RequestBody() {
                @Override
                public MediaType contentType() {
                    return JSON;
                }

                @Override
                public long contentLength() {
                    return -1; // unknown: OkHttp sends Transfer-Encoding: chunked
                }

                @Override
                public void writeTo(BufferedSink sink) throws IOException {
                    sink.write(big);
                }
            };
            Response response = client.request("/api/v1/calculate", b -> b.post(chunked));
            assertProblem(response, 413, "payload-too-large");
            // a body within the limit still gets through
            assertEquals(200, post(client, "/api/v1/calculate",
                    TestResources.bytes("reference/worked-check.model.json")).code());
        });
    }

    @Test
    void aBodyThatIsNotJson_is415() {
        test((server, client) -> {
            Response response = client.request("/api/v1/calculate",
                    b -> b.post(RequestBody.create("id=1", MediaType.get("application/x-www-form-urlencoded"))));
            assertProblem(response, 415, "unsupported-media-type");
        });
    }

    @Test
    void aBodyWithoutContentType_is415_andAnswersSayNosniff() {
        test((server, client) -> {
            Response untyped = client.request("/api/v1/calculate",
                    b -> b.post(RequestBody.create(TestResources.bytes("reference/worked-check.model.json"), null)));
            assertProblem(untyped, 415, "unsupported-media-type");
            assertEquals("nosniff", untyped.header("X-Content-Type-Options"));
            assertEquals("nosniff", client.get("/api/v1/health").header("X-Content-Type-Options"));
        });
    }

    @Test
    void aModelBeyondTheLimits_is422() {
        StringBuilder outcomes = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            outcomes.append(i == 0 ? "" : ",").append("{\"id\":\"o").append(i).append("\",\"stakeholder\":\"a\",")
                    .append("\"description\":\"d\",\"indicator\":\"i\",\"quantity\":1,\"proxy\":{\"value\":1,")
                    .append("\"unit\":\"u\",\"source\":\"s\"},\"duration\":1,\"deadweight\":0,\"displacement\":0,")
                    .append("\"attribution\":0,\"dropOff\":0}");
        }
        String model = "{\"format\":\"sroi-model/1\",\"id\":\"big\",\"title\":\"t\",\"kind\":\"forecast\","
                + "\"currency\":\"EUR\",\"discounting\":{\"rate\":0.035},\"stakeholders\":[{\"id\":\"a\",\"name\":\"A\"}],"
                + "\"inputs\":[{\"id\":\"i\",\"stakeholder\":\"a\",\"description\":\"d\",\"amounts\":1}],"
                + "\"outcomes\":[" + outcomes + "]}";
        test((server, client) -> {
            Response response = post(client, "/api/v1/calculate", model.getBytes(StandardCharsets.UTF_8));
            assertEquals(422, response.code());
            JsonNode problem = json(response);
            assertEquals("LIMIT_EXCEEDED", problem.at("/errors/0/code").asText());
            assertEquals("/outcomes", problem.at("/errors/0/pointer").asText());
        });
    }

    @Test
    void anUnexpectedFailure_is500_withoutStackTraceOrExceptionText() {
        Javalin app = app(ServiceConfig.DEFAULT_MAX_BODY_BYTES);
        app.get("/boom", ctx -> {
            throw new IllegalStateException("secret detail at nl.sroi.Somewhere");
        });
        JavalinTest.test(app, (server, client) -> {
            Response response = client.get("/boom");
            String body = response.body().string();
            assertEquals(500, response.code());
            assertEquals("application/problem+json", response.header("Content-Type"));
            assertFalse(body.contains("secret") || body.contains("Exception") || body.contains("nl.sroi"), body);
        });
    }
}
