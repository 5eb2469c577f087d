package nl.sroi.report;

import static nl.sroi.report.ReportSection.esc;

import java.util.Locale;
import java.util.Map;

import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Messages;
import nl.sroi.core.text.Words;

/**
 * Writes a report as one XHTML page: inline CSS and inline SVG charts, no script, no external resource. The same
 * page, with each chart as an {@code <object>} that the PDF renderer draws, is the PDF's source
 * ({@link ReportPdf}). Figures a test reads back carry {@code data-figure} with the name of the figure.
 */
public final class ReportHtml {

    /** How charts are put in the page. */
    enum Charts {
        /** Inline SVG: the HTML report. */
        SVG,
        /** {@code <object type="application/x-sroi-chart">} drawn by {@link ReportPdf}. */
        OBJECT
    }

    static final String CHART_TYPE = "application/x-sroi-chart";

    /**
     * The report's own words, {@code texts_nl.properties} and {@code texts_en.properties} beside this class, read
     * through core's {@link Messages} (the same keys and placeholders in both languages, checked when loaded); the
     * names of estimates are core's ({@link nl.sroi.core.model.Estimate#heading()}).
     */
    static final Messages TEXTS = Messages.load(ReportHtml.class, "texts");

    final Report report;
    final Words t;
    final Formats f;
    final Estimates estimates;
    final ReportCharts charts;
    private final Charts mode;
    private final Map<String, ReportCharts.Chart> drawn;
    final StringBuilder out = new StringBuilder(64 * 1024);
    private boolean keeping;

    private ReportHtml(Report report, Charts mode, Map<String, ReportCharts.Chart> drawn) {
        this.report = report;
        this.t = TEXTS.in(report.options().language());
        this.f = new Formats(report.options().language(), report.result().currency());
        this.estimates = new Estimates(report.model(), t, f);
        this.charts = new ReportCharts(report, t, f);
        this.mode = mode;
        this.drawn = drawn;
    }

    /** The report as a self-contained HTML page. */
    public static String write(Report report) {
        return new ReportHtml(report, Charts.SVG, new java.util.HashMap<>()).page();
    }

    /** The page for the PDF renderer; {@code drawn} receives the charts by id for the renderer to draw. */
    static String forPdf(Report report, Map<String, ReportCharts.Chart> drawn) {
        return new ReportHtml(report, Charts.OBJECT, drawn).page();
    }

    private String page() {
        SroiModel model = report.model();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(report.options().language().code()).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"description\" content=\"").append(esc(t.get("report.title"))).append(": ")
                .append(esc(model.title())).append(report.scenario() == null ? "" : " – " + esc(report.scenario().title()))
                .append("\"/>\n<meta name=\"subject\" content=\"").append(esc(model.title())).append("\"/>\n")
                .append("<title>").append(esc(model.title())).append(" – ").append(esc(t.get("report.title")))
                .append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");
        header();
        new HeadlineSection(this).write();
        if (report.bridge() != null) {
            bridge();
        }
        new StakeholdersSection(this).write();
        new YearsSection(this).write();
        new ValueMapSection(this).write();
        new SensitivitySection(this).write();
        new SimulationSection(this).write();
        new AssumptionsSection(this).write();
        report.businessCase().ifPresent(c -> new BusinessCaseSection(this).write(c));
        footer();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        SroiModel model = report.model();
        out.append("<header>\n<p class=\"kicker\">").append(esc(t.get("report.title"))).append(" · ")
                .append(esc(t.get("kind." + model.kind().name().toLowerCase(Locale.ROOT)))).append("</p>\n")
                .append("<h1>").append(esc(model.title())).append("</h1>\n");
        if (report.scenario() != null) {
            out.append("<p class=\"scenario\">").append(esc(t.get("scenario", report.scenario().title())))
                    .append("</p>\n");
        }
        if (model.description() != null) {
            // a scenario keeps its base model's description, which may quote the base's own figures
            out.append("<p class=\"description\">").append(report.scenario() == null ? ""
                    : "<b>" + esc(t.get("scenario.base")) + "</b> ").append(esc(model.description())).append("</p>\n");
        }
        out.append("</header>\n");
    }

    /** The page "Verschil met het basismodel" or "Verschil met de prognose" ({@link BridgeSection}). */
    private void bridge() {
        BridgeSection b = new BridgeSection(report, t, f);
        section("bridge", b.title(), b.intro());
        chart(charts.waterfall(b.fromLabel(), b.toLabel()));
        out.append(b.factorTable()).append(b.largest()).append(b.changes()).append("</section>\n");
    }

    private void footer() {
        SroiModel model = report.model();
        out.append("<footer><p>").append(esc(t.get("footer", model.id(),
                report.scenario() == null ? "" : " / " + report.scenario().id()))).append("</p></footer>\n");
    }

    /** Opens a section; its heading is kept on one page with what follows up to {@link #kept()}. */
    void section(String id, String title, String intro) {
        out.append("<section id=\"").append(id).append("\">\n<div class=\"keep\">\n<h2>").append(esc(title))
                .append("</h2>\n");
        if (intro != null && !intro.isEmpty()) {
            out.append("<p class=\"intro\">").append(esc(intro)).append("</p>\n");
        }
        keeping = true;
    }

    void kept() {
        if (keeping) {
            out.append("</div>\n");
            keeping = false;
        }
    }

    void chart(ReportCharts.Chart chart) {
        out.append("<figure class=\"chart\">");
        if (mode == Charts.SVG) {
            out.append(chart.svg());
        } else {
            drawn.put(chart.id(), chart);
            out.append("<object type=\"").append(CHART_TYPE).append("\" alt=\"").append(esc(chart.description()))
                    .append("\" data-chart=\"").append(chart.id())
                    .append("\" style=\"width: ").append(chart.width()).append("px; height: ").append(chart.height())
                    .append("px;\"></object>");
        }
        out.append("</figure>\n");
        kept();
    }
}
