package nl.sroi.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where an analysis belongs in a programme (the optional {@code portfolio} section of the format): the programme,
 * its theme line, the project's name, and the municipalities it lands in with their shares. It moves no figure of
 * the analysis itself; the portfolio reads it to group and to share out.
 *
 * @param programme       the programme's id ({@code twentse-koers}), or {@code null}
 * @param themeLine       the theme line's id ({@code bestaanszekerheid}), or {@code null}
 * @param project         the project's name as people know it, or {@code null}
 * @param municipalities  the municipalities with their shares (adding up to 1), or {@code null}: then the analysis
 *                        counts for the programme and its theme line only
 * @param allocationBasis what the shares rest on; required with {@code municipalities}
 */
public record PortfolioSection(String programme, String themeLine, String project,
                               List<MunicipalityShare> municipalities, AllocationBasis allocationBasis) {

    /**
     * A section, with an unmodifiable copy of the municipalities.
     *
     * @param programme       the programme's id ({@code twentse-koers}), or {@code null}
     * @param themeLine       the theme line's id ({@code bestaanszekerheid}), or {@code null}
     * @param project         the project's name as people know it, or {@code null}
     * @param municipalities  the municipalities with their shares (adding up to 1), or {@code null}: then the
     *                        analysis counts for the programme and its theme line only
     * @param allocationBasis what the shares rest on; required with {@code municipalities}
     */
    public PortfolioSection {
        municipalities = municipalities == null ? null : Lists.copy(municipalities);
    }

    /**
     * The share of the project that lands in a municipality.
     *
     * @param municipality the municipality's id
     * @return its share, or {@code null} when the section does not list it
     */
    public BigDecimal shareOf(String municipality) {
        if (municipalities == null) {
            return null;
        }
        for (MunicipalityShare m : municipalities) {
            if (m != null && municipality.equals(m.id())) {
                return m.share();
            }
        }
        return null;
    }
}
