package nl.sroi.report;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A chart written as one inline SVG element by Apache Batik's SVG generator (Apache-2.0). The chart draws itself
 * on Batik's {@code Graphics2D} exactly as it draws on the PDF's canvas, so HTML and PDF show the same layout.
 * Text stays text (selectable, read by screen readers) in the logical font {@code sans-serif}; no font is embedded
 * and nothing outside the element is referred to. Every id is prefixed with the chart's own id, so charts on one
 * page never clash, and ids are numbered in drawing order, so the same chart gives the same bytes.
 */
final class ChartSvg {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String SVG = "http://www.w3.org/2000/svg";

    private ChartSvg() {
    }

    /**
     * The chart as an {@code <svg>} element.
     *
     * @param chart       the chart
     * @param id          the element's id, and the prefix of every id inside it
     * @param description what the chart shows, for screen readers
     * @param width       its width in CSS pixels
     * @param height      its height in CSS pixels
     * @return the element, without an XML declaration
     */
    static String of(JFreeChart chart, String id, String description, int width, int height) {
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document());
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return super.generateID(id + "-" + prefix);
            }
        });
        SVGGraphics2D g = new Canvas(context);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Element root = g.getRoot();
        // the generator's SVG 1.0 attributes mean nothing inline in HTML; the size is the chart's own
        for (String obsolete : new String[] {"contentScriptType", "contentStyleType", "zoomAndPan", "version",
            "preserveAspectRatio"}) {
            root.removeAttribute(obsolete);
        }
        root.setAttribute("font-family", "sans-serif");
        root.setAttribute("id", id);
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", description);
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(XMLNS, "xmlns", SVG);
        // the generator's shared definitions carry a fixed id: prefixed (or gone when empty) so that ids stay unique
        Element shared = (Element) root.getFirstChild();
        if (shared.hasChildNodes()) {
            shared.setAttribute("id", id + "-" + shared.getAttribute("id"));
        } else {
            root.removeChild(shared);
        }
        g.dispose();
        return xml(root);
    }

    /** The element alone: no XML declaration and no document type (which would name an external DTD). */
    private static String xml(Element root) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter(64 * 1024);
            transformer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML writer cannot write a chart", e);
        }
    }

    /**
     * Batik's canvas, measuring text with fractional glyph widths as a browser draws it (Batik's own measure rounds
     * every glyph to whole pixels, so JFreeChart would wrap and place labels for text narrower or wider than shown).
     */
    private static final class Canvas extends SVGGraphics2D {

        private final Graphics2D measure;

        Canvas(SVGGeneratorContext context) {
            super(context, false);
            measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            measure.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }

        private Canvas(Canvas copied) {
            super(copied);
            measure = copied.measure;
        }

        @Override
        public Graphics create() {
            return new Canvas(this);
        }

        @Override
        public FontMetrics getFontMetrics(Font font) {
            return measure.getFontMetrics(font);
        }
    }

    private static Document document() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot make a document", e);
        }
    }
}
