package nl.sroi.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

/**
 * The report as an A4 PDF: the report's own page rendered by openhtmltopdf, with each chart drawn as vectors
 * straight onto the page by JFreeChart (no SVG interpreter needed). The text font is Liberation Sans, which PDFBox
 * ships inside its jar, so the PDF embeds it and looks the same on every machine. Every external resource is
 * refused: the page has none, and nothing may reach the network.
 */
public final class ReportPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = withoutGlyphSubstitution(resource(FONT));

    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)
            .getData();

    private ReportPdf() {
    }

    public static byte[] write(Report report) {
        Map<String, ReportCharts.Chart> charts = new HashMap<>();
        return render(ReportHtml.forPdf(report, charts), charts);
    }

    /** A page made for the PDF renderer, its charts (by id) drawn as vectors where its objects stand. */
    static byte[] render(String html, Map<String, ReportCharts.Chart> charts) {
        FSObjectDrawer drawer = (element, x, y, width, height, device, context, dotsPerPixel) -> {
            ReportCharts.Chart chart = charts.get(element.getAttribute("data-chart"));
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h,
                    g -> chart.chart().draw(g, new Rectangle2D.Float(0, 0, w, h)));
            return null;
        };
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(ReportHtml.CHART_TYPE, drawer);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // tagged and accessible (PDF/UA) and archivable (PDF/A-3u): every font embedded, so no base-14 font is
        // looked up among the system's fonts
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.withHtmlContent(html, null);
        builder.useFont(ReportPdf::font, "Report Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        // the charts' text, drawn as real text in the same font (JFreeChart asks for the logical font SansSerif)
        for (int weight : new int[] {400, 700}) {
            builder.useFont(ReportPdf::font, java.awt.Font.SANS_SERIF, weight, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
        }
        builder.useObjectDrawerFactory(drawers);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("SROI engine");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return new ByteArrayInputStream(FONT_BYTES);
    }

    /**
     * The font's bytes with its glyph substitution table (GSUB) hidden. PDFBox applies that table to every run of
     * text by compiling regular expressions of the font's ligatures each time, which made the PDF of a model with
     * 20 outcomes take several seconds; the report needs no ligatures. Renaming the table's tag in the font's
     * table directory makes PDFBox pass it by as a table it does not know (the directory stays in order).
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int tag = 12 + 16 * i;
            if (copy[tag] == 'G' && copy[tag + 1] == 'S' && copy[tag + 2] == 'U' && copy[tag + 3] == 'B') {
                copy[tag + 3] = 'C';
            }
        }
        return copy;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
