package nl.sroi.store.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Versions, adoptions and the audit log are append-only in the database itself, not only in the code: a trigger
 * refuses every UPDATE and DELETE on them (and, on PostgreSQL, TRUNCATE). H2 writes triggers as Java classes
 * ({@link AppendOnlyTrigger}) and PostgreSQL in PL/pgSQL, so this one migration writes each its own way; the
 * tables themselves are V1, plain SQL that both read alike.
 */
@SuppressWarnings("squid:S101") // Flyway takes the version from the class name
public final class V2__Append_only extends BaseJavaMigration {

    /** The tables nothing may change or remove a row of. */
    public static final List<String> TABLES = List.of("versions", "adoptions", "audit");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
        try (Statement s = c.createStatement()) {
            if (!h2) {
                s.execute("CREATE FUNCTION sroi_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "RAISE EXCEPTION '% on % refused: the table is append-only', TG_OP, TG_TABLE_NAME "
                        + "USING ERRCODE = '" + AppendOnlyTrigger.REFUSED + "'; END $$");
            }
            for (String table : TABLES) {
                if (h2) {
                    s.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                            + " FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
                } else {
                    s.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                            + " FOR EACH ROW EXECUTE FUNCTION sroi_refuse_change()");
                    s.execute("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
                            + " FOR EACH STATEMENT EXECUTE FUNCTION sroi_refuse_change()");
                }
            }
        }
    }
}
