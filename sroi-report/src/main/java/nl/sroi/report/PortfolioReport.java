package nl.sroi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.sroi.core.analysis.PortfolioResult;
import nl.sroi.core.analysis.PortfolioSimulationResult;
import nl.sroi.core.text.Language;

/**
 * Everything a portfolio report shows, computed by the library ({@link nl.sroi.core.analysis.Portfolio} and
 * {@link nl.sroi.core.analysis.PortfolioSimulation}), so that every figure is the figure the API gives.
 *
 * @param portfolio  the portfolio
 * @param simulation its uncertainty, or {@code null} when none of its analyses has ranges (or it is empty)
 * @param language   the report's language
 */
public record PortfolioReport(PortfolioResult portfolio, PortfolioSimulationResult simulation, Language language) {

    /**
     * The report as a self-contained HTML page.
     *
     * @return the page
     */
    public String html() {
        return PortfolioReportHtml.write(this, null);
    }

    /**
     * The report as an A4 PDF (the same page, its charts drawn as vectors).
     *
     * @return the PDF's bytes
     */
    public byte[] pdf() {
        Map<String, ReportCharts.Chart> charts = new java.util.HashMap<>();
        return ReportPdf.render(PortfolioReportHtml.write(this, charts), charts);
    }

    /**
     * The parties in the wrong pocket, the largest share of the inputs first.
     *
     * @return the parties flagged
     */
    public List<PortfolioResult.Party> wrongPocket() {
        List<PortfolioResult.Party> flagged = new ArrayList<>();
        for (PortfolioResult.Party p : portfolio.parties()) {
            if (p.wrongPocket()) {
                flagged.add(p);
            }
        }
        flagged.sort((a, b) -> Double.compare(b.inputsShare(), a.inputsShare()));
        return flagged;
    }
}
