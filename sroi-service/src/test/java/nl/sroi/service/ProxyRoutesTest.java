package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.proxy.ProxyCatalogue;

/** {@code GET /api/v1/proxies} and {@code /proxies/{id}}, and the {@code proxies} command, as a client sees them. */
class ProxyRoutesTest {

    private static final SroiService SERVICE = new SroiService(new ServiceConfig("127.0.0.1", 0, null, 1 << 20, 0),
            () -> { throw new AssertionError("the proxy routes do not need the models"); });

    @Test
    void search_withoutParameters_listsTheWholeLibrary() {
        JavalinTest.test(SERVICE.create(), (server, client) -> {
            JsonNode all = json(client.get("/api/v1/proxies"), 200);
            assertEquals(ProxyCatalogue.bundled().size(), all.get("count").asInt());
            assertEquals(all.get("count").asInt(), all.get("proxies").size());
        });
    }

    @Test
    void search_byWords_ignoresAccentsAndCase_andPutsTheBestFirst() {
        JavalinTest.test(SERVICE.create(), (server, client) -> {
            assertEquals("huisarts-consult", json(client.get("/api/v1/proxies?q=HuisArts"), 200)
                    .at("/proxies/0/id").asText());
            for (String q : List.of("financiele", "FINANCI%C3%8BLE", "Financi%C3%ABle%20problemen")) {
                assertTrue(ids(json(client.get("/api/v1/proxies?q=" + q), 200))
                        .contains("werkgeverskosten-schulden-nibud-2017"), q);
            }
            assertEquals(0, json(client.get("/api/v1/proxies?q=huisarts%20uitzetting"), 200).get("count").asInt());
        });
    }

    @Test
    void search_byDomainAndParty() {
        JavalinTest.test(SERVICE.create(), (server, client) -> {
            JsonNode found = json(client.get("/api/v1/proxies?domain=ggz&party=zorgverzekeraar"), 200);
            assertTrue(found.get("count").asInt() >= 5);
            found.get("proxies").forEach(p -> {
                assertEquals("ggz", p.get("domain").asText());
                assertEquals("zorgverzekeraar", p.get("party").asText());
            });
            JsonNode uwv = json(client.get("/api/v1/proxies?party=uwv&q=ww"), 200);
            assertEquals(List.of("ww-jaaruitkering", "ww-3-maanden-incl-uitvoering", "ww-9-maanden-incl-uitvoering",
                    "uwv-uitvoeringskosten"), ids(uwv));
        });
    }

    @Test
    void badParameters_are400s_thatNameTheParameter() {
        Map<String, String> cases = Map.of(
                "/api/v1/proxies?domain=zorg", "domain must be one of schulden-en-inkomen,",
                "/api/v1/proxies?party=bank", "party must be one of gemeente,",
                "/api/v1/proxies?query=huisarts", "unknown parameter \"query\"; /api/v1/proxies takes domain, lang, party, pretty, q",
                "/api/v1/proxies?q=a&q=b", "parameter \"q\" is given 2 times",
                "/api/v1/proxies/huisarts-consult?priceYear=twee", "priceYear must be a year such as 2024",
                "/api/v1/proxies/huisarts-consult?priceYear=1990", "priceYear must be a year the price index cbs-cpi"
                        + " covers (2004 to 2025), was 1990",
                "/api/v1/proxies/huisarts-consult?year=2024", "unknown parameter \"year\"; /api/v1/proxies/{id} takes "
                        + "lang, pretty, priceYear");
        JavalinTest.test(SERVICE.create(), (server, client) -> {
            for (Map.Entry<String, String> c : cases.entrySet()) {
                Response response = client.get(c.getKey());
                assertEquals("application/problem+json", response.header("Content-Type"), c.getKey());
                JsonNode problem = json(response, 400);
                assertTrue(problem.get("detail").asText().startsWith(c.getValue()),
                        c.getKey() + " → " + problem.get("detail").asText());
            }
        });
    }

