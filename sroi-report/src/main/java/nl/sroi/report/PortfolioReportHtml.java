package nl.sroi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javax.money.Monetary;

import nl.sroi.core.analysis.Portfolio;
import nl.sroi.core.analysis.PortfolioResult;
import nl.sroi.core.analysis.PortfolioSimulationResult;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.json.PortfolioJson;
import nl.sroi.core.model.TwentseKoers;
import nl.sroi.core.text.Words;
import nl.sroi.core.validation.Problem;

/**
 * Writes the portfolio report as one XHTML page, in the style of the analysis report: the totals, a chart and
 * table per theme line and per party, the wrong-pocket parties, the matrix of parties × analyses, the municipality
 * it is the view of (when asked), the uncertainty, and the version and hash of every analysis used. With a map of
 * charts it writes the page for the PDF renderer ({@link ReportPdf#render}).
 */
final class PortfolioReportHtml {

    /** Analyses per table of the matrix, so that it fits the page's width. */
    static final int MATRIX_COLUMNS = 4;

    private final PortfolioReport report;
    private final PortfolioResult p;
    private final Words t;
    private final Formats f;
    private final ReportCharts charts;
    private final Map<String, ReportCharts.Chart> drawn;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private PortfolioReportHtml(PortfolioReport report, Map<String, ReportCharts.Chart> drawn) {
        this.report = report;
        this.p = report.portfolio();
        this.t = ReportHtml.TEXTS.in(report.language());
        this.f = new Formats(report.language(), Monetary.getCurrency(p.currency() == null ? "EUR" : p.currency()));
        this.charts = new ReportCharts(null, t, f);
        this.drawn = drawn;
    }

    /** The page; {@code drawn} {@code null} for inline SVG charts, else it receives the charts for the PDF. */
    static String write(PortfolioReport report, Map<String, ReportCharts.Chart> drawn) {
        return new PortfolioReportHtml(report, drawn).page();
    }

    private String page() {
        String title = t.get("portfolio.title");
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(report.language().code()).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"description\" content=\"").append(esc(title + ": " + selection()))
                .append("\"/>\n<meta name=\"subject\" content=\"").append(esc(title)).append("\"/>\n<title>")
                .append(esc(title)).append(" – ").append(esc(selection())).append("</title>\n<style>\n")
                .append(ReportStyle.CSS).append("td.flag { font-weight: bold; }\n</style>\n</head>\n<body>\n");
        out.append("<header>\n<p class=\"kicker\">").append(esc(t.get("portfolio.kicker"))).append("</p>\n<h1>")
                .append(esc(title)).append("</h1>\n<p class=\"scenario\">").append(esc(selection())).append("</p>\n");
        if (p.selection().municipality() != null) {
            out.append("<p class=\"description\">").append(esc(t.get("portfolio.municipality.note",
                    TwentseKoers.municipalityName(p.selection().municipality())))).append("</p>\n");
        }
        out.append("</header>\n");
        if (p.isEmpty()) {
            for (Problem w : p.warnings()) {
                out.append("<p class=\"headline\" data-figure=\"empty\">").append(esc(w.message(report.language())))
                        .append("</p>\n");
            }
        } else {
            headline();
            analyses();
            themeLines();
            parties();
            matrix();
            uncertainty();
        }
        out.append("<footer><p>").append(esc(t.get("portfolio.footer"))).append("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private String selection() {
        String versions = t.get("portfolio.versions." + p.selection().versions());
        String theme = p.selection().themeLine();
        String municipality = p.selection().municipality();
        String which = theme == null && municipality == null ? t.get("portfolio.selection.all")
                : theme == null ? t.get("portfolio.selection.municipality", TwentseKoers.municipalityName(municipality))
                : municipality == null ? t.get("portfolio.selection.themeLine", themeName(theme))
                : t.get("portfolio.selection.both", themeName(theme), TwentseKoers.municipalityName(municipality));
        return which + " · " + versions;
    }

    private String themeName(String themeLine) {
        return PortfolioJson.themeLineName(themeLine, report.language());
    }

