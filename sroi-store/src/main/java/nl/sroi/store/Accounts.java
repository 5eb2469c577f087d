package nl.sroi.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Users with their roles and tokens, and the audit log. A token is 32 random bytes (256 bits) from
 * {@link SecureRandom}, written as {@code sroi_} and base64url; the store keeps only the hex SHA-256 of it, so a copy
 * of the database gives no token.
 */
public final class Accounts {

    /** A user name: 1 to 64 of a-z, 0-9, {@code .}, {@code _} and {@code -}, starting with a letter or digit. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource ds;

    Accounts(DataSource ds) {
        this.ds = ds;
    }

    /** Whether a name follows the rule of user names. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * Adds a user with a new token.
     *
     * @param name  the name
     * @param role  the role
     * @param actor who adds it (for the audit log)
     * @return the token, to be shown once
     * @throws StoreException {@code EXISTS} when the name is taken (also by a revoked user: names are not reused)
     */
    public String add(String name, Role role, String actor) {
        if (!validName(name)) {
            throw new StoreException(StoreException.Kind.BAD_DOCUMENT, "name", "userName", name);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = "sroi_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime at = Store.now();
        try {
            Jdbc.transaction(ds, c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO users (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)")) {
                    s.setString(1, name);
                    s.setString(2, role.code());
                    s.setString(3, tokenHash(token));
                    s.setObject(4, at);
                    s.executeUpdate();
                }
                audit(c, at, actor, "user.add", null, null, name + " " + role.code());
                return null;
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && Jdbc.lostRace(sql)) {
                throw new StoreException(StoreException.Kind.EXISTS, "name", "userExists", name);
            }
            throw e;
        }
        return token;
    }

    /**
     * Revokes a user's token: it authenticates no more.
     *
     * @param name  the user
     * @param actor who revokes it
     */
    public void revoke(String name, String actor) {
        OffsetDateTime at = Store.now();
        Jdbc.transaction(ds, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE users SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
                s.setObject(1, at);
                s.setString(2, name);
                if (s.executeUpdate() != 1) {
                    throw new StoreException(StoreException.Kind.NOT_FOUND, "name", "noUser", name);
                }
            }
            audit(c, at, actor, "user.revoke", null, null, name);
            return null;
        });
    }

    /** Every user, by name. */
    public List<User> users() {
        return Jdbc.read(ds, c -> {
            List<User> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, role, created_at, revoked_at FROM users ORDER BY name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime revoked = r.getObject(4, OffsetDateTime.class);
                    all.add(new User(r.getString(1), Role.of(r.getString(2)).orElseThrow(),
                            r.getObject(3, OffsetDateTime.class).toInstant(),
                            revoked == null ? null : revoked.toInstant()));
                }
            }
            return all;
        });
    }

    /**
     * The user a token belongs to, unless revoked. The lookup is by the token's hash: the time it takes does not
     * depend on how much of a guessed token is right.
     *
     * @param token the bearer token
     * @return the user, or empty
     */
    public Optional<User> authenticate(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String hash = tokenHash(token);
        return Jdbc.read(ds, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, role, created_at FROM users WHERE token_hash = ? AND revoked_at IS NULL")) {
                s.setString(1, hash);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new User(r.getString(1), Role.of(r.getString(2)).orElseThrow(),
                            r.getObject(3, OffsetDateTime.class).toInstant(), null)) : Optional.<User>empty();
                }
            }
        });
    }

    /** The hex SHA-256 of a token, as stored. */
    static String tokenHash(String token) {
        try {
            return Canonical.hex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Writes a line of the audit log on its own (a refused attempt).
     *
     * @param actor   who
     * @param action  what
     * @param detail  the reason
     */
    public void audit(String actor, String action, String detail) {
        OffsetDateTime at = Store.now();
        Jdbc.transaction(ds, c -> {
            audit(c, at, actor, action, null, null, detail);
            return null;
        });
    }

    static void audit(Connection c, OffsetDateTime at, String actor, String action, String analysis, Integer version,
                      String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit (at, actor, action, analysis_id, version, "
                + "detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, at);
            s.setString(2, actor.length() > 100 ? actor.substring(0, 100) : actor);
            s.setString(3, action);
            s.setString(4, analysis);
            if (version == null) {
                s.setNull(5, java.sql.Types.INTEGER);
            } else {
                s.setInt(5, version);
            }
            s.setString(6, detail.length() > 2000 ? detail.substring(0, 2000) : detail);
            s.executeUpdate();
        }
    }

    /**
     * The audit log, oldest first; each filter null means any.
     *
     * @param since    entries at or after this time
     * @param user     entries of this actor
     * @param analysis entries of this analysis
     * @param limit    at most this many
     * @return the entries
     */
    public List<AuditEntry> audit(Instant since, String user, String analysis, int limit) {
        StringBuilder sql = new StringBuilder("SELECT seq, at, actor, action, analysis_id, version, detail FROM audit "
                + "WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (since != null) {
            sql.append(" AND at >= ?");
            args.add(since.atOffset(java.time.ZoneOffset.UTC));
        }
        if (user != null) {
            sql.append(" AND actor = ?");
            args.add(user);
        }
        if (analysis != null) {
            sql.append(" AND analysis_id = ?");
            args.add(analysis);
        }
        sql.append(" ORDER BY seq FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return Jdbc.read(ds, c -> {
            List<AuditEntry> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        int v = r.getInt(6);
                        Integer version = r.wasNull() ? null : v;
                        all.add(new AuditEntry(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(),
                                r.getString(3), r.getString(4), r.getString(5), version, r.getString(7)));
                    }
                }
            }
            return all;
        });
    }
}
