package nl.sroi.store;

import java.util.List;

/**
 * An analysis in the listing.
 *
 * @param id             the id
 * @param title          the latest version's title
 * @param themeLine      the latest version's theme line, or null
 * @param municipalities the latest version's municipality ids
 * @param state          {@code active} or {@code archived}
 * @param latest         the latest version
 * @param adopted        the latest adopted version, or null
 */
public record AnalysisSummary(String id, String title, String themeLine, List<String> municipalities, String state,
                              VersionRecord latest, VersionRecord adopted) {
}