    @Test
    void anEntry_inItsOwnPriceYear_andIndexed() {
        JavalinTest.test(SERVICE.create(), (server, client) -> {
            JsonNode own = json(client.get("/api/v1/proxies/huisarts-consult"), 200);
            assertEquals("30.87", own.get("value").decimalValue().toPlainString());
            assertEquals(2022, own.get("priceYear").asInt());
            assertTrue(own.get("source").get("url").asText().startsWith("https://"));
            assertTrue(own.get("indexed") == null);
            JsonNode indexed = json(client.get("/api/v1/proxies/huisarts-consult?priceYear=2024"), 200);
            // CBS CPI 2023 +3.8 %, 2024 +3.3 %: 1.038 × 1.033 = 1.072254; 30.87 × 1.072254 = 33.1004
            assertEquals(1.072254, indexed.at("/indexed/factor").asDouble(), 1e-12);
            assertEquals("33.10", indexed.at("/indexed/value").decimalValue().toPlainString());
            assertEquals("cbs-cpi", indexed.at("/indexed/index").asText());
        });
    }

    @Test
    void anUnknownId_isA404() {
        JavalinTest.test(SERVICE.create(), (server, client) -> {
            JsonNode problem = json(client.get("/api/v1/proxies/huisarts"), 404);
            assertEquals("there is no proxy with id \"huisarts\" in the library", problem.get("detail").asText());
        });
    }

    @Test
    void theCommand_printsATable_withValuesInAPriceYear() {
        MainTest.Run run = MainTest.run(new byte[0], "proxies", "huisarts", "consult", "--price-year", "2024",
                "--lang", "nl");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("3 van " + ProxyCatalogue.bundled().size() + " proxies voor \"huisarts consult\"; waarden in "
                + "prijzen van 2024 (cbs-cpi)", lines.get(0));
        assertTrue(lines.get(2).startsWith("id "), lines.get(2));
        assertTrue(lines.get(3).matches("huisarts-consult +€ 33,10 +per consult +2022 → 2024 \\(× 1,0723\\) +"
                + "Zorgverzekeraar"), lines.get(3));
        assertTrue(run.out().contains("          https://www.zorginstituutnederland.nl/"), run.out());
        MainTest.Run english = MainTest.run(new byte[0], "proxies", "--lang", "en", "huisarts", "consult");
        assertEquals(0, english.status(), english.err());
        List<String> en = english.out().lines().toList();
        assertEquals("3 of " + ProxyCatalogue.bundled().size() + " proxies for \"huisarts consult\"; values in the "
                + "price year of the source", en.get(0));
        assertTrue(en.get(2).matches("id +value +unit +price year +pays or saves"), en.get(2));
        assertTrue(en.get(3).matches("huisarts-consult +€ [0-9.,]+ +per consult +2022 +Health insurer"), en.get(3));
        assertTrue(english.out().contains("    Domain: GP and hospital"), english.out());
        assertTrue(english.out().contains("    Source: "), english.out());
        assertTrue(english.out().contains("            https://www.zorginstituutnederland.nl/"), english.out());
    }

    @Test
    void theCommand_refusesBadOptions_namingThem() {
        MainTest.Run year = MainTest.run(new byte[0], "proxies", "--price-year", "1990");
        assertEquals(Main.FAILURE, year.status());
        assertTrue(year.err().startsWith("sroi: --price-year must be a year the price index cbs-cpi covers"),
                year.err());
        MainTest.Run option = MainTest.run(new byte[0], "proxies", "--year", "2024");
        assertEquals(Main.FAILURE, option.status());
        assertTrue(option.err().contains("not --year"), option.err());
        MainTest.Run missing = MainTest.run(new byte[0], "proxies", "huisarts", "--domain");
        assertTrue(missing.err().contains("not --domain without a value"), missing.err());
        MainTest.Run none = MainTest.run(new byte[0], "proxies", "zzzz", "--lang", "nl");
        assertEquals(0, none.status());
        assertTrue(none.out().contains("Geen proxy gevonden"), none.out());
    }

    static JsonNode json(Response response, int status) throws Exception {
        String body = response.body().string();
        assertEquals(status, response.code(), body);
        return Jackson.reader().readTree(body);
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("proxies").forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
