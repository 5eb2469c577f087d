package nl.sroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts as SVG: each a self-contained element with its own ids, its text as text, in Dutch. */
class ChartSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");

    @Test
    void everyChart_isOneSvgElement_withItsOwnIds_andRefersOnlyToThem() {
        Document page = Reports.parse(ReportHtml.write(Reports.report(Reports.LOKAAL, "nl", "gemeenten",
                "hengelo-2027")));
        NodeList charts = page.getElementsByTagNameNS(SVG, "svg");
        assertEquals(6, charts.getLength());
        Set<String> pageIds = new HashSet<>();
        for (int c = 0; c < charts.getLength(); c++) {
            Element chart = (Element) charts.item(c);
            String id = chart.getAttribute("id");
            assertTrue(id.startsWith("chart-"), id);
            assertEquals("img", chart.getAttribute("role"));
            assertFalse(chart.getAttribute("aria-label").isBlank(), id + " is described for screen readers");
            assertEquals("0 0 680 " + chart.getAttribute("height"), chart.getAttribute("viewBox"));
            assertEquals("sans-serif", chart.getAttribute("font-family"));
            Set<String> ids = new HashSet<>();
            List<String> references = new ArrayList<>();
            NodeList all = chart.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                assertEquals(SVG, e.getNamespaceURI(), id + ": " + e.getTagName());
                assertFalse(Set.of("image", "use", "style", "font", "font-face", "foreignObject", "script")
                        .contains(e.getLocalName()), id + " draws only shapes and text: " + e.getLocalName());
                if (e.hasAttribute("id")) {
                    assertTrue(e.getAttribute("id").startsWith(id + "-"), e.getAttribute("id"));
                    assertTrue(ids.add(e.getAttribute("id")), "unique in the chart: " + e.getAttribute("id"));
                }
                for (int a = 0; a < e.getAttributes().getLength(); a++) {
                    String value = e.getAttributes().item(a).getNodeValue();
                    assertFalse(value.contains("http") || value.contains("data:"), id + ": " + value);
                    Matcher m = REFERENCE.matcher(value);
                    while (m.find()) {
                        references.add(m.group(1));
                    }
                }
            }
            assertTrue(ids.containsAll(references), id + " refers only to its own definitions: " + references);
            assertTrue(!references.isEmpty(), id + " clips its plot");
            for (String own : ids) {
                assertTrue(pageIds.add(own), "unique in the page: " + own);
            }
        }
    }

    @Test
    void theLabels_areTextInDutch_withDutchNumbers() {
        Report report = Reports.report(Reports.LOKAAL, "nl", "gemeenten", "hengelo-2027");
        ReportCharts charts = new ReportCharts(report, ReportHtml.TEXTS.in(nl.sroi.core.text.Language.NL),
                new Formats(nl.sroi.core.text.Language.NL, report.result().currency()));
        Document tornado = Reports.parse(charts.tornado().svg());
        List<String> texts = new ArrayList<>();
        NodeList nodes = tornado.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().replace('\u00a0', ' '));
        }
        // the axis ticks with a decimal comma, the legend and the bars' labels as words, not outlines
        assertTrue(texts.containsAll(List.of("0,80", "0,90", "1,00", "1,10")), texts.toString());
        assertTrue(texts.contains("Schatting op haar laagste waarde"), texts.toString());
        assertTrue(texts.contains("€ 17.692,19 → 0,99"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Ratio: maatschappelijke waarde per")), texts.toString());
        // labels wrap where the browser's fractional glyph widths put them (whole-pixel widths wrap after "door")
        assertTrue(texts.contains("Deadweight – Minder geestelijke gezondheidszorg "), texts.toString());
        Document stakeholders = Reports.parse(charts.stakeholders().svg());
        assertTrue(stakeholders.getDocumentElement().getTextContent().replace('\u00a0', ' ').contains("€ 88.721"),
                "money labels");
    }
}
