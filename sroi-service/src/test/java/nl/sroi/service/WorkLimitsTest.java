package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

import nl.sroi.core.jackson.Jackson;

/** Work is priced before it runs, bounded in time and in number, and stopped when its client hangs up. */
class WorkLimitsTest {

    static final String JSON = "application/json";

    static byte[] jongeren() {
        try (InputStream in = WorkLimitsTest.class.getResourceAsStream("/models/jongeren-en-schulden.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Javalin app(WorkLimits limits) throws IOException {
        return new SroiService(new ServiceConfig("127.0.0.1", 0, null, ServiceConfig.DEFAULT_MAX_BODY_BYTES, 0,
                ServiceConfig.DEFAULT_LANGUAGE, limits), ModelCatalog.bundled()).create();
    }

    static RawHttp.Answer post(int port, String target, byte[] body) throws IOException {
        return RawHttp.exchange(port, RawHttp.request("POST", target, JSON, body), false, 60_000);
    }

    /**
     * After an abandoned heavy request, a small simulation gets through within 5 s (polled for at most 20 s), not
     * after the abandoned one's deadline.
     */
    static void assertPlaceFreesWithinMoments(int port) throws Exception {
        long start = System.nanoTime();
        RawHttp.Answer answer;
        do {
            Thread.sleep(50);
            answer = post(port, "/api/v1/simulate?iterations=10", jongeren());
        } while (answer.status() == 503 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(200, answer.status(), answer.text());
        assertTrue(millis < 5000, "the place was free after " + millis + " ms");
    }

    static JsonNode problem(RawHttp.Answer answer, int status, String type) throws IOException {
        assertEquals(status, answer.status(), answer.text());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        JsonNode problem = Jackson.reader().readTree(answer.body());
        assertEquals("/api/v1/problems/" + type, problem.get("type").asText());
        return problem;
    }

    /** A simulation of a million iterations, in the background: it holds a heavy place until its deadline. */
    static CompletableFuture<RawHttp.Answer> longSimulation(int port, int seed) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return post(port, "/api/v1/simulate?iterations=1000000&seed=" + seed, jongeren());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void workOverTheBudget_is422_namingTheLimit() throws IOException {
        // Jongeren en schulden's sensitivity is estimated at millions of steps: over a budget of 1,000
        JavalinTest.test(app(new WorkLimits(1000, 5000, 2, 8, 65536)), (server, client) -> {
            JsonNode problem = problem(post(server.port(), "/api/v1/sensitivity", jongeren()), 422, "over-work-budget");
            String detail = problem.get("detail").asText();
            assertTrue(detail.contains("this sensitivity analysis would take about ") && detail.contains(
                    "the service does at most 1,000 steps per request (its work budget, --work-budget"), detail);
            problem(post(server.port(), "/api/v1/simulate?iterations=10", jongeren()), 422, "over-work-budget");
            problem(post(server.port(), "/api/v1/export", jongeren()), 422, "over-work-budget");
            JsonNode report = problem(post(server.port(), "/api/v1/report?format=pdf&iterations=500", jongeren()),
                    422, "over-work-budget");
            assertTrue(report.get("detail").asText().startsWith(
                    "this PDF report with a simulation of 500 iterations would take about "), report.toString());
            RawHttp.Answer catalogue = RawHttp.exchange(server.port(), RawHttp.request("GET",
                    "/api/v1/models/jongeren-en-schulden/report", null, null), false, 60_000);
            problem(catalogue, 422, "over-work-budget");
            // a calculation is bounded by the model's size and not priced
            assertEquals(200, post(server.port(), "/api/v1/calculate", jongeren()).status());
        });
    }

    @Test
    void workPastTheDeadline_isStopped_with503AndRetryAfter() throws IOException {
        JavalinTest.test(app(new WorkLimits(Long.MAX_VALUE, 200, 2, 8, 65536)), (server, client) -> {
            long start = System.nanoTime();
            // a million iterations take seconds on this machine; the deadline stops them after 200 ms
            RawHttp.Answer answer = post(server.port(), "/api/v1/simulate?iterations=1000000", jongeren());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            JsonNode problem = problem(answer, 503, "deadline-exceeded");
            assertEquals("1", answer.header("Retry-After"));
            assertTrue(problem.get("detail").asText().contains("after 200 ms"), problem.toString());
            assertTrue(millis < 1500, "answered after " + millis + " ms");
        });
    }

    @Test
    void aReport_ofLongTexts_isPricedByThem_andAnUnknownParty_isRefusedBeforeAnyWork() throws IOException {
        JavalinTest.test(app(WorkLimits.DEFAULT), (server, client) -> {
            // Jongeren en schulden with 30,000-character descriptions: the PDF would lay out 240,000 characters
            String jongeren = new String(jongeren(), java.nio.charset.StandardCharsets.UTF_8);
            String longTexts = jongeren.replaceAll("\"description\": \"[^\"]*\"",
                    "\"description\": \"" + "lange tekst ".repeat(2500) + "\"");
            JsonNode refused = problem(post(server.port(), "/api/v1/report?format=pdf",
                    longTexts.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 422, "over-work-budget");
            assertTrue(refused.get("detail").asText().startsWith("this PDF report"), refused.toString());
            JsonNode party = problem(RawHttp.exchange(server.port(), RawHttp.request("GET",
                    "/api/v1/models/jongeren-en-schulden/report?for=nobody&iterations=1000000&format=pdf", null,
                    null), false, 60_000), 400, "invalid-parameter");
            assertTrue(party.toString().contains("nobody"), party.toString());
        });
    }

    @Test
    void aBadEscapeInTheQuery_is400() throws IOException {
        JavalinTest.test(app(WorkLimits.DEFAULT), (server, client) -> problem(
                post(server.port(), "/api/v1/calculate?pretty=%ZZ", jongeren()), 400, "bad-request"));
    }

    @Test
    void aReportPastTheDeadline_isStopped_with503() throws IOException {
        JavalinTest.test(app(new WorkLimits(Long.MAX_VALUE, 200, 2, 8, 65536)), (server, client) -> {
            // its simulation of a million iterations is stopped after 200 ms, for a posted and a catalogue model
            problem(post(server.port(), "/api/v1/report?iterations=1000000", jongeren()), 503, "deadline-exceeded");
            problem(RawHttp.exchange(server.port(), RawHttp.request("GET",
                    "/api/v1/models/jongeren-en-schulden/report?iterations=1000000", null, null), false, 60_000),
                    503, "deadline-exceeded");
        });
    }

    @Test
    void aReport_isHeavyWork_refusedWhileTheHeavyPlacesAreTaken() throws IOException {
        JavalinTest.test(app(new WorkLimits(Long.MAX_VALUE, 3000, 1, 8, 65536)), (server, client) -> {
            int port = server.port();
            CompletableFuture<RawHttp.Answer> running = longSimulation(port, 5);
            Thread.sleep(300);
            problem(post(port, "/api/v1/report", jongeren()), 503, "busy");
            running.get(30, TimeUnit.SECONDS);
            assertEquals(200, post(port, "/api/v1/report?iterations=100", jongeren()).status());
        });
    }

    @Test
    void moreHeavyRequestsThanPlaces_are503AtOnce_whileHealthAndCalculateAnswer() throws IOException {
        JavalinTest.test(app(new WorkLimits(Long.MAX_VALUE, 3000, 1, 8, 65536)), (server, client) -> {
            int port = server.port();
            // the one heavy place: a simulation that runs until the 3 s deadline
            CompletableFuture<RawHttp.Answer> running = longSimulation(port, 2);
            Thread.sleep(300);
            long start = System.nanoTime();
            RawHttp.Answer refused = post(port, "/api/v1/simulate?iterations=1000000", jongeren());
            long refusedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            problem(refused, 503, "busy");
            assertEquals("1", refused.header("Retry-After"));
            assertTrue(refusedMillis < 1000, "refused after " + refusedMillis + " ms");
            assertEquals(200, RawHttp.exchange(port, RawHttp.request("GET", "/api/v1/health", null, null), false,
                    5000).status());
            assertEquals(200, post(port, "/api/v1/calculate", jongeren()).status());
            int status = running.get(30, TimeUnit.SECONDS).status();
            assertTrue(status == 200 || status == 503, "the running simulation ended with " + status);
        });
    }

    @Test
    void anAbandonedHeavyRequest_isStopped_andFreesItsPlace() throws IOException {
        JavalinTest.test(app(new WorkLimits(Long.MAX_VALUE, 60_000, 1, 8, 65536)), (server, client) -> {
            int port = server.port();
            // a simulation that would run for many seconds, abandoned at once
            RawHttp.abandon(port, RawHttp.request("POST", "/api/v1/simulate?iterations=1000000&seed=3", JSON,
                    jongeren()));
            // its place frees within moments, not after the 60 s deadline: a small simulation gets through
            assertPlaceFreesWithinMoments(port);
        });
    }

    @Test
    void aLargeBody_takesAHeavyPlaceBeforeItIsRead() throws IOException {
        JavalinTest.test(app(new WorkLimits(Long.MAX_VALUE, 3000, 1, 8, 65536)), (server, client) -> {
            int port = server.port();
            CompletableFuture<RawHttp.Answer> running = longSimulation(port, 4);
            Thread.sleep(300);
            // 100 KB of whitespace and a model: more than a light body, by Content-Length and chunked
            byte[] large = RawHttp.concat(" ".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    jongeren());
            problem(post(port, "/api/v1/calculate", large), 503, "busy");
            String head = "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(large.length)
                    + "\r\n";
            byte[] chunked = RawHttp.concat(RawHttp.concat(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    large), "\r\n0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            problem(RawHttp.exchange(port, chunked, false, 30_000), 503, "busy");
            // a light body still gets through
            assertEquals(200, post(port, "/api/v1/calculate", jongeren()).status());
            running.get(30, TimeUnit.SECONDS);
            // and with the heavy place free again, so does the large one
            assertEquals(200, post(port, "/api/v1/calculate", large).status());
        });
    }
}
