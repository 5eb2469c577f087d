package nl.sroi.store;

import java.util.Arrays;
import java.util.List;

/**
 * An expected refusal of the store, of a kind the service maps to an HTTP status and the command line to an exit
 * status. The sentence a person reads is the caller's keyed template {@code store.KEY} in Dutch and English,
 * filled with the arguments; {@link #getMessage()} is for logs and embedders only.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No such analysis, version or user. */
        NOT_FOUND,
        /** The id or name is taken. */
        EXISTS,
        /** The version the writer started from is no longer the latest. */
        STALE,
        /** The request does not fit the analysis's state (archived; adopting an invalid or adopted version). */
        CONFLICT,
        /** The document cannot be kept at all (not JSON, an unknown format, no valid id). */
        BAD_DOCUMENT,
        /** A dump that does not check out, or a store that is not empty to import into. */
        BAD_DUMP,
        /** The database cannot be reached. */
        UNAVAILABLE,
        /** The database's schema is newer than this program knows. */
        SCHEMA_TOO_NEW,
        /** The embedded database is in use by another process. */
        IN_USE
    }

    private final Kind kind;
    private final String pointer;
    private final String key;
    private final transient List<Object> args;

    /**
     * A refusal.
     *
     * @param kind    what went wrong
     * @param pointer the JSON Pointer or parameter at fault, or null
     * @param key     the template's key after {@code store.}
     * @param args    the template's arguments
     */
    public StoreException(Kind kind, String pointer, String key, Object... args) {
        super(kind + " " + key + " " + Arrays.toString(args), null, false, false);
        this.kind = kind;
        this.pointer = pointer;
        this.key = key;
        this.args = List.of(args);
    }

    /** With the database's own error as the cause (kept for the log, never shown to a client). */
    StoreException(Kind kind, String key, Throwable cause) {
        super(kind + " " + key, cause);
        this.kind = kind;
        this.pointer = null;
        this.key = key;
        this.args = List.of();
    }

    public Kind kind() {
        return kind;
    }

    public String pointer() {
        return pointer;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
