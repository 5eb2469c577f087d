package nl.sroi.service;

import static nl.sroi.service.StoreRoutesTest.call;
import static nl.sroi.service.StoreRoutesTest.json;
import static nl.sroi.service.StoreRoutesTest.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.store.Documents;
import nl.sroi.store.TestDatabase;

/**
 * The portfolio as the service serves it: from the store (portfolio.md §2), adopted versions by default, the latest
 * with {@code versions=latest}, archived analyses never, each with the hash the store keeps, behind a reader's token.
 */
class StorePortfolioTest {

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void portfolio_readsTheStoresAdoptedAndLatestVersions(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            StoreRoutesTest.Fixture f = StoreRoutesTest.Fixture.of(db);
            JavalinTest.test(f.service().create(), (server, client) -> {
                assertEquals(401, call(client, "/api/v1/portfolio", null, b -> b.get()).code());
                JsonNode empty = json(call(client, "/api/v1/portfolio", f.reader(), b -> b.get()));
                assertEquals(0, empty.path("analyses").size(), "an empty store: an empty portfolio, said so");
                assertEquals("EMPTY_SELECTION", empty.path("warnings").get(0).path("code").asText());

                List<String> files = List.of("jongeren-en-schulden.json", "respijtzorg.json",
                        "participatie-naar-vermogen.json");
                for (String file : files) {
                    assertEquals(201, call(client, "/api/v1/analyses", f.analyst(),
                            b -> b.post(save("eerste versie", Documents.bundled(file)))).code());
                }
                assertEquals(0, json(call(client, "/api/v1/portfolio", f.reader(), b -> b.get()))
                        .path("analyses").size(), "nothing adopted yet");
                for (String id : List.of("jongeren-en-schulden", "respijtzorg")) {
                    assertEquals(200, call(client, "/api/v1/analyses/" + id + "/adoptions", f.admin(), b -> b.post(
                            RequestBody.create("{\"version\": 1, \"message\": \"vastgesteld\"}", StoreRoutesTest.JSON)))
                            .code());
                }
                // a revision of respijtzorg after its adoption: the adopted portfolio keeps version 1
                String revised = new String(Documents.bundled("respijtzorg.json"), StandardCharsets.UTF_8)
                        .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"Respijtzorg (herzien)\"");
                assertEquals(200, call(client, "/api/v1/analyses/respijtzorg", f.analyst(), b -> b.header("If-Match",
                        "\"1\"").put(save("titel", revised.getBytes(StandardCharsets.UTF_8)))).code());

                JsonNode adopted = json(call(client, "/api/v1/portfolio", f.reader(), b -> b.get()));
                assertEquals(2, adopted.path("analyses").size(), adopted.toString());
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode a : adopted.path("analyses")) {
                    assertEquals(1, a.path("version").asInt());
                    JsonNode stored = json(call(client, "/api/v1/analyses/" + a.path("id").asText() + "/versions/1",
                            f.reader(), b -> b.get()));
                    assertEquals(stored.path("hash").asText(), a.path("hash").asText(), "the store's hash");
                    assertTrue(a.path("hash").asText().startsWith("sha256:"));
                    assertEquals(stored.path("result").path("presentValue").decimalValue().setScale(2, RoundingMode.UNNECESSARY),
                            a.path("presentValue").decimalValue().setScale(2, RoundingMode.UNNECESSARY));
                    sum = sum.add(a.path("presentValue").decimalValue());
                }
                assertEquals(0, sum.compareTo(adopted.path("totals").path("presentValue").decimalValue()));

                JsonNode latest = json(call(client, "/api/v1/portfolio?versions=latest", f.reader(), b -> b.get()));
                assertEquals(3, latest.path("analyses").size());
                for (JsonNode a : latest.path("analyses")) {
                    int expected = a.path("id").asText().equals("respijtzorg") ? 2 : 1;
                    assertEquals(expected, a.path("version").asInt(), "the latest version of " + a.path("id"));
                }

                assertEquals(200, call(client, "/api/v1/analyses/respijtzorg/archive", f.admin(),
                        b -> b.post(RequestBody.create("{}", StoreRoutesTest.JSON))).code());
                JsonNode archived = json(call(client, "/api/v1/portfolio?versions=latest", f.reader(), b -> b.get()));
                assertEquals(2, archived.path("analyses").size(), "archived analyses never count");
            });
        }
    }
}
