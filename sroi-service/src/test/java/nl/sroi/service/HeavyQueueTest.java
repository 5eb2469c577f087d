package nl.sroi.service;

import static nl.sroi.service.WorkLimitsTest.JSON;
import static nl.sroi.service.WorkLimitsTest.app;
import static nl.sroi.service.WorkLimitsTest.assertPlaceFreesWithinMoments;
import static nl.sroi.service.WorkLimitsTest.jongeren;
import static nl.sroi.service.WorkLimitsTest.post;
import static nl.sroi.service.WorkLimitsTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/**
 * Heavy requests wait their turn in a bounded queue, first come first served, before they are refused; and a
 * client that half-closes its sending side after its request still gets its answer.
 */
class HeavyQueueTest {

    private static final WorkLimits D = WorkLimits.DEFAULT;

    /** The default limits with one heavy place (as on this project's 2-core machine) and the given queue. */
    private static WorkLimits onePlace(int waiting, long waitMillis) {
        return new WorkLimits(D.budgetSteps(), D.deadlineMillis(), 1, D.lightAtOnce(), D.lightBodyBytes(), waiting,
                waitMillis);
    }

    /** Three workbook exports of Jongeren en schulden sent at the same moment; their statuses. */
    private static List<Integer> threeExports(int port) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<RawHttp.Answer>> exports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            exports.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return post(port, "/api/v1/export", jongeren());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<RawHttp.Answer> e : exports) {
            statuses.add(e.get(60, TimeUnit.SECONDS).status());
        }
        return statuses;
    }

    /**
     * With the default queue (4 waiting, 10 s each). On a machine shared with other builds an export can take
     * several seconds, and the third waits for two: the wait is then raised, so that the test says whether the
     * queue serves them in turn, not how busy the neighbours are.
     */
    @Test
    void threeSimultaneousExports_allGetTheirWorkbook() throws Exception {
        long wait = Math.max(D.heavyWaitMillis(), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage() > Runtime.getRuntime().availableProcessors() ? 60_000 : 0);
        JavalinTest.test(app(onePlace(D.heavyWaiting(), wait)), (server, client) -> {
            long begin = System.nanoTime();
            assertEquals(200, post(server.port(), "/api/v1/export", jongeren()).status()); // a service warmed up
            long one = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            begin = System.nanoTime();
            assertEquals(List.of(200, 200, 200), threeExports(server.port()));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "heavy-queue.txt"), String.format(
                    "wait %d ms; the first export %d ms, then three at once %d ms; load %.1f%n", wait, one,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin), java.lang.management.ManagementFactory
                            .getOperatingSystemMXBean().getSystemLoadAverage()));
        });
    }

    @Test
    void withoutAQueue_theSameExportsAreRefused() throws Exception {
        // the control: an export is heavy work, so with one place and no queue two of the three are refused
        JavalinTest.test(app(onePlace(0, 0)), (server, client) ->
                assertTrue(threeExports(server.port()).contains(503), "no export was refused"));
    }

    /**
     * A large body whose first bytes only are sent: it takes the heavy place before it is read, and holds it until
     * the rest comes.
     */
    private static java.net.Socket holdingTheHeavyPlace(int port, byte[] large) throws IOException {
        byte[] request = RawHttp.request("POST", "/api/v1/calculate", JSON, large);
        java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
        socket.setSoTimeout(60_000);
        socket.getOutputStream().write(request, 0, request.length - large.length + 1000);
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    void aFloodBeyondTheQueue_isRefusedAtOnce_whileTheQueueIsServedInTurn() throws Exception {
        JavalinTest.test(app(onePlace(2, 20_000)), (server, client) -> {
            int port = server.port();
            byte[] large = RawHttp.concat(" ".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    jongeren());
            byte[] request = RawHttp.request("POST", "/api/v1/calculate", JSON, large);
            try (java.net.Socket holding = holdingTheHeavyPlace(port, large)) {
                Thread.sleep(300);
                List<CompletableFuture<RawHttp.Answer>> queued = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    queued.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            return post(port, "/api/v1/simulate?iterations=100000", jongeren());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
                }
                Thread.sleep(500);
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    RawHttp.Answer refused = post(port, "/api/v1/simulate?iterations=1000000", jongeren());
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    problem(refused, 503, "busy");
                    assertEquals("1", refused.header("Retry-After"));
                    assertTrue(millis < 1000, "refused after " + millis + " ms");
                }
                queued.forEach(q -> assertTrue(!q.isDone(), "a queued request did not wait"));
                // the rest of the large body: it is calculated, then the queue is served in turn
                int sent = request.length - large.length + 1000;
                holding.getOutputStream().write(request, sent, request.length - sent);
                assertEquals(200, RawHttp.read(holding.getInputStream()).status());
                for (CompletableFuture<RawHttp.Answer> q : queued) {
                    RawHttp.Answer answer = q.get(30, TimeUnit.SECONDS);
                    assertEquals(200, answer.status(), answer.text());
                }
            }
        });
    }

    @Test
    void aHeavyRequestThatWaitsTooLong_isRefused() throws Exception {
        JavalinTest.test(app(onePlace(2, 300)), (server, client) -> {
            int port = server.port();
            CompletableFuture<RawHttp.Answer> running = WorkLimitsTest.longSimulation(port, 8);
            Thread.sleep(300);
            long start = System.nanoTime();
            problem(post(port, "/api/v1/simulate?iterations=1000000", jongeren()), 503, "busy");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis >= 250, "refused after " + millis + " ms, before its wait");
            running.get(30, TimeUnit.SECONDS);
        });
    }

    @Test
    void aClientThatHalfClosesAfterItsRequest_getsItsAnswer() throws Exception {
        JavalinTest.test(app(D), (server, client) -> {
            // an analysis that computes for a while (the watch is on while it runs), the sending side closed at once
            for (String target : List.of("/api/v1/sensitivity", "/api/v1/simulate?iterations=20000",
                    "/api/v1/report?iterations=1000")) {
                RawHttp.Answer answer = RawHttp.exchange(server.port(), RawHttp.request("POST", target, JSON,
                        jongeren()), true, 60_000);
                assertEquals(200, answer.status(), target + ": " + answer.text());
            }
        });
    }

    @Test
    void aClientThatClosesNormally_isStillNoticed_andFreesItsPlace() throws Exception {
        JavalinTest.test(app(new WorkLimits(Long.MAX_VALUE, 60_000, 1, 8, 65536)), (server, client) -> {
            int port = server.port();
            // a simulation that would run for many seconds; the client closes (FIN, not a reset) without reading
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(RawHttp.request("POST", "/api/v1/simulate?iterations=1000000&seed=5",
                        JSON, jongeren()));
                socket.getOutputStream().flush();
                Thread.sleep(200);
            }
            assertPlaceFreesWithinMoments(port);
        });
    }

    @Test
    void theQueue_isSetByOptionOrEnvironment_andBounded() {
        WorkLimits set = ServiceConfig.from(new String[] {"--heavy-waiting", "2", "--heavy-wait-ms", "1500"},
                java.util.Map.of()).work();
        assertEquals(2, set.heavyWaiting());
        assertEquals(1500, set.heavyWaitMillis());
        WorkLimits env = ServiceConfig.from(new String[0], java.util.Map.of("SROI_HEAVY_WAITING", "0",
                "SROI_HEAVY_WAIT_MS", "0")).work();
        assertEquals(0, env.heavyWaiting());
        assertEquals(D.heavyWaiting(), ServiceConfig.from(new String[0], java.util.Map.of()).work().heavyWaiting());
        IllegalArgumentException tooMany = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ServiceConfig.from(new String[] {"--heavy-waiting", "5000"},
                        java.util.Map.of()));
        assertEquals("heavy-waiting must be at most 1000, was 5000", tooMany.getMessage());
    }
}
