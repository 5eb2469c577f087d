package nl.sroi.report;

import nl.sroi.core.text.Language;
import nl.sroi.core.text.Words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** What the page holds and in which order, that it is self-contained and deterministic, and its PDF. */
class ReportPageTest {

    @Test
    void theSections_comeInTheIssuesOrder_withTheBusinessCaseLast() {
        Document page = Reports.parse(ReportHtml.write(Reports.report(Reports.LOKAAL, "nl", "gemeenten",
                "hengelo-2027")));
        List<String> ids = new java.util.ArrayList<>();
        var sections = page.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) sections.item(i)).getAttribute("id"));
        }
        assertEquals(List.of("headline", "bridge", "stakeholders", "years", "value-map", "sensitivity", "simulation",
                "assumptions", "business-case"), ids);
    }

    @Test
    void theHeadline_saysItInWords() {
        String nl = ReportHtml.write(Reports.report(Reports.JONGEREN, "nl", null, null));
        // 1.28 is the published ratio of Jongeren en schulden (models/README.md), pinned by the core's tests
        assertTrue(nl.contains("Elke geïnvesteerde euro levert <strong data-figure=\"ratio\" data-ratio=\"1,28\">"
                + "€\u00a01,28</strong> maatschappelijke waarde\u00a0op."), "Dutch headline");
        String en = ReportHtml.write(Reports.report(Reports.JONGEREN, "en", null, null));
        assertTrue(en.contains("Every euro invested returns <strong data-figure=\"ratio\" data-ratio=\"1.28\">"
                + "€1.28</strong> in social\u00a0value."), "English headline");
        String hengelo = ReportHtml.write(Reports.report(Reports.LOKAAL, "nl", null, "hengelo-2027"));
        assertTrue(hengelo.contains("0,96</strong> maatschappelijke waarde\u00a0op. Dat is minder dan hij kost."));
        assertTrue(hengelo.contains("De ratio stijgt naar 1 als de investeringen <b class=\"nw\" "
                + "data-figure=\"switching/inputs\">0,96 ×</b>"), "switching");
        // the issue's sentence, the attribution as the model and the sensitivity analysis give it (a fraction)
        assertTrue(nl.contains("De ratio zakt naar 1 als de toerekening van <em>Werkende jongere is productiever en "
                + "minder afwezig zonder schuldenstress</em> <b class=\"nw\" data-figure=\"switching/outcomes/6/"
                + "attribution\">0,84</b> wordt (nu <span class=\"nw\">0,5</span>)"), "switching");
    }

    @Test
    void thePage_isSelfContained_noScript_noExternalResource() {
        String html = ReportHtml.write(Reports.report(Reports.LOKAAL, "en", "gemeenten", "hengelo-2027"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=.*"), "no src or href: nothing to load, nothing to follow");
        assertFalse(html.replace("url(#chart-", "").contains("url("), "no url() but to the charts' own clip paths");
        assertFalse(html.contains("@import"), "no CSS import");
        assertEquals(6, html.split("<svg ", -1).length - 1, "six charts inline (a scenario's has the waterfall)");
    }

    @Test
    void theSameReport_givesTheSameBytes() {
        String first = ReportHtml.write(Reports.report(Reports.JONGEREN, "nl", "gemeenten", null));
        String second = ReportHtml.write(Reports.report(Reports.JONGEREN, "nl", "gemeenten", null));
        assertEquals(first, second);
        // and each chart on its own: ids are the chart's, never a time or a counter
        Report report = Reports.report(Reports.JONGEREN, "nl", null, null);
        ReportCharts charts = new ReportCharts(report, ReportHtml.TEXTS.in(Language.NL),
                new Formats(Language.NL, report.result().currency()));
        assertEquals(charts.tornado().svg(), charts.tornado().svg());
        assertTrue(charts.tornado().svg().contains("id=\"chart-tornado\""));
    }

    @Test
    void theChartsHaveAxisLabelsWithUnits() {
        String html = ReportHtml.write(Reports.report(Reports.JONGEREN, "nl", "gemeenten", null));
        for (String label : List.of("Contante waarde (euro)", "Euro per jaar, niet verdisconteerd",
                "Ratio: maatschappelijke waarde per geïnvesteerde euro", "Aantal trekkingen", ">Jaar<")) {
            assertTrue(html.contains(label), label);
        }
    }

    @Test
    void thePdf_isA4_andSaysWhatThePageSays() throws IOException {
        byte[] pdf = ReportPdf.write(Reports.report(Reports.LOKAAL, "nl", "gemeenten", "hengelo-2027"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 5, "pages: " + doc.getNumberOfPages());
            PDRectangle a4 = PDRectangle.A4;
            for (var page : doc.getPages()) {
                assertEquals(a4.getWidth(), page.getMediaBox().getWidth(), 1);
                assertEquals(a4.getHeight(), page.getMediaBox().getHeight(), 1);
            }
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFC)
                    .replace('\u00a0', ' ').replaceAll("\\s+", " ");
            for (String s : List.of("Elke geïnvesteerde euro levert", "€ 0,96", "€ 91.972,19", "€ 96.137,56",
                    "Businesscase: Gemeente Hengelo", "€ −57.398,23", "Waar de rest van de waarde landt")) {
                assertTrue(text.contains(s), s + " in " + text.substring(text.indexOf("Elke") - 5, text.indexOf("Elke") + 120));
            }
            // the business case starts a page of its own
            PDFTextStripper last = new PDFTextStripper();
            int start = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                last.setStartPage(p);
                last.setEndPage(p);
                if (last.getText(doc).contains("Businesscase: Gemeente Hengelo")) {
                    start = p;
                }
            }
            last.setStartPage(start);
            last.setEndPage(start);
            String page = last.getText(doc).replaceAll("\\d+ / \\d+", "").strip();
            assertTrue(page.startsWith("Businesscase: Gemeente Hengelo"), "own page: " + page.substring(0, 80));
        }
    }
}
