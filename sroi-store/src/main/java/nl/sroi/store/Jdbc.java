package nl.sroi.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** One transaction at a time, and the database's errors as the store's kinds. */
final class Jdbc {

    /** Work inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    static <T> T transaction(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs read-only work on a connection of its own. */
    static <T> T read(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction with it
        }
    }

    /** Whether the error is a unique key taken (23505) or a write that lost a race on a row (40001, H2's 90131). */
    static boolean lostRace(SQLException e) {
        String state = e.getSQLState();
        return "23505".equals(state) || "40001".equals(state) || e.getErrorCode() == 90131;
    }

    /** A database error as the store's kind: the database unreachable, the embedded file in use, or a fault. */
    static StoreException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e.getErrorCode() == 90020) { // H2: DATABASE_ALREADY_OPEN, the file is locked by another process
            return new StoreException(StoreException.Kind.IN_USE, "inUse", e);
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                || e.getErrorCode() == 90098 || e.getErrorCode() == 90121) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "unavailable", e);
        }
        if (e.getCause() instanceof java.net.ConnectException || e.getMessage() != null
                && e.getMessage().contains("Connection refused")) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "unavailable", e);
        }
        throw new IllegalStateException("database error " + state + " (" + e.getErrorCode() + ")", e);
    }
}
