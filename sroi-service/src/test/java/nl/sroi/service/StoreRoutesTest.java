package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.store.Documents;
import nl.sroi.store.Role;
import nl.sroi.store.Store;
import nl.sroi.store.TestDatabase;

/** The store's routes (store.md §4, §6) over HTTP, on H2 and, when given, PostgreSQL: the same tests on both. */
class StoreRoutesTest {

    static final MediaType JSON = MediaType.get("application/json");

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    /** A service over a fresh store with an admin, an analyst and a reader. */
    record Fixture(SroiService service, Store store, String admin, String analyst, String reader) {
        static Fixture of(TestDatabase db) throws IOException {
            Store store = db.store();
            ServiceConfig config = new ServiceConfig("127.0.0.1", 0, null, 1 << 20, 0);
            SroiService service = new SroiService(config, catalog(), StoreAccess.of(store));
            return new Fixture(service, store, store.accounts().add("beheer", Role.ADMIN, "test"),
                    store.accounts().add("ana", Role.ANALYST, "test"), store.accounts().add("lezer", Role.READER, "test"));
        }
    }

    static java.util.function.Supplier<ModelCatalog> catalog() throws IOException {
        ModelCatalog catalog = ModelCatalog.bundled();
        return () -> catalog;
    }

    static RequestBody save(String message, byte[] document) {
        return RequestBody.create(("{\"message\": " + Jackson.nodes().textNode(message) + ", \"document\": "
                + new String(document, StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8), JSON);
    }

    static Response call(HttpClient client, String path, String token, java.util.function.Consumer<Request.Builder> b) {
        return client.request(path, r -> {
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
            b.accept(r);
        });
    }

    static JsonNode json(Response r) throws IOException {
        return Jackson.reader().readTree(r.body().bytes());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void createReviseReadAdoptAndReproduce(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Fixture f = Fixture.of(db);
            JavalinTest.test(f.service().create(), (server, client) -> {
                byte[] model = Documents.bundled("jongeren-en-schulden.json");
                Response created = call(client, "/api/v1/analyses", f.analyst(), b -> b.post(save("eerste versie", model)));
                assertEquals(201, created.code());
                assertEquals("/api/v1/analyses/jongeren-en-schulden", created.header("Location"));
                assertEquals("\"1\"", created.header("ETag"));
                JsonNode v1 = json(created);
                assertEquals("ana", v1.path("author").asText());
                assertTrue(v1.path("valid").asBoolean());
                assertEquals(1.2811, v1.path("result").path("ratio").asDouble(), 0.00005);
                assertEquals(409, call(client, "/api/v1/analyses", f.analyst(), b -> b.post(save("nog eens", model))).code());

                Response latest = call(client, "/api/v1/analyses/jongeren-en-schulden", f.reader(), b -> b.get());
                assertEquals("\"1\"", latest.header("ETag"));
                // the document as it stood in the body: from its opening to its closing brace
                assertEquals(new String(model, StandardCharsets.UTF_8).stripTrailing(), latest.body().string(), "byte for byte");

                byte[] revised = new String(model, StandardCharsets.UTF_8).replaceFirst("\"title\": \"[^\"]*\"",
                        "\"title\": \"Jongeren en schulden (herzien)\"").getBytes(StandardCharsets.UTF_8);
                assertEquals(428, call(client, "/api/v1/analyses/jongeren-en-schulden", f.analyst(),
                        b -> b.put(save("titel", revised))).code());
                Response ok = call(client, "/api/v1/analyses/jongeren-en-schulden", f.analyst(),
                        b -> b.header("If-Match", "\"1\"").put(save("titel herzien", revised)));
                assertEquals(200, ok.code());
                assertEquals("\"2\"", ok.header("ETag"));
                Response stale = call(client, "/api/v1/analyses/jongeren-en-schulden", f.analyst(),
                        b -> b.header("If-Match", "\"1\"").put(save("te laat", model)));
                assertEquals(412, stale.code());
                assertEquals("application/problem+json", stale.header("Content-Type"));
                Response same = call(client, "/api/v1/analyses/jongeren-en-schulden", f.analyst(),
                        b -> b.header("If-Match", "\"2\"").put(save("niets nieuws", revised)));
                assertEquals(200, same.code());
                assertEquals("\"2\"", same.header("ETag"), "the same content creates no version");

                JsonNode history = json(call(client, "/api/v1/analyses/jongeren-en-schulden/versions", f.reader(), b -> b.get()));
                assertEquals(2, history.path("versions").size());
                assertEquals("titel herzien", history.path("versions").get(1).path("message").asText());
                JsonNode one = json(call(client, "/api/v1/analyses/jongeren-en-schulden/versions/1", f.reader(), b -> b.get()));
                assertEquals("eerste versie", one.path("message").asText());
                assertEquals("jongeren-en-schulden", one.path("document").path("id").asText());

                for (int n = 1; n <= 2; n++) {
                    JsonNode result = json(call(client, "/api/v1/analyses/jongeren-en-schulden/versions/" + n
                            + "/result", f.reader(), b -> b.get()));
                    assertTrue(result.path("reproduced").asBoolean(), result.toString());
                    assertEquals(result.path("storedHash"), result.path("hash"));
                    assertEquals("sroi-result/1", result.path("result").path("format").asText());
                }
                Response changes = call(client, "/api/v1/analyses/jongeren-en-schulden/changes?from=1&to=2",
                        f.reader(), b -> b.get());
                assertEquals(200, changes.code());
                assertEquals("sroi-bridge/1", json(changes).path("format").asText());
                assertEquals(400, call(client, "/api/v1/analyses/jongeren-en-schulden/changes?from=1", f.reader(),
                        b -> b.get()).code());
                assertEquals(404, call(client, "/api/v1/analyses/jongeren-en-schulden/changes?from=1&to=9", f.reader(),
                        b -> b.get()).code());
                assertEquals(403, call(client, "/api/v1/analyses/jongeren-en-schulden/adoptions", f.analyst(),
                        b -> b.post(RequestBody.create("{\"version\": 1, \"message\": \"vastgesteld\"}", JSON))).code());
                JsonNode adopted = json(call(client, "/api/v1/analyses/jongeren-en-schulden/adoptions", f.admin(),
                        b -> b.post(RequestBody.create("{\"version\": 1, \"message\": \"vastgesteld door het bestuur\"}", JSON))));
                assertTrue(adopted.path("adopted").asBoolean(), adopted.toString());
                JsonNode listing = json(call(client, "/api/v1/analyses?state=active&q=Schulden", f.reader(), b -> b.get()));
                assertEquals(1, listing.path("analyses").size());
                assertEquals(2, listing.path("analyses").get(0).path("latest").path("version").asInt());
                assertEquals(1, listing.path("analyses").get(0).path("adopted").path("version").asInt());

                // a stored version's report, workbook and business case (a small model: the machine is shared)
                assertEquals(201, call(client, "/api/v1/analyses", f.analyst(),
                        b -> b.post(save("klein", Documents.model("klein", "Klein model")))).code());
                Response report = call(client, "/api/v1/analyses/klein/versions/1/report?lang=nl", f.reader(), b -> b.get());
                assertEquals(200, report.code());
                assertTrue(report.body().string().contains("Klein model"));
                Response xlsx = call(client, "/api/v1/analyses/klein/versions/1/export.xlsx", f.reader(), b -> b.get());
                assertEquals(200, xlsx.code());
                assertEquals(SroiService.XLSX, xlsx.header("Content-Type"));
                JsonNode bc = json(call(client, "/api/v1/analyses/klein/versions/1/business-case?for=financier",
                        f.reader(), b -> b.get()));
                assertEquals("financier", bc.path("party").path("id").asText(), bc.toString());

                assertEquals(403, call(client, "/api/v1/audit", f.reader(), b -> b.get()).code());
                JsonNode audit = json(call(client, "/api/v1/audit?analysis=jongeren-en-schulden", f.admin(), b -> b.get()));
                List<String> actions = new ArrayList<>();
                audit.path("entries").forEach(e -> actions.add(e.path("action").asText()));
                assertEquals(List.of("create", "revise", "adopt"), actions);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void tokensAreCheckedAndFailuresRateLimited(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Fixture f = Fixture.of(db);
            JavalinTest.test(f.service().create(), (server, client) -> {
                Response none = call(client, "/api/v1/analyses", null, b -> b.get());
                assertEquals(401, none.code());
                assertEquals("Bearer realm=\"sroi\"", none.header("WWW-Authenticate"));
                assertEquals("/api/v1/problems/unauthorized", json(none).path("type").asText());
                Response dutch = call(client, "/api/v1/analyses", null, b -> b.header("Accept-Language", "nl").get());
                assertTrue(json(dutch).path("detail").asText().contains("API-token"));
                assertEquals(403, call(client, "/api/v1/analyses", f.reader(),
                        b -> b.post(save("m", Documents.model("a", "A")))).code());
                long start = System.nanoTime();
                Response unknown = call(client, "/api/v1/analyses", f.reader() + "x", b -> b.get());
                long failedMillis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(401, unknown.code());
                assertFalse(unknown.body().string().contains(f.reader()), "a token is never echoed");
                start = System.nanoTime();
                assertEquals(200, call(client, "/api/v1/analyses", f.reader(), b -> b.get()).code());
                long okMillis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(failedMillis >= Guard.FAILURE_FLOOR_MILLIS && failedMillis >= okMillis,
                        failedMillis + " ms for a failure, " + okMillis + " ms for a success");
                // 1 + 2 failures so far (no token, no token in Dutch, unknown); 7 more reach the limit of 10
                for (int i = 0; i < Guard.MAX_FAILURES - 3; i++) {
                    assertEquals(401, call(client, "/api/v1/analyses", "sroi_guess" + i, b -> b.get()).code());
                }
                Response limited = call(client, "/api/v1/analyses", f.reader(), b -> b.get());
                assertEquals(429, limited.code());
                long retry = Long.parseLong(limited.header("Retry-After"));
                assertTrue(retry >= 1 && retry <= Guard.WINDOW_SECONDS, String.valueOf(retry));
                assertEquals(200, client.get("/api/v1/health").code(), "the calculation routes stay open");
                JsonNode refused = Jackson.reader().readTree(nl.sroi.store.StoreJson.audit(f.store().accounts()
                        .audit(null, null, null, 100)));
                long refusals = 0;
                for (JsonNode e : refused.path("entries")) {
                    refusals += e.path("action").asText().equals("refused") ? 1 : 0;
                    assertFalse(e.path("detail").asText().contains("sroi_"), "no token in the audit log");
                }
                assertEquals(Guard.MAX_FAILURES + 1, refusals, "10 failed attempts and one 403");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void ofWritersOnTheSameIfMatchExactlyOneWins(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Fixture f = Fixture.of(db);
            JavalinTest.test(f.service().create(), (server, client) -> {
                assertEquals(201, call(client, "/api/v1/analyses", f.analyst(),
                        b -> b.post(save("m", Documents.model("race", "Race")))).code());
                int writers = 8;
                ExecutorService pool = Executors.newFixedThreadPool(writers);
                try {
                    for (int round = 1; round <= 3; round++) {
                        CountDownLatch go = new CountDownLatch(1);
                        List<Future<Integer>> codes = new ArrayList<>();
                        for (int w = 0; w < writers; w++) {
                            String ifMatch = "\"" + round + "\"";
                            long amount = 20000 + round * 100L + w;
                            codes.add(pool.submit(() -> {
                                go.await();
                                try (Response r = call(client, "/api/v1/analyses/race", f.analyst(), b -> b
                                        .header("If-Match", ifMatch).put(save("w", Documents.model("race", "Race", amount))))) {
                                    return r.code();
                                }
                            }));
                        }
                        go.countDown();
                        List<Integer> got = new ArrayList<>();
                        for (Future<Integer> c : codes) {
                            got.add(c.get());
                        }
                        assertEquals(1, got.stream().filter(c -> c == 200).count(), got.toString());
                        assertEquals(writers - 1, got.stream().filter(c -> c == 412).count(), got.toString());
                    }
                } finally {
                    pool.shutdownNow();
                }
                assertEquals(List.of(1, 2, 3, 4), f.store().versions("race").stream().map(v -> v.version()).toList());
            });
        }
    }
}
