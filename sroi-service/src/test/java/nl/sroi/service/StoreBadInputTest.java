package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.store.Databases;
import nl.sroi.store.Documents;
import nl.sroi.store.Role;
import nl.sroi.store.Store;
import nl.sroi.store.TestDatabase;

/**
 * Bad input on every store route is a 4xx problem document, in both languages, that changes nothing; a database
 * that cannot be reached is a 503 with Retry-After on store routes only, and the service recovers without a restart.
 */
class StoreBadInputTest {

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    /** A request and the status it must get. */
    record Bad(String what, int status, Function<HttpClient, Response> send) {
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badInputIsAProblemThatChangesNothing(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            StoreRoutesTest.Fixture f = StoreRoutesTest.Fixture.of(db);
            String t = f.admin();
            f.store().create(Documents.model("a", "A"), "ana", "m");
            String before = state(f.store());
            okhttp3.MediaType json = StoreRoutesTest.JSON;
            byte[] huge = new byte[(1 << 20) + 10];
            java.util.Arrays.fill(huge, (byte) ' ');
            huge[0] = '{';
            huge[huge.length - 1] = '}';
            List<Bad> bad = List.of(
                    new Bad("malformed JSON", 400, c -> post(c, t, "/api/v1/analyses", "{\"message\": \"m\", ")),
                    new Bad("not an object", 422, c -> post(c, t, "/api/v1/analyses", "[1, 2]")),
                    new Bad("unknown field", 422, c -> post(c, t, "/api/v1/analyses",
                            "{\"message\": \"m\", \"document\": {}, \"extra\": 1}")),
                    new Bad("no message", 422, c -> post(c, t, "/api/v1/analyses", "{\"document\": {}}")),
                    new Bad("document not an object", 422, c -> post(c, t, "/api/v1/analyses",
                            "{\"message\": \"m\", \"document\": \"text\"}")),
                    new Bad("wrong format", 422, c -> post(c, t, "/api/v1/analyses",
                            "{\"message\": \"m\", \"document\": {\"format\": \"sroi-model/9\", \"id\": \"b\"}}")),
                    new Bad("id with a quote", 422, c -> post(c, t, "/api/v1/analyses",
                            "{\"message\": \"m\", \"document\": {\"format\": \"sroi-model/1\", \"id\": \"b'; DROP TABLE versions;--\"}}")),
                    new Bad("id with ..", 422, c -> post(c, t, "/api/v1/analyses",
                            "{\"message\": \"m\", \"document\": {\"format\": \"sroi-model/1\", \"id\": \"../../etc\"}}")),
                    new Bad("duplicate key", 400, c -> post(c, t, "/api/v1/analyses",
                            "{\"message\": \"m\", \"message\": \"n\", \"document\": {}}")),
                    new Bad("not JSON by type", 415, c -> c.request("/api/v1/analyses", b -> b
                            .header("Authorization", "Bearer " + t).post(RequestBody.create("x", okhttp3.MediaType.get("text/plain"))))),
                    new Bad("body over the limit", 413, c -> c.request("/api/v1/analyses", b -> b
                            .header("Authorization", "Bearer " + t).post(RequestBody.create(huge, json)))),
                    new Bad("path id with a quote", 400, c -> get(c, t, "/api/v1/analyses/a'%20OR%20'1'='1")),
                    new Bad("path id with %2e%2e (Jetty resolves it: no such route)", 404, c -> get(c, t, "/api/v1/analyses/%2e%2e")),
                    new Bad("path id with an encoded slash", 400, c -> get(c, t, "/api/v1/analyses/a%2Fb")),
                    new Bad("version not a number", 400, c -> get(c, t, "/api/v1/analyses/a/versions/x")),
                    new Bad("version 0", 400, c -> get(c, t, "/api/v1/analyses/a/versions/0")),
                    new Bad("unknown query parameter", 400, c -> get(c, t, "/api/v1/analyses?theme=jeugd")),
                    new Bad("unknown state", 400, c -> get(c, t, "/api/v1/analyses?state=deleted")),
                    new Bad("theme line with a quote", 400, c -> get(c, t, "/api/v1/analyses?themeLine=x'")),
                    new Bad("since not a time", 400, c -> get(c, t, "/api/v1/audit?since=yesterday")),
                    new Bad("If-Match not a version", 400, c -> c.request("/api/v1/analyses/a", b -> b
                            .header("Authorization", "Bearer " + t).header("If-Match", "*")
                            .put(StoreRoutesTest.save("m", Documents.model("a", "B"))))),
                    new Bad("If-Match stale", 412, c -> c.request("/api/v1/analyses/a", b -> b
                            .header("Authorization", "Bearer " + t).header("If-Match", "\"7\"")
                            .put(StoreRoutesTest.save("m", Documents.model("a", "B"))))),
                    new Bad("another id than the path's", 409, c -> c.request("/api/v1/analyses/a", b -> b
                            .header("Authorization", "Bearer " + t).header("If-Match", "\"1\"")
                            .put(StoreRoutesTest.save("m", Documents.model("b", "B"))))),
                    new Bad("adopt version text", 422, c -> post(c, t, "/api/v1/analyses/a/adoptions",
                            "{\"version\": \"1\", \"message\": \"m\"}")),
                    new Bad("adopt no such version", 404, c -> post(c, t, "/api/v1/analyses/a/adoptions",
                            "{\"version\": 9, \"message\": \"m\"}")),
                    new Bad("no such analysis", 404, c -> get(c, t, "/api/v1/analyses/nope/versions")));
            JavalinTest.test(f.service().create(), (server, client) -> {
                for (Bad b : bad) {
                    Response r = b.send.apply(client);
                    assertEquals(b.status, r.code(), b.what);
                    assertEquals("application/problem+json", r.header("Content-Type"), b.what);
                    JsonNode problem = Jackson.reader().readTree(r.body().bytes());
                    assertFalse(problem.path("detail").asText().isBlank(), b.what);
                    assertFalse(problem.toString().contains("Exception"), b.what);
                }
                assertEquals(before, state(f.store()), "nothing changed");
                // and the languages: a Dutch problem for a Dutch request
                Response dutch = client.request("/api/v1/analyses?state=deleted", x -> x
                        .header("Authorization", "Bearer " + t).header("Accept-Language", "nl"));
                assertEquals("nl", dutch.header("Content-Language"));
                assertTrue(Jackson.reader().readTree(dutch.body().bytes()).path("detail").asText().contains("moet"));
            });
        }
    }

