package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.store.Databases;
import nl.sroi.store.Documents;
import nl.sroi.store.HoldStore;
import nl.sroi.store.Store;
import nl.sroi.store.TestDatabase;

/** The store's command line: users, import, export, import-dump (H2 to each database), verify. */
class StoreCliTest {

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void usersImportExportImportDumpAndVerify(String kind, @TempDir Path dir) throws Exception {
        try (TestDatabase target = TestDatabase.of(kind)) {
            Map<String, String> env = Map.of("SROI_STORE", dir.resolve("data").toString());
            Run added = run(env, "users", "add", "ana", "--role", "analyst");
            assertEquals(0, added.status(), added.err());
            String token = added.lines().get(added.lines().size() - 1);
            assertTrue(token.matches("sroi_[A-Za-z0-9_-]{43}"), "the token alone on the last line: " + added.out());
            Run twice = run(env, "users", "add", "ana", "--role", "admin");
            assertEquals(1, twice.status());
            assertTrue(twice.err().contains("user \"ana\" exists"), twice.err());
            Run bad = run(env, "users", "add", "bob", "--role", "boss");
            assertEquals(1, bad.status());
            assertTrue(bad.err().contains("reader, analyst or admin"), bad.err());
            assertTrue(run(env, "users", "list").out().startsWith("ana\tanalyst\t"));

            Path model = dir.resolve("model.json");
            Files.write(model, Documents.bundled("jongeren-en-schulden.json"));
            Run imported = run(env, "store", "import", model.toString(), "--message", "uit de map", "--as", "ana");
            assertEquals(0, imported.status(), imported.err());
            assertTrue(imported.out().contains("version 1 of \"jongeren-en-schulden\""), imported.out());
            assertTrue(run(env, "store", "import", model.toString(), "--message", "nog eens").out().contains("unchanged"));
            Files.write(model, Documents.bundled("scenarios/jongeren-en-schulden-lokaal.json"));
            assertTrue(run(env, "store", "import", model.toString(), "--message", "scenario's", "--lang", "nl").out()
                    .contains("versie 2"));
            Run verified = run(env, "store", "verify");
            assertEquals(0, verified.status(), verified.err());
            assertTrue(verified.out().contains("2 of 2 valid versions reproduce"), verified.out());

            Path dump = dir.resolve("dump");
            assertEquals(0, run(env, "store", "export", dump.toString()).status());
            assertTrue(Files.exists(dump.resolve("manifest.json")));
            Map<String, String> to = new HashMap<>();
            if (target.isPostgres()) {
                to.put("SROI_DB_URL", target.url());
                to.put("SROI_DB_USER", TestDatabase.PG_USER);
                to.put("SROI_DB_PASSWORD", TestDatabase.PG_PASSWORD);
            } else {
                to.put("SROI_STORE", target.folder().toString());
            }
            Run read = run(to, "store", "import-dump", dump.toString());
            assertEquals(0, read.status(), read.err());
            assertTrue(read.out().contains("2 version(s)"), read.out());
            Run again = run(to, "store", "verify");
            assertEquals(0, again.status(), again.err());
            assertEquals(1, run(to, "store", "import-dump", dump.toString()).status(), "only into an empty store");
            JdbcConnectionPool h2 = Databases.h2(dir.resolve("data"));
            JdbcConnectionPool other = target.pool();
            Store from = new Store(h2);
            Store into = new Store(other);
            assertEquals(from.versions("jongeren-en-schulden"), into.versions("jongeren-en-schulden"));
            h2.dispose();
            assertEquals(0, run(to, "users", "revoke", "ana").status());
            assertTrue(into.accounts().authenticate(token).isEmpty());
            assertFalse(String.join("", List.of(read.out(), read.err(), again.out())).contains(String.valueOf(
                    TestDatabase.PG_PASSWORD).equals("null") ? "\u0000" : TestDatabase.PG_PASSWORD), "no password");
        }
    }

    @Test
    void aBrokenHashIsFoundByVerify(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("SROI_STORE", dir.toString());
        Path model = dir.resolve("m.json");
        Files.write(model, Documents.model("a", "A"));
        assertEquals(0, run(env, "store", "import", model.toString(), "--message", "m").status());
        // a change behind the store's back: the trigger refuses UPDATE, so drop it as an attacker with DDL rights would
        JdbcConnectionPool pool = Databases.h2(dir);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER versions_append_only");
            s.executeUpdate("UPDATE versions SET document = REPLACE(document, '10000', '10001')");
        }
        pool.dispose();
        Run verify = run(env, "store", "verify");
        assertEquals(2, verify.status());
        assertTrue(verify.err().contains("a 1: document"), verify.err());
    }

    @Test
    void theEmbeddedStoreInUseIsOneLine(@TempDir Path dir) throws Exception {
        Process holder = HoldStore.start(dir);
        try {
            Run r = run(Map.of("SROI_STORE", dir.toString()), "users", "list");
            assertEquals(1, r.status());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("in use by another process"), r.err());
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aSchemaNewerThanKnownStopsTheServiceWithOneLine(@TempDir Path dir) throws Exception {
        JdbcConnectionPool pool = Databases.h2(dir);
        Store.open(pool);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', "
                    + "'SQL', 'V99__future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, TRUE)");
        }
        pool.dispose();
        Run r = run(Map.of(), "serve", "--port", "0", "--store", dir.toString());
        assertEquals(1, r.status());
        List<String> lines = new ArrayList<>(r.err().lines().toList());
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains("schema is version 99"), lines.get(0));
    }
}