    private void headline() {
        PortfolioResult.Figures totals = p.totals();
        out.append("<section id=\"headline\">\n");
        if (totals.ratio().isPresent()) {
            double ratio = totals.ratio().getAsDouble();
            out.append("<p class=\"headline\">").append(esc(t.get("portfolio.headline.before")))
                    .append(" <strong data-figure=\"ratio\">").append(esc(f.money(BigDecimal.valueOf(ratio)
                            .setScale(2, java.math.RoundingMode.HALF_UP)))).append("</strong> ")
                    .append(esc(t.get("headline.after"))).append(ratio < 1 ? " " + esc(t.get("headline.less")) : "")
                    .append("</p>\n");
        } else {
            out.append("<p class=\"headline\">").append(esc(t.get("headline.noInputs"))).append("</p>\n");
        }
        out.append("<dl class=\"figures\">\n");
        figure("analyses", t.get("portfolio.figure.analyses"), f.count(p.analyses().size()),
                t.get("portfolio.figure.analyses.note", f.count(p.themeLines().size())));
        figure("presentValue", t.get("figure.presentValue"), f.money(totals.presentValue()),
                t.get("portfolio.figure.sum"));
        figure("inputsValue", t.get("figure.inputsValue"), f.money(totals.inputsValue()), t.get("portfolio.figure.sum"));
        figure("netPresentValue", t.get("figure.netPresentValue"), f.money(totals.netPresentValue()),
                t.get("figure.netPresentValue.note"));
        figure("welfareRatio", t.get("figure.welfareRatio"), ratio(totals.welfareRatio()),
                t.get("portfolio.figure.welfareRatio.note"));
        PortfolioSimulationResult sim = report.simulation();
        if (sim != null && sim.ratio() != null && sim.ratio().probabilityAboveOne().isPresent()) {
            figure("probabilityAboveOne", t.get("figure.probability"),
                    f.percent(sim.ratio().probabilityAboveOne().getAsDouble(), 2),
                    t.get("figure.probability.note", f.count(sim.iterations()), sim.seed()));
        }
        out.append("</dl>\n<p class=\"note\">").append(esc(t.get("portfolio.ratioOfSums"))).append("</p>\n")
                .append("</section>\n");
    }

    private void figure(String name, String label, String value, String note) {
        out.append("<div><dt>").append(esc(label)).append("</dt><dd class=\"value\" data-figure=\"").append(name)
                .append("\">").append(esc(value)).append("</dd><dd class=\"note\">").append(esc(note))
                .append("</dd></div>\n");
    }

