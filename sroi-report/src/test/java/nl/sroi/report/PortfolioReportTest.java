package nl.sroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.analysis.Portfolio;
import nl.sroi.core.analysis.PortfolioEntry;
import nl.sroi.core.analysis.PortfolioResult;
import nl.sroi.core.analysis.PortfolioSelection;
import nl.sroi.core.analysis.PortfolioSimulation;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.text.Language;

/** The portfolio report of the bundled analyses: its figures are the portfolio's, in both languages, HTML and PDF. */
class PortfolioReportTest {

    static List<PortfolioEntry> bundled() throws IOException {
        List<PortfolioEntry> entries = new ArrayList<>();
        for (String name : List.of("jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg")) {
            entries.add(PortfolioEntry.of(name, 1, null,
                    ModelJson.read(Files.readAllBytes(Path.of("../models", name + ".json"))).value()));
        }
        return entries;
    }

    static PortfolioReport report(PortfolioSelection selection, Language language) throws IOException {
        List<PortfolioEntry> entries = bundled();
        return new PortfolioReport(Portfolio.DEFAULT.calculate(entries, selection).value(),
                PortfolioSimulation.DEFAULT.run(entries, selection, 2_000, 1, Cancellation.NONE).value(), language);
    }

    static String figure(String html, String name) {
        String marker = "data-figure=\"" + name + "\">";
        int at = html.indexOf(marker);
        assertTrue(at >= 0, name);
        return html.substring(at + marker.length(), html.indexOf('<', at + marker.length()));
    }

    @Test
    void dutch_showsThePortfoliosFigures_andWritesAPdf() throws IOException {
        PortfolioReport r = report(PortfolioSelection.ALL, Language.NL);
        String html = r.html();
        PortfolioResult p = r.portfolio();
        Formats f = new Formats(Language.NL, javax.money.Monetary.getCurrency("EUR"));
        assertEquals(f.money(p.totals().presentValue()), figure(html, "total.presentValue"));
        assertEquals(f.money(p.totals().inputsValue()), figure(html, "total.inputsValue"));
        assertEquals(f.money(p.analyses().get(0).figures().presentValue()),
                figure(html, "analysis.jongeren-en-schulden.presentValue"));
        assertTrue(html.contains("Wie betaalt, wie profiteert"), "Dutch headings");
        assertTrue(html.contains("(bewaard door de opslag)"), "the hash the store provides");
        assertTrue(html.contains("id=\"chart-theme-lines\"") && html.contains("id=\"chart-parties\""));
        byte[] pdf = r.pdf();
        assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-"));
        Path out = Path.of("target/portfolio-report");
        Files.createDirectories(out);
        Files.writeString(out.resolve("portefeuille.html"), html);
        Files.write(out.resolve("portefeuille.pdf"), pdf);
    }

    @Test
    void english_municipalityView_andAnEmptySelection() throws IOException {
        PortfolioReport r = report(new PortfolioSelection("adopted", null, "hengelo"), Language.EN);
        String html = r.html();
        assertTrue(html.contains("Municipality of Hengelo"), "the view says whose part it is");
        assertEquals(new Formats(Language.EN, javax.money.Monetary.getCurrency("EUR"))
                .money(r.portfolio().totals().presentValue()), figure(html, "total.presentValue"));
        Files.createDirectories(Path.of("target/portfolio-report"));
        Files.writeString(Path.of("target/portfolio-report/portfolio-hengelo-en.html"), html);
        String empty = report(new PortfolioSelection("adopted", "jeugd", null), Language.NL).html();
        assertTrue(figure(empty, "empty").contains("de portefeuille is leeg"), empty);
    }
}
