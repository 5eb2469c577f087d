package nl.sroi.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The analysis store (store.md): analyses with their immutable versions, adoptions and an audit log, over any
 * {@link DataSource} of H2 ({@code MODE=PostgreSQL}) or PostgreSQL whose schema {@link Databases#migrate} made.
 * Every write is one transaction; a version's number is the analysis's latest plus one, taken under the
 * analysis row's lock, and the (analysis, version) key is unique, so of writers on the same version exactly one
 * wins and numbers have no gaps, also across processes on one PostgreSQL. Thread-safe.
 */
public final class Store {

    static final String VERSION_COLUMNS = "analysis_id, version, hash, author, message, created_at, engine, format, "
            + "title, theme_line, municipalities, valid, problems, result_hash, present_value, inputs_value, ratio";
    /** The same columns of the version aliased {@code v}, for queries that join another table. */
    static final String SELECTED = "v." + VERSION_COLUMNS.replace(", ", ", v.");
    /** The columns of a {@link VersionRecord}: the version's, then whether it is adopted (a count of adoptions). */
    static final String RECORD = "SELECT " + SELECTED + ", (SELECT COUNT(*) FROM adoptions a "
            + "WHERE a.analysis_id = v.analysis_id AND a.version = v.version)";

    private final DataSource ds;
    private final Accounts accounts;

    /**
     * A store over a database whose schema is migrated ({@link Databases#migrate}).
     *
     * @param ds the database
     */
    public Store(DataSource ds) {
        this.ds = ds;
        this.accounts = new Accounts(ds);
    }

    /**
     * Migrates the database and opens the store over it.
     *
     * @param ds the database
     * @return the store
     */
    public static Store open(DataSource ds) {
        Databases.migrate(ds);
        return new Store(ds);
    }

    /** Users, tokens and the audit log. */
    public Accounts accounts() {
        return accounts;
    }

    DataSource dataSource() {
        return ds;
    }

    /** The time now, as stored: UTC, to the millisecond. */
    static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    /**
     * Creates an analysis with its first version.
     *
     * @param document the document as received
     * @param author   who
     * @param message  why
     * @return version 1
     * @throws StoreException {@code EXISTS} when the id is taken, {@code BAD_DOCUMENT} (also an evaluation whose
     *                        {@code basedOn} names no adopted forecast of the store: {@link Forecasts})
     */
    public VersionRecord create(byte[] document, String author, String message) {
        Evaluation e = Evaluation.of(document);
        Forecasts.BasedOn basedOn = basedOn(document, e.format());
        String text = new String(document, StandardCharsets.UTF_8);
        OffsetDateTime at = now();
        try {
            return Jdbc.transaction(ds, c -> {
                Forecasts.check(c, basedOn);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO analyses (id, state, latest, created_at, "
                        + "format, title, theme_line, municipalities) VALUES (?, 'active', 1, ?, ?, ?, ?, ?)")) {
                    s.setString(1, e.id());
                    s.setObject(2, at);
                    s.setString(3, e.format());
                    s.setString(4, e.title());
                    s.setString(5, e.themeLine());
                    s.setString(6, joined(e.municipalities()));
                    s.executeUpdate();
                }
                insertVersion(c, e, 1, text, author, message, at);
                Accounts.audit(c, at, author, "create", e.id(), 1, message);
                return record(c, e.id(), 1);
            });
        } catch (IllegalStateException ex) {
            if (ex.getCause() instanceof SQLException sql && Jdbc.lostRace(sql)) {
                throw new StoreException(StoreException.Kind.EXISTS, "/id", "exists", e.id());
            }
            throw ex;
        }
    }

    /**
     * Saves a new version on top of version {@code expected}.
     *
     * @param id       the analysis
     * @param expected the version the writer started from (its If-Match)
     * @param document the new document
     * @param author   who
     * @param message  why
     * @return the new version, or the latest when its content is the same
     * @throws StoreException {@code NOT_FOUND}, {@code STALE}, {@code CONFLICT} (archived, another id),
     *                        {@code BAD_DOCUMENT} (also a {@code basedOn} that names no adopted forecast)
     */
    public Saved revise(String id, int expected, byte[] document, String author, String message) {
        Evaluation e = Evaluation.of(document);
        if (!e.id().equals(id)) {
            throw new StoreException(StoreException.Kind.CONFLICT, e.format().equals(Evaluation.FORMATS.get(0))
                    ? "/id" : "/model/id", "otherId", e.id(), id);
        }
        Forecasts.BasedOn basedOn = basedOn(document, e.format());
        String text = new String(document, StandardCharsets.UTF_8);
        OffsetDateTime at = now();
        try {
            return Jdbc.transaction(ds, c -> {
                int latest = latest(c, id, true);
                if (latest != expected) {
                    throw new StoreException(StoreException.Kind.STALE, null, "stale", expected, latest);
                }
                Forecasts.check(c, basedOn);
                VersionRecord current = record(c, id, latest);
                if (current.hash().equals(e.hash())) {
                    return new Saved(current, false);
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE analyses SET latest = ?, format = ?, title = ?, "
                        + "theme_line = ?, municipalities = ? WHERE id = ? AND latest = ? AND state = 'active'")) {
                    s.setInt(1, expected + 1);
                    s.setString(2, e.format());
                    s.setString(3, e.title());
                    s.setString(4, e.themeLine());
                    s.setString(5, joined(e.municipalities()));
                    s.setString(6, id);
                    s.setInt(7, expected);
                    if (s.executeUpdate() != 1) { // another writer took the row's lock first and moved it on
                        throw new StoreException(StoreException.Kind.STALE, null, "stale", expected, expected + 1);
                    }
                }
                insertVersion(c, e, expected + 1, text, author, message, at);
                Accounts.audit(c, at, author, "revise", id, expected + 1, message);
                return new Saved(record(c, id, expected + 1), true);
            });
        } catch (IllegalStateException ex) {
            if (ex.getCause() instanceof SQLException sql && Jdbc.lostRace(sql)) {
                throw new StoreException(StoreException.Kind.STALE, null, "stale", expected, expected + 1);
            }
            throw ex;
        }
    }

    /** What a document's evaluation names in {@code basedOn}, or null (the document was read once: it parses). */
    private static Forecasts.BasedOn basedOn(byte[] document, String format) {
        return Forecasts.of(Canonical.parse(document), format.equals(Evaluation.FORMATS.get(0)) ? "" : "/model");
    }

    /**
     * The adopted forecast a stored evaluation names in {@code basedOn} (checked when it was saved).
     *
     * @param version a stored version
     * @return the forecast's version, or empty when the version is not an evaluation naming one
     */
    public Optional<StoredVersion> forecast(StoredVersion version) {
        Forecasts.BasedOn b = basedOn(version.document().getBytes(StandardCharsets.UTF_8), version.record().format());
        return b == null ? Optional.empty() : Optional.of(version(b.analysis(), b.version()));
    }

    /** The latest version number; with {@code active}, refused for an archived analysis. */
    private static int latest(Connection c, String id, boolean active) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT latest, state FROM analyses WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException(StoreException.Kind.NOT_FOUND, null, "noAnalysis", id);
                }
                if (active && r.getString(2).equals("archived")) {
                    throw new StoreException(StoreException.Kind.CONFLICT, null, "archived", id);
                }
                return r.getInt(1);
            }
        }
    }

    private static void insertVersion(Connection c, Evaluation e, int version, String document, String author,
                                      String message, OffsetDateTime at) throws SQLException {
        insertVersion(c, new VersionRecord(e.id(), version, e.hash(), author, message, at.toInstant(),
                Evaluation.ENGINE, e.format(), e.title(), e.themeLine(), e.municipalities(), e.valid(), e.problems(),
                e.resultHash(), e.presentValue(), e.inputsValue(), e.ratio(), false), document, e.result());
    }

    /** Inserts a version row as given (also the import of a dump, which keeps its records). */
    static void insertVersion(Connection c, VersionRecord v, String document, String result) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO versions (" + VERSION_COLUMNS
                + ", document, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, v.analysis());
            s.setInt(2, v.version());
            s.setString(3, v.hash());
            s.setString(4, v.author());
            s.setString(5, v.message());
            s.setObject(6, v.createdAt().atOffset(ZoneOffset.UTC));
            s.setString(7, v.engine());
            s.setString(8, v.format());
            s.setString(9, v.title());
            s.setString(10, v.themeLine());
            s.setString(11, joined(v.municipalities()));
            s.setBoolean(12, v.valid());
            s.setString(13, v.problems());
            s.setString(14, v.resultHash());
            s.setBigDecimal(15, v.presentValue());
            s.setBigDecimal(16, v.inputsValue());
            if (v.ratio() == null) {
                s.setNull(17, java.sql.Types.DOUBLE);
            } else {
                s.setDouble(17, v.ratio());
            }
            s.setString(18, document);
            s.setString(19, result);
            s.executeUpdate();
        }
    }

    /** Municipality ids as stored, {@code |a|b|}, so that a filter matches a whole id. */
    static String joined(List<String> ids) {
        return ids.isEmpty() ? "" : "|" + String.join("|", ids) + "|";
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : List.copyOf(Arrays.asList(joined.substring(1, joined.length() - 1).split("\\|")));
    }

    private static VersionRecord record(Connection c, String id, int version) throws SQLException {
        return stored(c, id, version, false).record();
    }

    static VersionRecord record(ResultSet r) throws SQLException {
        double ratio = r.getDouble(17);
        Double boxed = r.wasNull() ? null : ratio;
        return new VersionRecord(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5),
                r.getObject(6, OffsetDateTime.class).toInstant(), r.getString(7), r.getString(8), r.getString(9),
                r.getString(10), split(r.getString(11)), r.getBoolean(12), r.getString(13), r.getString(14),
                r.getBigDecimal(15), r.getBigDecimal(16), boxed, r.getLong(18) > 0);
    }

    /**
     * The latest version with its document: one query.
     *
     * @param id the analysis
     * @return the latest version
     */
    public StoredVersion latest(String id) {
        return Jdbc.read(ds, c -> {
            try (PreparedStatement s = c.prepareStatement(RECORD + ", document, result FROM analyses n "
                    + "JOIN versions v ON v.analysis_id = n.id AND v.version = n.latest WHERE n.id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new StoreException(StoreException.Kind.NOT_FOUND, null, "noAnalysis", id);
                    }
                    return new StoredVersion(record(r), r.getString(19), r.getString(20));
                }
            }
        });
    }

    /**
     * One version with its document and result.
     *
     * @param id      the analysis
     * @param version the version
     * @return the version
     */
    public StoredVersion version(String id, int version) {
        return Jdbc.read(ds, c -> {
            latest(c, id, false);
            return stored(c, id, version);
        });
    }

    private static StoredVersion stored(Connection c, String id, int version) throws SQLException {
        return stored(c, id, version, true);
    }

    /** One version; with its document and result only when asked for (they are its large columns). */
    private static StoredVersion stored(Connection c, String id, int version, boolean documents) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(RECORD + (documents ? ", v.document, v.result" : "")
                + " FROM versions v WHERE analysis_id = ? AND version = ?")) {
            s.setString(1, id);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException(StoreException.Kind.NOT_FOUND, null, "noVersion", id, version);
                }
                return documents ? new StoredVersion(record(r), r.getString(19), r.getString(20))
                        : new StoredVersion(record(r), null, null);
            }
        }
    }

    /**
     * Every version of an analysis, oldest first.
     *
     * @param id the analysis
     * @return the versions
     */
    public List<VersionRecord> versions(String id) {
        return Jdbc.read(ds, c -> {
            latest(c, id, false);
            return versions(c, id);
        });
    }

    static List<VersionRecord> versions(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(RECORD
                + " FROM versions v WHERE analysis_id = ? ORDER BY version")) {
            s.setString(1, id);
            List<VersionRecord> all = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(record(r));
                }
            }
            return all;
        }
    }

    /**
     * Adopts a valid version (admin).
     *
     * @param id      the analysis
     * @param version the version
     * @param author  who
     * @param message why
     * @return the version, now adopted
     * @throws StoreException {@code NOT_FOUND}, {@code CONFLICT} (invalid, already adopted, archived)
     */
    public VersionRecord adopt(String id, int version, String author, String message) {
        OffsetDateTime at = now();
        try {
            return Jdbc.transaction(ds, c -> {
                latest(c, id, true);
                VersionRecord v = record(c, id, version);
                if (!v.valid()) {
                    throw new StoreException(StoreException.Kind.CONFLICT, "/version", "adoptInvalid", id, version);
                }
                if (v.adopted()) {
                    throw new StoreException(StoreException.Kind.CONFLICT, "/version", "adoptedAlready", id, version);
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO adoptions (analysis_id, version, author, "
                        + "message, adopted_at) VALUES (?, ?, ?, ?, ?)")) {
                    s.setString(1, id);
                    s.setInt(2, version);
                    s.setString(3, author);
                    s.setString(4, message);
                    s.setObject(5, at);
                    s.executeUpdate();
                }
                Accounts.audit(c, at, author, "adopt", id, version, message);
                return record(c, id, version);
            });
        } catch (IllegalStateException ex) {
            if (ex.getCause() instanceof SQLException sql && Jdbc.lostRace(sql)) {
                throw new StoreException(StoreException.Kind.CONFLICT, "/version", "adoptedAlready", id, version);
            }
            throw ex;
        }
    }

    /**
     * Archives ({@code archived} true) or restores an analysis (admin). Nothing is deleted.
     *
     * @param id       the analysis
     * @param archived the new state
     * @param author   who
     * @return the analysis in the listing's form
     */
    public AnalysisSummary archive(String id, boolean archived, String author) {
        OffsetDateTime at = now();
        Jdbc.transaction(ds, c -> {
            latest(c, id, false);
            try (PreparedStatement s = c.prepareStatement("UPDATE analyses SET state = ? WHERE id = ?")) {
                s.setString(1, archived ? "archived" : "active");
                s.setString(2, id);
                s.executeUpdate();
            }
            Accounts.audit(c, at, author, archived ? "archive" : "restore", id, null, "");
            return null;
        });
        return analysis(id).orElseThrow();
    }

    /**
     * One analysis in the listing's form.
     *
     * @param id the analysis
     * @return it, or empty
     */
    public Optional<AnalysisSummary> analysis(String id) {
        List<AnalysisSummary> one = Listing.list(ds, new Listing.Filter(null, null, null, null), id);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /**
     * The analyses, filtered: each filter null means any.
     *
     * @param filter the theme line, municipality, state and words of the id or title
     * @return the analyses by id
     */
    public List<AnalysisSummary> list(Listing.Filter filter) {
        return Listing.list(ds, filter, null);
    }

    /** Whether the store holds no analysis and no user (an import of a dump needs that). */
    public boolean isEmpty() {
        return Jdbc.read(ds, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT (SELECT COUNT(*) FROM analyses) + (SELECT COUNT(*) FROM users)");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 0;
            }
        });
    }

    /** Whether the database answers now. */
    public boolean reachable() {
        try {
            return Jdbc.read(ds, c -> c.isValid(2));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
