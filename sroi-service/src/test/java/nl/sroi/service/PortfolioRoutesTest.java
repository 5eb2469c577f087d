package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.sroi.core.jackson.Jackson;

/** The portfolio's routes over the bundled models, as a client sees them. */
class PortfolioRoutesTest {

    private static SroiService service;

    @BeforeAll
    static void setUp() throws IOException {
        ModelCatalog catalog = ModelCatalog.fromDirectory(java.nio.file.Path.of("../models"));
        // a deadline for a shared, loaded build machine: the report's PDF and the workbook load POI and PDFBox cold
        WorkLimits limits = new WorkLimits(WorkLimits.DEFAULT.budgetSteps(), 120_000, 2, 8, 64 * 1024);
        service = new SroiService(new ServiceConfig("127.0.0.1", 0, null, 1 << 20, 0,
                nl.sroi.core.text.Language.EN, limits), () -> catalog);
    }

    private static final io.javalin.testtools.TestConfig PATIENT = new io.javalin.testtools.TestConfig(true, true,
            new okhttp3.OkHttpClient.Builder().readTimeout(java.time.Duration.ofMinutes(2)).build());

    private static void test(io.javalin.testtools.TestCase test) {
        JavalinTest.test(service.create(), PATIENT, test);
    }

    static JsonNode json(Response response, int status) throws IOException {
        String body = response.body().string();
        assertEquals(status, response.code(), body);
        return Jackson.reader().readTree(body);
    }

    @Test
    void portfolio_ofTheBundledModels() {
        test((server, client) -> {
            JsonNode p = json(client.get("/api/v1/portfolio"), 200);
            assertEquals("sroi-portfolio/1", p.get("format").asText());
            assertEquals(3, p.get("analyses").size());
            assertTrue(p.at("/analyses/0/hash").isNull(), "the store provides the hash");
            assertEquals("adopted", p.at("/selection/versions").asText());
            JsonNode enschede = json(client.get("/api/v1/portfolio?municipality=enschede&versions=latest"), 200);
            assertEquals(0.35, enschede.at("/analyses/0/share").asDouble());
            JsonNode jeugd = json(client.get("/api/v1/portfolio?themeLine=jeugd"), 200);
            assertEquals(0, jeugd.get("analyses").size());
            assertEquals("EMPTY_SELECTION", jeugd.at("/warnings/0/code").asText());
        });
    }

    @Test
    void simulation_sameSeedSameBytes() {
        test((server, client) -> {
            String a = client.get("/api/v1/portfolio/simulation?iterations=2000&seed=5").body().string();
            String b = client.get("/api/v1/portfolio/simulation?iterations=2000&seed=5").body().string();
            assertEquals(a, b);
            JsonNode s = Jackson.reader().readTree(a);
            assertEquals("sroi-portfolio-simulation/1", s.get("format").asText());
            assertEquals(2000, s.get("iterations").asInt());
            assertEquals(2, s.get("themeLines").size());
        });
    }

    @Test
    void report_htmlAndPdf_andTheWorkbook() {
        test((server, client) -> {
            Response html = client.get("/api/v1/portfolio/report?iterations=1000&lang=nl");
            String page = html.body().string();
            assertEquals(200, html.code(), page);
            assertTrue(html.header("Content-Type").startsWith("text/html"));
            assertTrue(page.contains("Wie betaalt, wie profiteert"), "Dutch when asked");
            Response en = client.get("/api/v1/portfolio/report?municipality=hengelo&iterations=1000");
            assertTrue(en.body().string().contains("Municipality of Hengelo"));
            Response pdf = client.get("/api/v1/portfolio/report?format=pdf&iterations=1000");
            byte[] bytes = pdf.body().bytes();
            assertEquals(200, pdf.code());
            assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
            Response xlsx = client.get("/api/v1/portfolio/export.xlsx?themeLine=bestaanszekerheid");
            byte[] book = xlsx.body().bytes();
            assertEquals(200, xlsx.code());
            assertEquals(SroiService.XLSX, xlsx.header("Content-Type"));
            assertEquals('P', book[0]);
            assertEquals(400, client.get("/api/v1/portfolio/report?format=doc").code());
            assertEquals(400, client.get("/api/v1/portfolio/export.xlsx?lang=de").code());
        });
    }

    @Test
    void badParameters_are400s_namingTheParameter() {
        Map<String, String> cases = Map.of(
                "/api/v1/portfolio?versions=all", "versions",
                "/api/v1/portfolio?themeLine=Jeugd", "themeLine",
                "/api/v1/portfolio?municipality=../x", "municipality",
                "/api/v1/portfolio?gemeente=enschede", "gemeente",
                "/api/v1/portfolio/simulation?iterations=0", "iterations",
                "/api/v1/portfolio/simulation?iterations=900000", "iterations",
                "/api/v1/portfolio/simulation?seed=abc", "seed");
        test((server, client) -> {
            for (Map.Entry<String, String> c : cases.entrySet()) {
                Response response = client.get(c.getKey());
                assertEquals("application/problem+json", response.header("Content-Type"), c.getKey());
                JsonNode problem = json(response, 400);
                assertEquals(c.getValue(), problem.at("/errors/0/parameter").asText(), c.getKey());
            }
        });
    }
}
