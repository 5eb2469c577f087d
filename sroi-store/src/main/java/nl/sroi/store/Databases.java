package nl.sroi.store;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

import nl.sroi.store.migration.V2__Append_only;

/**
 * Where a store lives: the embedded H2 file of a data folder, or a PostgreSQL database; and its schema, created and
 * migrated by Flyway with the same migrations for both.
 */
public final class Databases {

    /** The latest schema version this program knows. */
    public static final String SCHEMA_VERSION = "2";
    /** Connections kept open at most: to the embedded store (cheap, in-process), and to PostgreSQL (per process). */
    static final int MAX_CONNECTIONS = 32;
    static final int MAX_POSTGRES_CONNECTIONS = 16;

    private Databases() {
    }

    /**
     * The JDBC URL of the embedded store in a folder. {@code WRITE_DELAY=0}: H2's MVStore otherwise writes committed
     * changes to its file in the background (after up to half a second) and a process killed in between loses
     * them; with 0 every commit is written to the file before the commit returns, so a version acknowledged
     * survives {@code kill -9} of the process (it lives in the operating system's cache from then on; a power cut
     * is the file system's and the disk's concern).
     *
     * @param folder the data folder
     * @return the URL
     */
    public static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("sroi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    /**
     * A pool of connections to the embedded store in a folder (created when missing).
     *
     * @param folder the data folder
     * @return the pool; close it ({@link JdbcConnectionPool#dispose()}) to close the database
     */
    public static JdbcConnectionPool h2(Path folder) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(h2Url(folder));
        ds.setUser("sroi");
        ds.setPassword("");
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(MAX_CONNECTIONS);
        pool.setLoginTimeout(10);
        return pool;
    }

    /**
     * A pool of connections to a PostgreSQL database.
     *
     * @param url      {@code jdbc:postgresql://HOST:PORT/DB}
     * @param user     the user, or null
     * @param password the password, or null (never logged)
     * @return the pool
     */
    public static JdbcConnectionPool postgres(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB)");
        }
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setURL(url);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setConnectTimeout(5);
        ds.setSocketTimeout(60);
        ds.setLoginTimeout(5);
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(MAX_POSTGRES_CONNECTIONS);
        pool.setLoginTimeout(10);
        return pool;
    }

    /**
     * Creates or migrates the schema; refuses a database whose schema is newer than this program knows.
     *
     * @param ds the database
     * @throws StoreException {@link StoreException.Kind#SCHEMA_TOO_NEW}, {@link StoreException.Kind#UNAVAILABLE} or
     *                        {@link StoreException.Kind#IN_USE}
     */
    public static void migrate(DataSource ds) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(new V2__Append_only()).loggers("slf4j").load();
        try {
            MigrationInfo[] applied = flyway.info().applied();
            MigrationVersion known = MigrationVersion.fromVersion(SCHEMA_VERSION);
            for (MigrationInfo m : applied) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED
                        || m.getVersion() != null && m.getVersion().isNewerThan(known.getVersion())) {
                    throw new StoreException(StoreException.Kind.SCHEMA_TOO_NEW, null, "schemaTooNew",
                            m.getVersion().getVersion(), SCHEMA_VERSION);
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql) {
                    throw Jdbc.translate(sql);
                }
            }
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "unavailable", e);
        }
    }
}
