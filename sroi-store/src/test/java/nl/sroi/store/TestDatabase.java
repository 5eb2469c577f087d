package nl.sroi.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The databases every store test runs on: H2 always; PostgreSQL when {@code SROI_TEST_PG_URL} is set (with
 * {@code SROI_TEST_PG_USER} and {@code SROI_TEST_PG_PASSWORD}), each test in a schema of its own. With
 * {@code CI=true} and no URL, the PostgreSQL case is still there and fails: CI must never pass without it.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_URL = System.getenv("SROI_TEST_PG_URL");
    public static final String PG_USER = System.getenv("SROI_TEST_PG_USER");
    public static final String PG_PASSWORD = System.getenv("SROI_TEST_PG_PASSWORD");

    private final String kind;
    private Path folder;
    private String schema;
    private final List<JdbcConnectionPool> pools = new ArrayList<>();

    private TestDatabase(String kind) {
        this.kind = kind;
    }

    /** The kinds to run on: {@code h2}, and {@code postgresql} when given or in CI. */
    public static Stream<String> kinds() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        return PG_URL != null || ci ? Stream.of("h2", "postgresql") : Stream.of("h2");
    }

    /** A new, empty database of this kind. */
    public static TestDatabase of(String kind) {
        TestDatabase db = new TestDatabase(kind);
        try {
            if (kind.equals("h2")) {
                db.folder = Files.createTempDirectory("sroi-store-test");
            } else {
                if (PG_URL == null) {
                    throw new IllegalStateException("CI=true but SROI_TEST_PG_URL is not set: the store tests must "
                            + "run on PostgreSQL in CI (.ci/run starts it)");
                }
                db.schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                JdbcConnectionPool admin = Databases.postgres(PG_URL, PG_USER, PG_PASSWORD);
                try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA " + db.schema);
                } finally {
                    admin.dispose();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_URL + " is not reachable: " + e.getMessage(), e);
        }
        return db;
    }

    /** The H2 folder, or null. */
    public Path folder() {
        return folder;
    }

    /** The JDBC URL of this database. */
    public String url() {
        return folder != null ? Databases.h2Url(folder)
                : PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A new pool of connections (another "process" of the same database). */
    public JdbcConnectionPool pool() {
        JdbcConnectionPool pool = folder != null ? Databases.h2(folder)
                : Databases.postgres(url(), PG_USER, PG_PASSWORD);
        pools.add(pool);
        return pool;
    }

    /** A migrated store over a new pool. */
    public Store store() {
        return Store.open(pool());
    }

    public boolean isPostgres() {
        return folder == null;
    }

    @Override
    public String toString() {
        return kind;
    }

    @Override
    public void close() {
        pools.forEach(JdbcConnectionPool::dispose);
        try {
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } else {
                JdbcConnectionPool admin = Databases.postgres(PG_URL, PG_USER, PG_PASSWORD);
                try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                } finally {
                    admin.dispose();
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not clean up " + kind, e);
        }
    }
}
