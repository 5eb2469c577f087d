package nl.sroi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's contract (store.md §3, §6) on H2 and, when given, on PostgreSQL: the same tests on both. */
class StoreTest {

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void versionsAreNumberedWithoutGapsAndKeepTheirDocumentsExactly(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Store store = db.store();
            byte[] first = Documents.model("jongeren", "Jongeren");
            VersionRecord v1 = store.create(first, "ana", "eerste versie");
            assertEquals(1, v1.version());
            assertEquals(Canonical.hash(first), v1.hash());
            assertTrue(v1.valid());
            assertEquals(Evaluation.ENGINE, v1.engine());
            assertTrue(v1.resultHash().startsWith("sha256:"));
            Saved v2 = store.revise("jongeren", 1, Documents.model("jongeren", "Jongeren", 20000), "ana", "meer subsidie");
            assertTrue(v2.created());
            assertEquals(2, v2.record().version());
            assertNotEquals(v1.resultHash(), v2.record().resultHash());
            // the same content in another key order and whitespace: no new version, the latest back
            String reordered = "{\"title\":\"Jongeren\",\"id\":\"jongeren\"," + new String(
                    Documents.model("jongeren", "Jongeren", 20000), StandardCharsets.UTF_8).substring(1)
                    .replace("\"id\": \"jongeren\", \"title\": \"Jongeren\", ", "");
            Saved same = store.revise("jongeren", 2, reordered.getBytes(StandardCharsets.UTF_8), "ana", "niets");
            assertFalse(same.created());
            assertEquals(2, same.record().version());
            List<VersionRecord> versions = store.versions("jongeren");
            assertEquals(List.of(1, 2), versions.stream().map(VersionRecord::version).toList());
            assertEquals(new String(first, StandardCharsets.UTF_8), store.version("jongeren", 1).document());
            assertEquals(2, store.latest("jongeren").record().version());
            assertEquals("meer subsidie", store.latest("jongeren").record().message());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusalsChangeNothing(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Store store = db.store();
            store.create(Documents.model("a", "A"), "ana", "m");
            assertEquals(StoreException.Kind.EXISTS, assertThrows(StoreException.class,
                    () -> store.create(Documents.model("a", "A2"), "bob", "m")).kind());
            assertEquals(StoreException.Kind.STALE, assertThrows(StoreException.class,
                    () -> store.revise("a", 2, Documents.model("a", "A3"), "ana", "m")).kind());
            assertEquals(StoreException.Kind.CONFLICT, assertThrows(StoreException.class,
                    () -> store.revise("a", 1, Documents.model("b", "B"), "ana", "m")).kind());
            assertEquals(StoreException.Kind.NOT_FOUND, assertThrows(StoreException.class,
                    () -> store.revise("zz", 1, Documents.model("zz", "Z"), "ana", "m")).kind());
            for (String bad : List.of("not json", "[1,2]", "{\"format\":\"x/1\",\"id\":\"a\"}",
                    "{\"format\":\"sroi-model/1\",\"id\":\"a'; DROP TABLE versions; --\"}",
                    "{\"format\":\"sroi-model/1\",\"id\":\"../etc\"}", "{\"format\":\"sroi-model/1\"}")) {
                assertEquals(StoreException.Kind.BAD_DOCUMENT, assertThrows(StoreException.class,
                        () -> store.revise("a", 1, bad.getBytes(StandardCharsets.UTF_8), "ana", "m")).kind(), bad);
            }
            assertEquals(1, store.versions("a").size());
            assertEquals("A", store.latest("a").record().title());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anInvalidDraftIsKeptWithItsProblemsButCannotBeAdopted(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Store store = db.store();
            VersionRecord draft = store.create(Documents.invalid("kladje", "Kladje"), "ana", "nog niet af");
            assertFalse(draft.valid());
            assertNull(draft.resultHash());
            assertTrue(draft.problems().contains("/discounting/rate"), draft.problems());
            assertNull(store.version("kladje", 1).result());
            assertEquals(StoreException.Kind.CONFLICT, assertThrows(StoreException.class,
                    () -> store.adopt("kladje", 1, "admin", "vastgesteld")).kind());
            store.revise("kladje", 1, Documents.model("kladje", "Kladje"), "ana", "af");
            VersionRecord adopted = store.adopt("kladje", 2, "admin", "vastgesteld door het bestuur");
            assertTrue(adopted.adopted());
            assertEquals(StoreException.Kind.CONFLICT, assertThrows(StoreException.class,
                    () -> store.adopt("kladje", 2, "admin", "nog eens")).kind());
            AnalysisSummary listed = store.analysis("kladje").orElseThrow();
            assertEquals(2, listed.adopted().version());
            assertEquals(2, listed.latest().version());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theDatabaseRefusesToChangeOrRemoveAVersion(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Store store = db.store();
            store.create(Documents.model("vast", "Vast"), "ana", "m");
            store.adopt("vast", 1, "admin", "vastgesteld");
            JdbcConnectionPool pool = db.pool();
            for (String sql : List.of("UPDATE versions SET message = 'anders'", "DELETE FROM versions",
                    "UPDATE adoptions SET message = 'anders'", "DELETE FROM adoptions", "DELETE FROM audit",
                    "UPDATE audit SET actor = 'x'")) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                    assertTrue(String.valueOf(e.getMessage()).contains("append-only"), e.getMessage());
                }
            }
            if (db.isPostgres()) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    assertThrows(SQLException.class, () -> s.execute("TRUNCATE versions CASCADE"));
                }
            }
            assertEquals("m", store.version("vast", 1).record().message());
            assertTrue(store.version("vast", 1).record().adopted());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void ofWritersOnTheSameVersionExactlyOneWins(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            // each writer its own pool: on PostgreSQL as separate processes would be
            int writers = 8;
            List<Store> stores = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                stores.add(db.store());
            }
            stores.get(0).create(Documents.model("race", "Race"), "ana", "m");
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                for (int round = 1; round <= 5; round++) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Boolean>> results = new ArrayList<>();
                    for (int w = 0; w < writers; w++) {
                        Store store = stores.get(w);
                        int expected = round;
                        long amount = 10000 + round * 100L + w;
                        Callable<Boolean> write = () -> {
                            start.await();
                            try {
                                return store.revise("race", expected, Documents.model("race", "Race", amount),
                                        "w", "m").created();
                            } catch (StoreException e) {
                                assertEquals(StoreException.Kind.STALE, e.kind());
                                return false;
                            }
                        };
                        results.add(pool.submit(write));
                    }
                    start.countDown();
                    int won = 0;
                    for (Future<Boolean> f : results) {
                        won += f.get() ? 1 : 0;
                    }
                    assertEquals(1, won, "round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(List.of(1, 2, 3, 4, 5, 6), stores.get(0).versions("race").stream()
                    .map(VersionRecord::version).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theListingFiltersByThemeLineMunicipalityStateAndWords(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Store store = db.store();
            store.create(Documents.withPortfolio("schulden", "bestaanszekerheid", "hengelo", "enschede"), "ana", "m");
            store.create(Documents.withPortfolio("eenzaam", "ouderen", "almelo"), "ana", "m");
            store.create(Documents.model("los", "Los 100%_project"), "ana", "m");
            store.archive("eenzaam", true, "admin");
            assertEquals(List.of("schulden"), ids(store.list(new Listing.Filter("bestaanszekerheid", null, null, null))));
            assertEquals(List.of("schulden"), ids(store.list(new Listing.Filter(null, "enschede", null, null))));
            assertEquals(List.of(), ids(store.list(new Listing.Filter(null, "ensch", null, null))));
            assertEquals(List.of("eenzaam"), ids(store.list(new Listing.Filter(null, null, "archived", null))));
            assertEquals(List.of("los", "schulden"), ids(store.list(new Listing.Filter(null, null, "active", null))));
            assertEquals(List.of("los"), ids(store.list(new Listing.Filter(null, null, null, "100%_"))));
            assertEquals(List.of("eenzaam", "los", "schulden"), ids(store.list(new Listing.Filter(null, null, null, null))));
            AnalysisSummary s = store.analysis("schulden").orElseThrow();
            assertEquals(List.of("hengelo", "enschede"), s.municipalities());
            assertEquals("bestaanszekerheid", s.themeLine());
            assertEquals(StoreException.Kind.CONFLICT, assertThrows(StoreException.class,
                    () -> store.revise("eenzaam", 1, Documents.model("eenzaam", "X"), "ana", "m")).kind());
            store.archive("eenzaam", false, "admin");
            assertTrue(store.revise("eenzaam", 1, Documents.model("eenzaam", "X"), "ana", "m").created());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void tokensAreRandomStoredHashedAndRevocable(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Store store = db.store();
            String token = store.accounts().add("ana", Role.ANALYST, "cli");
            String other = store.accounts().add("bob", Role.READER, "cli");
            assertNotEquals(token, other);
            // 32 random bytes in base64url without padding: 43 characters after the prefix
            assertTrue(token.matches("sroi_[A-Za-z0-9_-]{43}"), token);
            assertEquals("ana", store.accounts().authenticate(token).orElseThrow().name());
            assertTrue(store.accounts().authenticate(token + "x").isEmpty());
            assertEquals(StoreException.Kind.EXISTS, assertThrows(StoreException.class,
                    () -> store.accounts().add("ana", Role.ADMIN, "cli")).kind());
            try (Connection c = db.pool().getConnection(); Statement s = c.createStatement();
                 var r = s.executeQuery("SELECT token_hash FROM users WHERE name = 'ana'")) {
                r.next();
                assertEquals(Accounts.tokenHash(token), r.getString(1));
                assertFalse(r.getString(1).contains(token.substring(5)));
            }
            store.accounts().revoke("ana", "cli");
            assertTrue(store.accounts().authenticate(token).isEmpty());
            assertEquals(List.of("ana", "bob"), store.accounts().users().stream().map(User::name).toList());
            assertEquals(List.of("user.add", "user.add", "user.revoke"), store.accounts().audit(null, "cli", null, 100)
                    .stream().map(AuditEntry::action).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aSchemaNewerThanTheProgramKnowsIsRefused(String kind) throws SQLException {
        try (TestDatabase db = TestDatabase.of(kind)) {
            db.store();
            JdbcConnectionPool pool = db.pool();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                        + "checksum, installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', "
                        + "'SQL', 'V99__future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, TRUE)");
            }
            StoreException e = assertThrows(StoreException.class, () -> Store.open(pool));
            assertEquals(StoreException.Kind.SCHEMA_TOO_NEW, e.kind());
            assertEquals(List.of("99", Databases.SCHEMA_VERSION), e.args());
        }
    }

    private static List<String> ids(List<AnalysisSummary> list) {
        return list.stream().map(AnalysisSummary::id).toList();
    }
}
