package nl.sroi.store.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2's trigger that refuses every UPDATE and DELETE of a row of an append-only table (see {@link V2__Append_only}). */
public final class AppendOnlyTrigger implements Trigger {

    /** The SQL state of the refusal on both databases: 55000, object not in prerequisite state. */
    public static final String REFUSED = "55000";

    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException((newRow == null ? "DELETE" : "UPDATE") + " on " + table
                + " refused: the table is append-only", REFUSED);
    }
}