    private void analyses() {
        section("analyses", t.get("portfolio.section.analyses"), t.get("portfolio.section.analyses.intro"));
        kept();
        boolean shared = p.selection().municipality() != null;
        out.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(t.get("portfolio.column.analysis")))
                .append("</th>").append(shared ? th(t.get("portfolio.column.share")) : "")
                .append(th(t.get("portfolio.column.value"))).append(th(t.get("portfolio.column.inputs")))
                .append(th(t.get("column.net"))).append(th(t.get("column.ratio"))).append("</tr></thead>\n<tbody>\n");
        for (PortfolioResult.Analysis a : p.analyses()) {
            String key = "analysis." + a.id() + ".";
            out.append("<tr><th scope=\"row\">").append(esc(a.title())).append("<br/><span class=\"small\">")
                    .append(esc(themeName(a.themeLine()))).append(" · ")
                    .append(esc(t.get("kind." + a.kind().name().toLowerCase(java.util.Locale.ROOT))))
                    .append("</span></th>").append(shared ? "<td>" + esc(f.percent(a.share(), 2)) + "</td>" : "");
            figures(key, a.figures());
            out.append("</tr>\n");
        }
        out.append("</tbody>\n<tfoot><tr><th scope=\"row\">").append(esc(t.get("total"))).append("</th>")
                .append(shared ? "<td></td>" : "");
        figures("total.", p.totals());
        out.append("</tr></tfoot>\n</table>\n");
        out.append("<p class=\"note\">").append(esc(t.get("portfolio.section.analyses.note"))).append("</p>\n")
                .append("</section>\n");
    }

    private void figures(String key, PortfolioResult.Figures x) {
        out.append(money(key + "presentValue", x.presentValue())).append(money(key + "inputsValue", x.inputsValue()))
                .append(money(key + "netPresentValue", x.netPresentValue()))
                .append("<td data-figure=\"").append(esc(key)).append("ratio\">").append(esc(ratio(x.ratio())))
                .append("</td>");
    }

    private void themeLines() {
        section("theme-lines", t.get("portfolio.section.themeLines"), t.get("portfolio.section.themeLines.intro"));
        List<String> names = new ArrayList<>();
        double[] invested = new double[p.themeLines().size()];
        double[] value = new double[invested.length];
        for (int i = 0; i < invested.length; i++) {
            PortfolioResult.ThemeLine line = p.themeLines().get(i);
            names.add(themeName(line.themeLine()));
            invested[i] = line.figures().inputsValue().doubleValue();
            value[i] = line.figures().presentValue().doubleValue();
        }
        chart(charts.pairs("chart-theme-lines", t.get("portfolio.chart.themeLines"), names, invested, value));
        out.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(t.get("portfolio.column.themeLine")))
                .append("</th>").append(th(t.get("portfolio.column.analyses"))).append(th(t.get("portfolio.column.value")))
                .append(th(t.get("portfolio.column.inputs"))).append(th(t.get("column.net"))).append(th(t.get("column.ratio")))
                .append("</tr></thead>\n<tbody>\n");
        for (PortfolioResult.ThemeLine line : p.themeLines()) {
            out.append("<tr><th scope=\"row\">").append(esc(themeName(line.themeLine()))).append("</th><td>")
                    .append(line.analyses()).append("</td>");
            figures("themeLine." + line.themeLine() + ".", line.figures());
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void parties() {
        section("parties", t.get("portfolio.section.parties"), t.get("portfolio.section.parties.intro"));
        List<String> names = new ArrayList<>();
        double[] invested = new double[p.parties().size()];
        double[] received = new double[invested.length];
        for (int i = 0; i < invested.length; i++) {
            names.add(p.parties().get(i).name());
            invested[i] = p.parties().get(i).invested().doubleValue();
            received[i] = p.parties().get(i).received().doubleValue();
        }
        chart(charts.pairs("chart-parties", t.get("chart.stakeholders.description"), names, invested, received));
        out.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(t.get("column.stakeholder")))
                .append("</th>").append(th(t.get("column.invests"))).append(th(t.get("column.receives")))
                .append(th(t.get("column.net"))).append(th(t.get("column.ratio")))
                .append(th(t.get("portfolio.column.inputsShare"))).append(th(t.get("portfolio.column.valueShare")))
                .append("</tr></thead>\n<tbody>\n");
        for (PortfolioResult.Party party : p.parties()) {
            String key = "party." + party.id() + ".";
            out.append("<tr><th scope=\"row\">").append(esc(party.name())).append(party.wrongPocket() ? " <span class=\"tag\">" + esc(t.get("portfolio.wrongPocket.tag"))
                            + "</span>" : "")
                    .append("</th>").append(money(key + "invested", party.invested()))
                    .append(money(key + "received", party.received())).append(money(key + "net", party.net()))
                    .append("<td>").append(esc(ratio(party.ratio()))).append("</td><td>")
                    .append(esc(f.percent(party.inputsShare(), 1))).append("</td><td>")
                    .append(esc(f.percent(party.valueShare(), 1))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        wrongPocket();
        out.append("</section>\n");
    }

    private void wrongPocket() {
        List<PortfolioResult.Party> flagged = report.wrongPocket();
        out.append("<h3>").append(esc(t.get("portfolio.wrongPocket.title"))).append("</h3>\n<p class=\"note\">")
                .append(esc(t.get("portfolio.wrongPocket.rule", f.percent(Portfolio.WRONG_POCKET_INPUTS_SHARE, 0),
                        f.number(Portfolio.WRONG_POCKET_VALUE_FACTOR, 1)))).append("</p>\n");
        if (flagged.isEmpty()) {
            out.append("<p data-figure=\"wrongPocket\">").append(esc(t.get("portfolio.wrongPocket.none")))
                    .append("</p>\n");
            return;
        }
        out.append("<ul class=\"warnings\" data-figure=\"wrongPocket\">\n");
        for (PortfolioResult.Party party : flagged) {
            out.append("<li><b>").append(esc(party.name())).append("</b> ").append(esc(t.get(
                    "portfolio.wrongPocket.party", f.percent(party.inputsShare(), 1),
                    f.percent(party.valueShare(), 1), f.money(party.invested()), f.money(party.received()))))
                    .append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** Parties × analyses, a few analyses per table so that it fits the page. */
    private void matrix() {
        section("matrix", t.get("portfolio.section.matrix"), t.get("portfolio.section.matrix.intro"));
        kept();
        List<PortfolioResult.Analysis> all = p.analyses();
        for (int from = 0; from < all.size(); from += MATRIX_COLUMNS) {
            List<PortfolioResult.Analysis> part = all.subList(from, Math.min(all.size(), from + MATRIX_COLUMNS));
            out.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(t.get("column.stakeholder")))
                    .append("</th>");
            for (PortfolioResult.Analysis a : part) {
                out.append(th(a.title()));
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (PortfolioResult.Party party : p.parties()) {
                Map<String, PortfolioResult.Cell> cells = new HashMap<>();
                party.analyses().forEach(c -> cells.put(c.analysis(), c));
                out.append("<tr><th scope=\"row\">").append(esc(party.name())).append("</th>");
                for (PortfolioResult.Analysis a : part) {
                    PortfolioResult.Cell c = cells.get(a.id());
                    out.append("<td data-figure=\"matrix.").append(esc(party.id())).append('.').append(esc(a.id()))
                            .append("\">").append(c == null ? "" : cell(c)).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("<p class=\"note\">").append(esc(t.get("portfolio.section.matrix.note"))).append("</p>\n")
                .append("</section>\n");
    }

    private String cell(PortfolioResult.Cell c) {
        boolean pays = c.invested().signum() != 0;
        boolean gets = c.received().signum() != 0;
        return (pays ? esc("−" + f.money(c.invested()).replace("−", "")) : "")
                + (pays && gets ? "<br/>" : "") + (gets ? esc("+" + f.money(c.received())) : "")
                + (!pays && !gets ? "0" : "");
    }

    private void uncertainty() {
        PortfolioSimulationResult sim = report.simulation();
        section("uncertainty", t.get("portfolio.section.uncertainty"), sim == null ? null
                : t.get("portfolio.section.uncertainty.intro", f.count(sim.iterations()), sim.seed(),
                sim.sharedProxies()));
        kept();
        if (sim == null || sim.ratio() == null) {
            out.append("<p>").append(esc(t.get("portfolio.uncertainty.none"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(t.get("portfolio.column.themeLine")))
                .append("</th>").append(th("P5")).append(th("P50")).append(th("P95"))
                .append(th(t.get("portfolio.column.aboveOne"))).append(th(t.get("portfolio.column.npv90")))
                .append("</tr></thead>\n<tbody>\n");
        uncertaintyRow(t.get("total"), "total", sim.ratio(), sim.netPresentValue());
        for (PortfolioSimulationResult.ThemeLine line : sim.themeLines()) {
            uncertaintyRow(themeName(line.themeLine()), "themeLine." + line.themeLine(), line.ratio(),
                    line.netPresentValue());
        }
        out.append("</tbody>\n</table>\n<p class=\"note\">").append(esc(t.get("portfolio.uncertainty.note")))
                .append("</p>\n</section>\n");
        versions();
    }

    private void uncertaintyRow(String name, String key, SimulationResult.Summary ratio,
                                SimulationResult.Summary npv) {
        out.append("<tr><th scope=\"row\">").append(esc(name)).append("</th>");
        if (ratio == null) {
            out.append("<td colspan=\"4\">").append(esc(t.get("none"))).append("</td>");
        } else {
            out.append("<td>").append(esc(f.ratio(ratio.p5()))).append("</td><td>").append(esc(f.ratio(ratio.p50())))
                    .append("</td><td>").append(esc(f.ratio(ratio.p95()))).append("</td><td data-figure=\"")
                    .append(esc(key)).append(".probabilityAboveOne\">")
                    .append(esc(f.percent(ratio.probabilityAboveOne().orElse(0), 1))).append("</td>");
        }
        out.append("<td>").append(esc(f.moneyWhole(npv.p5()))).append(" – ").append(esc(f.moneyWhole(npv.p95())))
                .append("</td></tr>\n");
    }

    private void versions() {
        section("versions", t.get("portfolio.section.versions"), t.get("portfolio.section.versions.intro"));
        kept();
        out.append("<table>\n<thead><tr><th>").append(esc(t.get("portfolio.column.analysis"))).append("</th><th>")
                .append(esc(t.get("portfolio.column.version"))).append("</th><th>")
                .append(esc(t.get("portfolio.column.hash"))).append("</th></tr></thead>\n<tbody>\n");
        for (PortfolioResult.Analysis a : p.analyses()) {
            out.append("<tr><td>").append(esc(a.id())).append("</td><td data-figure=\"version.").append(esc(a.id()))
                    .append("\">").append(a.version()).append("</td><td class=\"small\">")
                    .append(a.hash() == null ? esc(t.get("portfolio.hash.none")) : "<code>" + esc(a.hash()) + "</code>")
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private boolean keeping;

    private void section(String id, String title, String intro) {
        out.append("<section id=\"").append(id).append("\">\n<div class=\"keep\">\n<h2>").append(esc(title))
                .append("</h2>\n");
        if (intro != null) {
            out.append("<p class=\"intro\">").append(esc(intro)).append("</p>\n");
        }
        keeping = true;
    }

    private void kept() {
        if (keeping) {
            out.append("</div>\n");
            keeping = false;
        }
    }

    private void chart(ReportCharts.Chart chart) {
        out.append("<figure class=\"chart\">");
        if (drawn == null) {
            out.append(chart.svg());
        } else {
            drawn.put(chart.id(), chart);
            out.append("<object type=\"").append(ReportHtml.CHART_TYPE).append("\" alt=\"")
                    .append(esc(chart.description())).append("\" data-chart=\"").append(chart.id())
                    .append("\" style=\"width: ").append(chart.width()).append("px; height: ").append(chart.height())
                    .append("px;\"></object>");
        }
        out.append("</figure>\n");
        kept();
    }

    private String money(String figure, BigDecimal amount) {
        return "<td data-figure=\"" + esc(figure) + "\">" + esc(f.money(amount)) + "</td>";
    }

    private String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? f.ratio(ratio.getAsDouble()) : t.get("none");
    }

    private static String th(String text) {
        return "<th>" + esc(text) + "</th>";
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
