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

import nl.sroi.core.json.Json;

/** The portfolio's routes over the bundled models, as a client sees them. */
class PortfolioRoutesTest {

    private static SroiService service;

    @BeforeAll
    static void setUp() throws IOException {
        ModelCatalog catalog = ModelCatalog.fromDirectory(java.nio.file.Path.of("../models"));
        service = new SroiService(new ServiceConfig("127.0.0.1", 0, null, 1 << 20, 0), catalog);
    }

    static JsonNode json(Response response, int status) throws IOException {
        String body = response.body().string();
        assertEquals(status, response.code(), body);
        return Json.mapper().readTree(body);
    }

    @Test
    void portfolio_ofTheBundledModels() {
        JavalinTest.test(service.create(), (server, client) -> {
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
        JavalinTest.test(service.create(), (server, client) -> {
            String a = client.get("/api/v1/portfolio/simulation?iterations=2000&seed=5").body().string();
            String b = client.get("/api/v1/portfolio/simulation?iterations=2000&seed=5").body().string();
            assertEquals(a, b);
            JsonNode s = Json.mapper().readTree(a);
            assertEquals("sroi-portfolio-simulation/1", s.get("format").asText());
            assertEquals(2000, s.get("iterations").asInt());
            assertEquals(2, s.get("themeLines").size());
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
        JavalinTest.test(service.create(), (server, client) -> {
            for (Map.Entry<String, String> c : cases.entrySet()) {
                Response response = client.get(c.getKey());
                assertEquals("application/problem+json", response.header("Content-Type"), c.getKey());
                JsonNode problem = json(response, 400);
                assertEquals(c.getValue(), problem.at("/errors/0/parameter").asText(), c.getKey());
            }
        });
    }
}
