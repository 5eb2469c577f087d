package nl.sroi.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/** The listing of analyses with their latest and adopted versions, filtered in SQL. */
public final class Listing {

    /**
     * What to list; null means any.
     *
     * @param themeLine    analyses of this theme line
     * @param municipality analyses covering this municipality id
     * @param state        {@code active} or {@code archived}
     * @param words        text the id or title contains (case-insensitive)
     */
    public record Filter(String themeLine, String municipality, String state, String words) {
    }

    private Listing() {
    }

    static List<AnalysisSummary> list(DataSource ds, Filter f, String id) {
        StringBuilder sql = new StringBuilder("SELECT id, title, theme_line, municipalities, state, latest FROM "
                + "analyses WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (id != null) {
            sql.append(" AND id = ?");
            args.add(id);
        }
        if (f.themeLine() != null) {
            sql.append(" AND theme_line = ?");
            args.add(f.themeLine());
        }
        if (f.municipality() != null) {
            sql.append(" AND municipalities LIKE ? ESCAPE '!'");
            args.add("%|" + escaped(f.municipality()) + "|%");
        }
        if (f.state() != null) {
            sql.append(" AND state = ?");
            args.add(f.state());
        }
        if (f.words() != null) {
            sql.append(" AND (LOWER(title) LIKE ? ESCAPE '!' OR id LIKE ? ESCAPE '!')");
            String like = "%" + escaped(f.words().toLowerCase(Locale.ROOT)) + "%";
            args.add(like);
            args.add(like);
        }
        sql.append(" ORDER BY id");
        return Jdbc.read(ds, c -> {
            List<AnalysisSummary> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setString(i + 1, args.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String analysis = r.getString(1);
                        all.add(new AnalysisSummary(analysis, r.getString(2), r.getString(3),
                                Store.split(r.getString(4)), r.getString(5), one(c, analysis, r.getInt(6)),
                                adopted(c, analysis)));
                    }
                }
            }
            return all;
        });
    }

    /** A LIKE pattern's text with its wildcards taken literally ({@code !} escapes). */
    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static VersionRecord one(Connection c, String id, int version) throws SQLException {
        return first(c, Store.RECORD + " FROM versions v WHERE analysis_id = ? AND version = " + version, id);
    }

    private static VersionRecord adopted(Connection c, String id) throws SQLException {
        return first(c, "SELECT " + Store.SELECTED + ", 1 FROM versions v WHERE analysis_id = ? AND version = "
                + "(SELECT MAX(version) FROM adoptions a WHERE a.analysis_id = v.analysis_id)", id);
    }

    private static VersionRecord first(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Store.record(r) : null;
            }
        }
    }
}