    private static Response post(HttpClient c, String token, String path, String body) {
        return c.request(path, b -> b.header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), StoreRoutesTest.JSON)));
    }

    private static Response get(HttpClient c, String token, String path) {
        return c.request(path, b -> b.header("Authorization", "Bearer " + token).get());
    }

    /** Everything a request could change: versions, users, the listing. */
    private static String state(Store store) {
        return store.versions("a") + "|" + store.accounts().users() + "|"
                + store.list(new nl.sroi.store.Listing.Filter(null, null, null, null));
    }

    @Test
    void storeRoutesAnswer503WhileTheDatabaseIsAwayAndRecoverWithoutARestart(@TempDir Path folder) throws Exception {
        String token;
        JdbcConnectionPool setup = Databases.h2(folder);
        token = Store.open(setup).accounts().add("ana", Role.ANALYST, "test");
        setup.dispose();
        // another process holds the embedded store's file (as a second service would)
        Process holder = nl.sroi.store.HoldStore.start(folder);
        StoreAccess access = StoreAccess.of(new StoreSettings(folder, null, null, null));
        ServiceConfig config = new ServiceConfig("127.0.0.1", 0, null, 1 << 20, 0);
        try {
            JavalinTest.test(new SroiService(config, StoreRoutesTest.catalog(), access).create(), (server, client) -> {
                Response r = client.request("/api/v1/analyses", b -> b.header("Authorization", "Bearer " + token).get());
                assertEquals(503, r.code());
                assertEquals("1", r.header("Retry-After"));
                JsonNode problem = Jackson.reader().readTree(r.body().bytes());
                assertEquals("/api/v1/problems/store-unavailable", problem.path("type").asText());
                assertTrue(problem.path("detail").asText().contains("in use"), problem.toString());
                assertEquals(200, client.get("/api/v1/health").code());
                assertEquals(200, client.request("/api/v1/calculate", b -> b.post(RequestBody.create(
                        Documents.model("x", "X"), StoreRoutesTest.JSON))).code());
                holder.destroyForcibly();
                holder.waitFor();
                Thread.sleep(1100); // the store is tried again at most once a second
                Response back = client.request("/api/v1/analyses", b -> b.header("Authorization", "Bearer " + token).get());
                assertEquals(200, back.code(), "the same service, the store reachable again");
            });
            // a PostgreSQL address nothing listens on: 503 as well
            StoreAccess away = StoreAccess.of(new StoreSettings(folder, "jdbc:postgresql://127.0.0.1:1/none", "u", "p"));
            JavalinTest.test(new SroiService(config, StoreRoutesTest.catalog(), away).create(), (server, client) -> {
                Response r = client.request("/api/v1/analyses", b -> b.header("Authorization", "Bearer " + token).get());
                assertEquals(503, r.code());
                assertEquals("1", r.header("Retry-After"));
                assertFalse(r.body().string().contains("password"));
            });
        } finally {
            holder.destroyForcibly();
            access.close();
        }
    }
}
