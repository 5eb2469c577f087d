package nl.sroi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A version acknowledged is a version kept: a child JVM saves versions from several threads and prints each one
 * after {@link Store#revise} returned (where the service answers 2xx); the test kills it with SIGKILL in the middle
 * of the burst, opens the store again and finds every acknowledged version, whole, with its hash, numbered without
 * gaps. Five kills at different moments per database.
 */
class CrashTest {

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    private static final int WRITERS = 4;

    @ParameterizedTest
    @MethodSource("kinds")
    void everyAcknowledgedVersionSurvivesKillDashNine(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Map<String, String> acknowledged = new HashMap<>(); // "analysis version" -> hash
            int total = 0;
            for (int round = 0; round < 5; round++) {
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), Writer.class.getName(), db.url(),
                        String.valueOf(TestDatabase.PG_USER), String.valueOf(TestDatabase.PG_PASSWORD),
                        String.valueOf(round)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                int kill = 40 + round * 37; // kill after this many acknowledgements: a different moment each round
                int seen = 0;
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        String[] p = line.split(" ");
                        if (p[0].equals("ACK")) {
                            acknowledged.put(p[1] + " " + p[2], p[3]);
                            if (++seen == kill) {
                                child.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
                                break;
                            }
                        }
                    }
                }
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                assertEquals(kill, seen, "the child stopped before it was killed");
                total += seen;
            }
            JdbcConnectionPool pool = db.pool();
            Store store = Store.open(pool);
            for (Map.Entry<String, String> a : acknowledged.entrySet()) {
                String[] key = a.getKey().split(" ");
                StoredVersion v = store.version(key[0], Integer.parseInt(key[1]));
                assertEquals(a.getValue(), v.record().hash(), a.getKey());
                assertEquals(a.getValue(), Canonical.hash(v.document().getBytes(StandardCharsets.UTF_8)), a.getKey());
            }
            for (int w = 0; w < WRITERS; w++) {
                List<VersionRecord> versions = store.versions("crash-" + w);
                for (int i = 0; i < versions.size(); i++) {
                    assertEquals(i + 1, versions.get(i).version(), "no gaps");
                }
            }
            Dump.Verification verified = Dump.verify(store);
            assertEquals(List.of(), verified.problems());
            assertEquals(verified.valid(), verified.reproduced());
            assertTrue(total >= 5 * 40);
            System.out.println("crash test on " + kind + ": " + total + " acknowledged versions over 5 kills, "
                    + verified.versions() + " versions stored, all acknowledged ones whole");
        }
    }

    /** The child: {@value WRITERS} threads saving versions as fast as they can, each acknowledged on stdout. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            String url = args[0];
            JdbcConnectionPool pool = url.startsWith("jdbc:h2:") ? h2(url)
                    : Databases.postgres(url, args[1], args[2]);
            Store store = Store.open(pool);
            int round = Integer.parseInt(args[3]);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String id = "crash-" + w;
                all.add(threads.submit(() -> {
                    int latest;
                    try {
                        latest = store.latest(id).record().version();
                    } catch (StoreException e) {
                        store.create(Documents.model(id, "Crash " + id), "crash", "eerste");
                        latest = 1;
                    }
                    for (long n = 0; ; n++) {
                        Saved s = store.revise(id, latest, Documents.model(id, "Crash " + id,
                                1_000_000L * round + 1000 + n), "crash", "ronde " + round);
                        latest = s.record().version();
                        synchronized (out) {
                            out.println("ACK " + id + " " + latest + " " + s.record().hash());
                        }
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : all) {
                f.get();
            }
        }

        private static JdbcConnectionPool h2(String url) {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(url);
            ds.setUser("sroi");
            ds.setPassword("");
            return JdbcConnectionPool.create(ds);
        }
    }
}
