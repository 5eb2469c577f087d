package nl.sroi.core.analysis;

/**
 * Which analyses a portfolio holds: the versions taken (a label the caller fills in: {@code adopted} or
 * {@code latest}; the calculator does not choose versions), and optionally one theme line and one municipality.
 *
 * @param versions     {@code adopted} or {@code latest}, as the caller chose the entries
 * @param themeLine    only analyses of this theme line, or {@code null} for all
 * @param municipality only analyses with a share in this municipality, each at that share, or {@code null}
 */
public record PortfolioSelection(String versions, String themeLine, String municipality) {

    /** Every analysis, in its adopted version. */
    public static final PortfolioSelection ALL = new PortfolioSelection("adopted", null, null);
}
