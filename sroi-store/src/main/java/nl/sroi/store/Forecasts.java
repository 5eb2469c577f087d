package nl.sroi.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.rules.ModelValidator;

/**
 * The adopted forecast an evaluation names in {@code basedOn} (store.md §3): checked against the store when the
 * evaluation is saved, and found again for its bridge, report and workbook. Saving an evaluation whose
 * {@code basedOn} names an analysis or version the store does not hold, a version that is not an adopted forecast
 * model, or one in another currency is refused ({@link StoreException.Kind#BAD_DOCUMENT}, at the pointer of
 * {@code basedOn}): a report of the difference from a forecast the board never adopted would mislead. Adoption is
 * never undone and versions are never deleted, so what was checked at the save stays true.
 */
final class Forecasts {

    private Forecasts() {
    }

    /**
     * What an evaluation names in {@code basedOn}.
     *
     * @param analysis the forecast's analysis id
     * @param version  its version
     * @param pointer  where {@code basedOn} is in the document ({@code /basedOn}, {@code /model/basedOn})
     * @param currency the evaluation's currency, or null
     */
    record BasedOn(String analysis, int version, String pointer, String currency) {
    }

    /**
     * The {@code basedOn} of a document's model when it is an evaluation and names its forecast well-formed (a
     * malformed one is a problem of the document, which the model's reader finds); else null.
     *
     * @param tree   the document
     * @param prefix the model's pointer in it ({@code ""} or {@code /model})
     */
    static BasedOn of(JsonNode tree, String prefix) {
        JsonNode model = prefix.isEmpty() ? tree : tree.path("model");
        JsonNode b = model.path("basedOn");
        JsonNode analysis = b.path("analysis");
        JsonNode version = b.path("version");
        if (!"evaluation".equals(model.path("kind").asText(null)) || !analysis.isTextual()
                || !ModelValidator.isId(analysis.textValue()) || !version.isIntegralNumber()
                || !version.canConvertToInt() || version.intValue() < 1) {
            return null;
        }
        return new BasedOn(analysis.textValue(), version.intValue(), prefix + "/basedOn",
                model.path("currency").isTextual() ? model.path("currency").textValue() : null);
    }

    /**
     * Refuses the save when {@code basedOn} does not name an adopted forecast of the store in the same currency.
     *
     * @param c the save's transaction
     * @param b what the document names, or null (nothing to check)
     * @throws StoreException {@code BAD_DOCUMENT} naming the field
     */
    static void check(Connection c, BasedOn b) throws SQLException {
        if (b == null) {
            return;
        }
        String format;
        String document;
        try (PreparedStatement s = c.prepareStatement("SELECT n.latest, v.format, v.document FROM analyses n "
                + "LEFT JOIN versions v ON v.analysis_id = n.id AND v.version = ? WHERE n.id = ?")) {
            s.setInt(1, b.version());
            s.setString(2, b.analysis());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw refusal(b.pointer() + "/analysis", "basedOnNoAnalysis", b.analysis());
                }
                if (r.getString(2) == null) {
                    throw refusal(b.pointer() + "/version", "basedOnNoVersion", b.analysis(), b.version(),
                            r.getInt(1));
                }
                format = r.getString(2);
                document = r.getString(3);
            }
        }
        JsonNode forecast = Canonical.parse(document.getBytes(StandardCharsets.UTF_8));
        if (!format.equals(Evaluation.FORMATS.get(0)) || !"forecast".equals(forecast.path("kind").asText(null))) {
            throw refusal(b.pointer(), "basedOnNotForecast", b.analysis(), b.version());
        }
        List<Integer> adopted = adopted(c, b.analysis());
        if (!adopted.contains(b.version())) {
            throw refusal(b.pointer() + "/version", "basedOnNotAdopted", b.analysis(), b.version(),
                    adopted.isEmpty() ? "–" : adopted.toString().replaceAll("[\\[\\]]", ""));
        }
        String currency = forecast.path("currency").asText("");
        if (b.currency() != null && !b.currency().equals(currency)) {
            throw refusal(b.pointer(), "basedOnCurrency", b.analysis(), b.version(), currency, b.currency());
        }
    }

    private static List<Integer> adopted(Connection c, String analysis) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM adoptions WHERE analysis_id = ? "
                + "ORDER BY version")) {
            s.setString(1, analysis);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    versions.add(r.getInt(1));
                }
            }
        }
        return versions;
    }

    private static StoreException refusal(String pointer, String key, Object... args) {
        return new StoreException(StoreException.Kind.BAD_DOCUMENT, pointer, key, args);
    }
}
