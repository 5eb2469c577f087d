package nl.sroi.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import javax.money.MonetaryAmount;

import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Basis;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.Published;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.proxy.ProxyCatalogue;
import nl.sroi.core.validation.Problem;

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

    private final Report report;
    private final Texts t;
    private final Formats f;
    private final Estimates estimates;
    private final ReportCharts charts;
    private final Charts mode;
    private final Map<String, ReportCharts.Chart> drawn;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private boolean keeping;

    private ReportHtml(Report report, Charts mode, Map<String, ReportCharts.Chart> drawn) {
        this.report = report;
        this.t = Texts.of(report.options().language());
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
        headline();
        if (report.bridge() != null) {
            bridge();
        }
        stakeholders();
        years();
        valueMap();
        sensitivity();
        simulation();
        assumptions();
        report.businessCase().ifPresent(this::businessCase);
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

    private void headline() {
        SroiResult.Totals totals = report.result().totals();
        out.append("<section id=\"headline\">\n");
        if (totals.ratioDisplay().isPresent()) {
            String ratio = f.ratioDisplay(totals.ratioDisplay().get());
            String money = f.money(new BigDecimal(totals.ratioDisplay().get()));
            out.append("<p class=\"headline\">").append(esc(t.get("headline.before")))
                    .append(" <strong data-figure=\"ratio\" data-ratio=\"").append(esc(ratio)).append("\">")
                    .append(esc(money)).append("</strong> ").append(esc(t.get("headline.after")));
            out.append(totals.ratio().getAsDouble() < 1 ? " " + esc(t.get("headline.less")) : "").append("</p>\n");
        } else {
            out.append("<p class=\"headline\">").append(esc(t.get("headline.noInputs"))).append("</p>\n");
        }
        out.append("<dl class=\"figures\">\n");
        figure("presentValue", t.get("figure.presentValue"), f.money(totals.presentValue()),
                t.get("figure.presentValue.note", f.percent(report.model().discounting().rate(), 2)));
        figure("inputsValue", t.get("figure.inputsValue"), f.money(totals.inputsValue()),
                t.get(report.model().discounting().inputs() ? "figure.inputsValue.discounted"
                        : "figure.inputsValue.note"));
        figure("netPresentValue", t.get("figure.netPresentValue"), f.money(totals.netPresentValue()),
                t.get("figure.netPresentValue.note"));
        report.result().welfare().flatMap(SroiResult.Welfare::ratioDisplay).ifPresent(welfareRatio ->
                figure("welfareRatio", t.get("figure.welfareRatio"), f.ratioDisplay(welfareRatio),
                        t.get("figure.welfareRatio.note")));
        figure("paybackMonths", t.get("figure.payback"), totals.paybackMonths().isPresent()
                ? t.get("months", f.number(totals.paybackMonths().getAsDouble(), 1)) : t.get("figure.payback.none"),
                t.get("figure.payback.note"));
        if (report.simulation() != null && report.simulation().ratio() != null
                && report.simulation().ratio().probabilityAboveOne().isPresent()) {
            SimulationResult sim = report.simulation();
            figure("probabilityAboveOne", t.get("figure.probability"),
                    f.percent(sim.ratio().probabilityAboveOne().getAsDouble(), 2),
                    t.get("figure.probability.note", f.count(sim.iterations()), sim.seed()));
        }
        out.append("</dl>\n");
        published();
        out.append("</section>\n");
    }

    /**
     * Section 12: what the publication states beside what the model calculates, with the difference relative to
     * the published figure; a difference beyond the tolerance is marked (the result's PUBLISHED_DIFFERS).
     */
    private void published() {
        Published p = report.model().published();
        List<String[]> rows = new ArrayList<>();
        SroiResult.Totals totals = report.result().totals();
        BigDecimal tolerance = p == null ? Published.DEFAULT_TOLERANCE : p.toleranceOrDefault();
        if (p != null && p.ratio() != null && totals.ratio().isPresent()) {
            rows.add(publishedRow("ratio", p.ratio(), totals.ratio().getAsDouble(), tolerance, true));
        }
        if (p != null && p.presentValue() != null) {
            rows.add(publishedRow("presentValue", p.presentValue(), totals.presentValue().getNumber().doubleValue(),
                    tolerance, false));
        }
        if (p != null && p.inputsValue() != null) {
            rows.add(publishedRow("inputsValue", p.inputsValue(), totals.inputsValue().getNumber().doubleValue(),
                    tolerance, false));
        }
        List<Outcome> outcomes = report.model().outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.published() != null && o.published().presentValue() != null) {
                String[] row = publishedRow("outcome." + o.id(), o.published().presentValue(),
                        report.result().outcomes().get(i).presentValue().getNumber().doubleValue(), tolerance, false);
                row[0] = t.get("published.outcome", o.description());
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.append("<table class=\"published\"><caption>").append(esc(t.get("published.caption")));
        if (p != null && p.source() != null) {
            out.append(" <span class=\"small\">").append(esc(t.get("published.source", p.source()))).append("</span>");
        }
        out.append("</caption>\n<thead><tr><th></th><th class=\"amount\">").append(esc(t.get("published.published")))
                .append("</th><th class=\"amount\">").append(esc(t.get("published.calculated")))
                .append("</th><th class=\"amount\">").append(esc(t.get("published.difference"))).append("</th></tr>")
                .append("</thead>\n<tbody>\n");
        for (String[] r : rows) {
            out.append("<tr").append(r[5]).append("><td>").append(esc(r[0])).append("</td><td class=\"amount\">")
                    .append(esc(r[1])).append("</td><td class=\"amount\" data-figure=\"published.").append(r[4])
                    .append("\">").append(esc(r[2])).append("</td><td class=\"amount\">").append(esc(r[3]))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n<p class=\"small\">").append(esc(t.get("published.note",
                f.percent(tolerance, 2)))).append("</p>\n");
    }

    /** label, published, calculated, difference, figure name, row attributes. */
    private String[] publishedRow(String figure, BigDecimal published, double calculated, BigDecimal tolerance,
                                  boolean ratio) {
        String label = figure.startsWith("outcome.") ? "" : t.get("published." + figure);
        String shownPublished = ratio ? f.ratioDisplay(published.setScale(Math.max(2, published.scale()),
                java.math.RoundingMode.UNNECESSARY).toPlainString()) : f.money(published);
        String shownCalculated = ratio ? f.number(calculated, 4) : f.money(BigDecimal.valueOf(calculated)
                .setScale(2, java.math.RoundingMode.HALF_EVEN));
        double relative = published.signum() == 0 ? Double.NaN
                : (calculated - published.doubleValue()) / Math.abs(published.doubleValue());
        String difference = Double.isNaN(relative) ? "–" : (relative > 0 ? "+" : "") + f.percent(relative, 2);
        boolean differs = Published.differs(published, calculated, tolerance);
        return new String[] {label, shownPublished, shownCalculated, difference + (differs ? " · "
                + t.get("published.differs") : ""), figure, differs ? " class=\"differs\"" : ""};
    }

    /** The page "Verschil met het basismodel" or "Verschil met de prognose" ({@link BridgeSection}). */
    private void bridge() {
        BridgeSection b = new BridgeSection(report, t, f);
        section("bridge", b.title(), b.intro());
        chart(charts.waterfall(b.fromLabel(), b.toLabel()));
        out.append(b.factorTable()).append(b.largest()).append(b.changes()).append("</section>\n");
    }

    private void figure(String name, String label, String value, String note) {
        out.append("<div><dt>").append(esc(label)).append("</dt><dd class=\"value\" data-figure=\"").append(name)
                .append("\">").append(esc(value)).append("</dd><dd class=\"note\">").append(esc(note))
                .append("</dd></div>\n");
    }

    private void stakeholders() {
        SroiModel model = report.model();
        section("stakeholders", t.get("section.stakeholders"), t.get("section.stakeholders.intro"));
        chart(charts.stakeholders());
        out.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(t.get("column.stakeholder")))
                .append("</th><th>").append(esc(t.get("column.invests"))).append("</th><th>")
                .append(esc(t.get("column.receives"))).append("</th><th>").append(esc(t.get("column.net")))
                .append("</th><th>").append(esc(t.get("column.ratio"))).append("</th></tr></thead>\n<tbody>\n");
        List<SroiResult.StakeholderValue> values = report.result().stakeholders();
        for (int s = 0; s < values.size(); s++) {
            SroiResult.StakeholderValue v = values.get(s);
            String key = "stakeholder." + v.id() + ".";
            out.append("<tr><th scope=\"row\">").append(esc(model.stakeholders().get(s).name())).append("</th>")
                    .append(money(key + "invested", v.invested())).append(money(key + "received", v.received()))
                    .append(money(key + "net", v.net())).append(ratioCell(key + "ratio", v.ratio()))
                    .append("</tr>\n");
        }
        SroiResult.Totals totals = report.result().totals();
        out.append("</tbody>\n<tfoot><tr><th scope=\"row\">").append(esc(t.get("total"))).append("</th>")
                .append(money("total.invested", totals.inputsValue()))
                .append(money("total.received", totals.presentValue()))
                .append(money("total.net", totals.netPresentValue())).append(ratioCell("total.ratio", totals.ratio()))
                .append("</tr></tfoot>\n</table>\n");
        out.append("<p class=\"note\">").append(esc(t.get("section.stakeholders.note"))).append("</p>\n");
        kept();
        out.append("</section>\n");
    }

    private void years() {
        SroiResult result = report.result();
        section("years", t.get("section.years"), t.get("section.years.intro"));
        chart(charts.valuePerYear());
        out.append("<ol class=\"legend\">\n");
        for (int i = 0; i < result.outcomes().size(); i++) {
            out.append("<li>").append(swatch(ReportCharts.outcomeColour(i), String.valueOf(i + 1)))
                    .append(esc(report.model().outcomes().get(i).description())).append("</li>\n");
        }
        out.append("<li class=\"line\">").append(lineSwatch()).append(esc(t.get("chart.inputs"))).append("</li>\n")
                .append("</ol>\n");
        out.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(t.get("column.year"))).append("</th><th>")
                .append(esc(t.get("column.value"))).append("</th><th>").append(esc(t.get("column.factor")))
                .append("</th><th>").append(esc(t.get("column.presentValue"))).append("</th><th>")
                .append(esc(t.get("column.inputs"))).append("</th></tr></thead>\n<tbody>\n");
        for (SroiResult.Period p : result.periods()) {
            String key = "period." + p.period() + ".";
            out.append("<tr><th scope=\"row\">").append(esc(year(p.period(), p.year()))).append("</th>")
                    .append(money(key + "value", p.value())).append("<td>")
                    .append(esc(f.number(p.discountFactor(), 4))).append("</td>")
                    .append(money(key + "presentValue", p.presentValue())).append(money(key + "inputs", p.inputs()))
                    .append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void valueMap() {
        SroiModel model = report.model();
        SroiResult result = report.result();
        section("value-map", t.get("section.valueMap"), t.get("section.valueMap.intro"));
        kept();
        boolean filters = model.outcomes().stream().anyMatch(o -> !o.filters().isEmpty());
        out.append("<table class=\"value-map").append(filters ? " with-filters" : "")
                .append("\">\n<colgroup><col class=\"n\"/><col class=\"outcome\"/>")
                .append("<col class=\"qty\"/><col class=\"proxy\"/><col class=\"dw\"/><col class=\"dp\"/>")
                .append("<col class=\"at\"/>").append(filters ? "<col class=\"of\"/>" : "")
                .append("<col class=\"du\"/><col class=\"do\"/><col class=\"pv\"/>")
                .append("</colgroup>\n<thead><tr>");
        List<String> columns = new ArrayList<>(List.of("number", "outcome", "quantity", "proxy", "deadweight",
                "displacement", "attribution", "duration", "dropOff", "presentValue"));
        if (filters) {
            columns.add(7, "otherFilters");
        }
        int span = columns.size() - 1;
        for (String c : columns) {
            out.append(c.equals("proxy") || c.equals("presentValue") ? "<th class=\"amount\">" : "<th>")
                    .append(heading(t.get("valueMap." + c))).append("</th>");
        }
        out.append("</tr></thead>\n");
        for (int i = 0; i < model.outcomes().size(); i++) {
            Outcome o = model.outcomes().get(i);
            SroiResult.OutcomeValue v = result.outcomes().get(i);
            String key = "outcome." + o.id() + ".";
            out.append("<tbody>\n<tr><td class=\"n\">").append(i + 1).append("</td><td>").append(esc(o.description()))
                    .append("<br/><span class=\"small\">").append(esc(t.get("valueMap.party"))).append(' ')
                    .append(esc(stakeholderName(o.stakeholder()))).append("</span></td><td>");
            out.append(quantities(o));
            if (o.startOffset() > 0) {
                out.append("<br/><span class=\"small\">").append(esc(t.get("valueMap.offset", o.startOffset())))
                        .append("</span>");
            }
            out.append("</td><td class=\"amount\" data-figure=\"").append(key).append("proxyValue\">")
                    .append(esc(f.money(v.proxyValue()))).append("</td>")
                    .append(fractionCell(o.deadweight())).append(fractionCell(o.displacement()))
                    .append(fractionCell(o.attribution())).append(filters ? otherFiltersCell(o) : "").append("<td>")
                    .append(esc(Estimates.years(t, f, o.duration()))).append("</td>")
                    .append(fractionCell(o.dropOff()))
                    .append(money(key + "presentValue", v.presentValue()).replace("<td ", "<td class=\"pv\" "))
                    .append("</tr>\n");
            out.append("<tr class=\"detail\"><td></td><td colspan=\"").append(span).append("\"><b>").append(esc(t.get("valueMap.indicator")))
                    .append("</b> ").append(esc(o.indicator()));
            if (o.valueTo() != null) {
                out.append(" · <b>").append(esc(t.get("valueMap.valueTo"))).append("</b> ")
                        .append(esc(valueTo(o.valueTo())));
            }
            out.append(" · <b>").append(esc(t.get("valueMap.proxyDetail"))).append("</b> ")
                    .append(esc(f.money(o.proxy().value()))).append(' ').append(esc(o.proxy().unit()));
            if (o.proxy().priceYear() != null) {
                out.append(", ").append(esc(t.get("valueMap.priceYear", o.proxy().priceYear())));
            }
            if (v.indexFactor() != 1) {
                out.append(" <span class=\"nw\">").append(esc(t.get("valueMap.indexed", f.number(v.indexFactor(), 4),
                        model.priceYear()))).append("</span>");
            }
            out.append(" · <b>").append(esc(t.get("source.source"))).append("</b> ").append(esc(o.proxy().source()));
            if (o.discountRate() != null) {
                out.append(" · <b>").append(esc(t.get("valueMap.ownRate"))).append("</b> ")
                        .append(esc(f.percent(o.discountRate(), 2)));
            }
            out.append("</td></tr>\n</tbody>\n");
        }
        out.append("<tfoot><tr><td></td><th colspan=\"").append(span - 1).append("\" scope=\"row\">").append(esc(t.get("total")))
                .append("</th>").append(money("total.presentValue", result.totals().presentValue())
                        .replace("<td ", "<td class=\"pv\" "))
                .append("</tr></tfoot>\n</table>\n</section>\n");
    }

    private void sensitivity() {
        SensitivityResult s = report.sensitivity();
        section("sensitivity", t.get("section.sensitivity"), report.uncertain()
                ? t.get("section.sensitivity.intro") : t.get("section.sensitivity.noRanges"));
        if (report.uncertain()) {
            chart(charts.tornado());
        }
        if (s.ratio().isPresent()) {
            out.append("<h3>").append(esc(t.get("section.switching"))).append("</h3>\n<ul class=\"switching\">\n");
            double ratio = s.ratio().getAsDouble();
            List<SensitivityResult.SwitchingValue> shown = new ArrayList<>();
            for (SensitivityResult.TornadoBar bar : s.tornado()) {
                s.switchingValues().stream().filter(sv -> sv.estimate().equals(bar.estimate())).findFirst()
                        .ifPresent(shown::add);
            }
            s.switchingValues().stream().filter(sv -> sv.estimate().outcome() < 0 && !shown.contains(sv))
                    .forEach(shown::add);
            List<SensitivityResult.SwitchingValue> none = new ArrayList<>();
            for (SensitivityResult.SwitchingValue sv : shown) {
                if (Estimates.exists(sv, report.model())) {
                    out.append("<li>").append(estimates.sentence(sv, ratio)).append("</li>\n");
                } else {
                    none.add(sv);
                }
            }
            if (!none.isEmpty()) {
                out.append("<li>").append(esc(t.get("section.switching.none"))).append("<ul>\n");
                for (SensitivityResult.SwitchingValue sv : none) {
                    out.append("<li>").append(esc(estimates.label(sv.estimate()))).append("</li>\n");
                }
                out.append("</ul></li>\n");
            }
            out.append("</ul>\n<p class=\"note\">").append(esc(t.get("section.switching.note",
                    s.switchingValues().size()))).append("</p>\n");
        }
        kept();
        out.append("</section>\n");
    }

    private void simulation() {
        SimulationResult sim = report.simulation();
        section("simulation", t.get("section.simulation"), sim == null ? t.get("section.simulation.none")
                : t.get("section.simulation.intro", f.count(sim.iterations()), sim.seed(),
                EstimateRef.ranged(report.model()).size()));
        if (sim != null) {
            chart(charts.histogram());
            boolean byRatio = sim.ratio() != null;
            out.append("<table class=\"numbers\">\n<thead><tr><th></th>");
            for (String c : List.of("mean", "sd", "p5", "p25", "p50", "p75", "p95")) {
                out.append("<th>").append(esc(t.get("stat." + c))).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            if (byRatio) {
                summaryRow("ratio", t.get("column.ratio"), sim.ratio(), f::ratio);
            }
            summaryRow("npv", t.get("figure.netPresentValue"), sim.netPresentValue(),
                    v -> f.money(BigDecimal.valueOf(v)));
            out.append("</tbody>\n</table>\n");
            if (byRatio && sim.ratio().probabilityAboveOne().isPresent()) {
                out.append("<p>").append(esc(t.get("section.simulation.probability",
                        f.percent(sim.ratio().probabilityAboveOne().getAsDouble(), 2)))).append("</p>\n");
            }
            if (sim.iterationsWithoutRatio() > 0) {
                out.append("<p class=\"note\">").append(esc(t.get("section.simulation.withoutRatio",
                        f.count(sim.iterationsWithoutRatio())))).append("</p>\n");
            }
        }
        kept();
        out.append("</section>\n");
    }

    private void summaryRow(String name, String label, SimulationResult.Summary s, Function<Double, String> format) {
        out.append("<tr><th scope=\"row\">").append(esc(label)).append("</th>");
        double[] values = {s.mean(), s.sd(), s.p5(), s.p25(), s.p50(), s.p75(), s.p95()};
        String[] names = {"mean", "sd", "p5", "p25", "p50", "p75", "p95"};
        for (int i = 0; i < values.length; i++) {
            out.append("<td data-figure=\"simulation.").append(name).append('.').append(names[i]).append("\">")
                    .append(esc(format.apply(values[i]))).append("</td>");
        }
        out.append("</tr>\n");
    }

    private void assumptions() {
        SroiModel model = report.model();
        SroiResult result = report.result();
        Discounting d = model.discounting();
        section("assumptions", t.get("section.assumptions"), t.get("section.assumptions.intro"));
        kept();
        out.append("<h3>").append(esc(t.get("section.conventions"))).append("</h3>\n<dl class=\"conventions\">\n");
        convention("rate", t.get("convention.rate"), f.percent(d.rate(), 2));
        convention("firstPeriod", t.get("convention.firstPeriod"), t.get(d.firstPeriod() == FirstPeriod.DISCOUNTED
                ? "convention.firstPeriod.discounted" : "convention.firstPeriod.undiscounted"));
        convention("inputs", t.get("convention.inputs"), t.get(d.inputs() ? "convention.inputs.discounted"
                : "convention.inputs.undiscounted"));
        convention("priceYear", t.get("convention.priceYear"), model.priceYear() == null ? t.get("notStated")
                : String.valueOf(model.priceYear()));
        PriceIndex index = model.priceIndex();
        convention("priceIndex", t.get("convention.priceIndex"), index == null ? t.get("convention.priceIndex.none")
                : index.name().equals(PriceIndex.CBS_CPI) ? t.get("convention.priceIndex.cbs")
                : t.get("convention.priceIndex.own", index.name(), index.source()));
        if (d.schedule() != null && !d.schedule().isEmpty()) {
            convention("schedule", t.get("convention.schedule"), String.join("; ", d.schedule().stream()
                    .map(step -> t.get("convention.schedule.step", step.fromYear(), f.percent(step.rate(), 2)))
                    .toList()));
        }
        convention("partYear", t.get("convention.partYear"), t.get(model.partYear()
                == nl.sroi.core.model.PartYear.FULL_YEAR ? "convention.partYear.fullYear"
                : "convention.partYear.proRata"));
        convention("period", t.get("convention.period"), model.firstYear() == null
                ? t.get("convention.period.numbered", result.periods().size())
                : t.get("convention.period.years", model.firstYear(),
                model.firstYear() + result.periods().size() - 1));
        convention("horizon", t.get("convention.horizon"), model.horizonYears() == null
                ? t.get("convention.horizon.none")
                : Estimates.years(t, f, BigDecimal.valueOf(model.horizonYears())));
        if (result.welfare().isPresent()) {
            convention("welfare", t.get("convention.welfare"), t.get("convention.welfare.text"));
        }
        convention("currency", t.get("convention.currency"), result.currency().getCurrencyCode());
        out.append("</dl>\n");

        basis();

        out.append("<h3>").append(esc(t.get("section.inputs"))).append("</h3>\n<table class=\"inputs\">\n<thead><tr><th>")
                .append(esc(t.get("column.input"))).append("</th><th>").append(esc(t.get("column.stakeholder")))
                .append("</th><th>").append(esc(t.get("column.perYear"))).append("</th><th class=\"amount\">")
                .append(esc(t.get("column.total"))).append("</th></tr></thead>\n<tbody>\n");
        for (Input in : model.inputs()) {
            out.append("<tr><td>").append(esc(in.description()));
            if (in.inKind()) {
                out.append(" <span class=\"tag\">").append(esc(t.get("inKind"))).append("</span>");
            }
            if (in.source() != null) {
                out.append("<br/><span class=\"small\">").append(esc(t.get("source.source"))).append(' ')
                        .append(esc(in.source())).append("</span>");
            }
            BigDecimal total = in.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean same = in.amounts().stream().allMatch(a -> a.compareTo(in.amounts().get(0)) == 0);
            List<String> amounts = new ArrayList<>();
            in.amounts().forEach(a -> amounts.add(f.money(a)));
            String perYear = same && in.amounts().size() > 1
                    ? t.get("input.same", f.money(in.amounts().get(0)), in.amounts().size())
                    : String.join(" · ", amounts);
            out.append("</td><td>").append(esc(stakeholderName(in.stakeholder()))).append("</td><td>")
                    .append(esc(perYear)).append("</td><td class=\"amount\">").append(esc(f.money(total)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<h3>").append(esc(t.get("section.sources"))).append("</h3>\n<ol class=\"sources\">\n");
        for (int i = 0; i < model.outcomes().size(); i++) {
            Outcome o = model.outcomes().get(i);
            SroiResult.OutcomeValue v = result.outcomes().get(i);
            String key = "outcome." + o.id() + ".";
            out.append("<li><b>").append(esc(o.description())).append("</b>: ").append(esc(o.proxy().priceYear() == null
                    ? t.get("source.enteredNoYear", f.money(o.proxy().value()), o.proxy().unit())
                    : t.get("source.entered", f.money(o.proxy().value()), o.proxy().unit(), o.proxy().priceYear())));
            if (v.indexFactor() != 1) {
                out.append("; ").append(Html.fill(t.get("source.indexed"), esc(String.valueOf(model.priceYear())),
                        "<span data-figure=\"" + key + "indexFactor\">" + esc(f.number(v.indexFactor(), 4)) + "</span>",
                        "<span class=\"nw\">" + esc(f.money(v.proxyValue())) + "</span>"));
            }
            out.append(". <b>").append(esc(t.get("source.source"))).append("</b> ").append(esc(o.proxy().source()));
            if (o.proxy().ref() != null) {
                out.append(" <b>").append(esc(t.get("source.library"))).append("</b> <span class=\"ref\">")
                        .append(esc(o.proxy().ref())).append("</span>");
                ProxyCatalogue.bundled().find(o.proxy().ref()).ifPresent(e -> out.append(" (")
                        .append(esc(e.description())).append(')'));
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");

        List<Problem> warnings = result.warnings();
        out.append("<h3>").append(esc(t.get("section.warnings"))).append("</h3>\n");
        if (warnings.isEmpty()) {
            out.append("<p>").append(esc(t.get("section.warnings.none"))).append("</p>\n");
        } else {
            out.append("<ul class=\"warnings\">\n");
            for (Problem w : warnings) {
                out.append("<li data-warning=\"").append(esc(w.code().name())).append("\">").append(esc(warning(w)))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        kept();
        out.append("</section>\n");
    }

    /**
     * What each estimate rests on, as the model's {@code quantityBasis} and proxy and input {@code basis} say, with
     * every assumption marked; the other estimates with a range (adjustments, durations, the rate) are assumptions
     * too, marked as uncertain. Each basis carries {@code data-basis} with its estimate, for a test to read back.
     */
    private void basis() {
        SroiModel model = report.model();
        SroiResult result = report.result();
        List<EstimateRef.Ranged> ranged = EstimateRef.ranged(model);
        out.append("<h3>").append(esc(t.get("section.basis"))).append("</h3>\n<p>").append(esc(t.get(
                "section.basis.intro"))).append("</p>\n");
        StringBuilder rows = new StringBuilder();
        int[] count = new int[2]; // estimates, assumptions
        for (int i = 0; i < model.outcomes().size(); i++) {
            Outcome o = model.outcomes().get(i);
            SroiResult.OutcomeValue v = result.outcomes().get(i);
            basisRow(rows, count, "outcome." + o.id() + ".quantity", t.get("estimate.quantity") + " – "
                    + o.description(), quantities(o), v.quantityBasis(), range(ranged, i, Estimate.QUANTITY));
            // the proxy as used, in the model's prices, like its range
            basisRow(rows, count, "outcome." + o.id() + ".proxy", t.get("estimate.proxy") + " – " + o.description(),
                    esc(f.money(v.proxyValue())), v.proxyBasis(), range(ranged, i, Estimate.PROXY));
            for (EstimateRef.Ranged r : ranged) {
                Estimate e = r.ref().estimate();
                if (r.ref().outcome() == i && e != Estimate.QUANTITY && e != Estimate.PROXY) {
                    basisRow(rows, count, "outcome." + o.id() + "." + e.key(), estimates.label(r.ref()),
                            esc(estimates.value(r.ref(), BigDecimal.valueOf(r.ref().pointValue(model)))),
                            Basis.ASSUMPTION, r);
                }
            }
        }
        for (Input in : model.inputs()) {
            BigDecimal total = in.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            basisRow(rows, count, "input." + in.id(), t.get("estimate.input") + " – " + in.description(),
                    esc(f.money(total)), in.basis(), null);
        }
        for (EstimateRef.Ranged r : ranged) {
            if (r.ref().outcome() < 0) {
                basisRow(rows, count, r.ref().estimate().key(), estimates.label(r.ref()),
                        esc(estimates.value(r.ref(), BigDecimal.valueOf(r.ref().pointValue(model)))), Basis.ASSUMPTION,
                        r);
            }
        }
        out.append("<p><b>").append(esc(t.get("section.basis.summary", count[1], count[0]))).append("</b></p>\n");
        out.append("<table class=\"basis\">\n<colgroup><col class=\"estimate\"/><col class=\"value\"/>")
                .append("<col class=\"basis\"/><col class=\"range\"/></colgroup>\n<thead><tr>");
        for (String c : List.of("estimate", "point", "basis", "range")) {
            out.append("<th>").append(esc(t.get("range." + c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n").append(rows).append("</tbody>\n</table>\n");
    }

    /** {@code valueHtml} is HTML. */
    private void basisRow(StringBuilder rows, int[] count, String name, String label, String valueHtml, Basis basis,
                          EstimateRef.Ranged range) {
        count[0]++;
        String text;
        if (basis == Basis.ASSUMPTION) {
            count[1]++;
            text = "<span class=\"assumption\">" + esc(t.get(range == null ? "basis.assumption" : "basis.ranged"))
                    + "</span>";
        } else {
            text = esc(basis == null ? t.get("basis.none") : t.get("basis." + basis.name().toLowerCase(Locale.ROOT)));
        }
        rows.append("<tr><td>").append(esc(label)).append("</td><td>").append(valueHtml)
                .append("</td><td class=\"basis\" data-basis=\"").append(esc(name)).append("\">").append(text)
                .append("</td><td>");
        if (range == null) {
            rows.append(esc(t.get("range.none")));
        } else {
            EstimateRef ref = range.ref();
            rows.append(esc(t.get("range.between", estimates.value(ref, range.range().low()),
                    estimates.value(ref, range.range().high()),
                    t.get("distribution." + range.range().distribution().name().toLowerCase(Locale.ROOT)))));
        }
        rows.append("</td></tr>\n");
    }

    private static EstimateRef.Ranged range(List<EstimateRef.Ranged> ranged, int outcome, Estimate estimate) {
        return ranged.stream().filter(r -> r.ref().outcome() == outcome && r.ref().estimate() == estimate)
                .findFirst().orElse(null);
    }

    private void convention(String name, String label, String value) {
        out.append("<div><dt>").append(esc(label)).append("</dt><dd data-convention=\"").append(name).append("\">")
                .append(esc(value)).append("</dd></div>\n");
    }

    /** A warning in the report's language where its code has a text, else as the library words it. */
    private String warning(Problem w) {
        String key = "warning." + w.code().name();
        if (!t.has(key)) {
            return w.message(report.options().language());
        }
        SroiModel model = report.model();
        String[] parts = w.pointer().split("/");
        String outcome = "";
        String share = "";
        String proxyYear = "";
        if (parts.length > 2 && parts[1].equals("outcomes")) {
            int i = Integer.parseInt(parts[2]);
            Outcome o = model.outcomes().get(i);
            outcome = o.description();
            OptionalDouble s = report.result().outcomes().get(i).share();
            share = s.isPresent() ? f.percent(s.getAsDouble(), 0) : "";
            proxyYear = o.proxy().priceYear() == null ? "" : String.valueOf(o.proxy().priceYear());
        }
        return t.get(key, outcome, share, proxyYear, model.priceYear() == null ? "" : model.priceYear(),
                model.horizonYears() == null ? "" : model.horizonYears());
    }

    private void businessCase(BusinessCaseResult c) {
        BusinessCaseResult.Party p = c.party();
        out.append("<section id=\"business-case\" class=\"new-page\">\n<h2>")
                .append(esc(t.get("section.businessCase", p.name()))).append("</h2>\n");
        out.append("<p class=\"lead\">").append(esc(t.get("businessCase.summary", p.name(), f.money(p.invested()),
                f.money(p.received()), f.money(p.net())))).append("</p>\n");
        out.append("<dl class=\"figures\">\n");
        figure("party.invested", t.get("businessCase.pays"), f.money(p.invested()),
                t.get(report.model().discounting().inputs() ? "figure.inputsValue.discounted"
                        : "figure.inputsValue.note"));
        figure("party.received", t.get("businessCase.receives"), f.money(p.received()),
                t.get("figure.presentValue.note", f.percent(report.model().discounting().rate(), 2)));
        figure("party.net", t.get("businessCase.net"), f.money(p.net()), t.get("businessCase.net.note"));
        figure("party.ratio", t.get("businessCase.ratio"), p.ratio().isPresent() ? f.ratio(p.ratio().getAsDouble())
                : t.get("none"), t.get("businessCase.ratio.note"));
        figure("party.paybackMonths", t.get("figure.payback"), p.paybackMonths().isPresent()
                ? t.get("months", f.number(p.paybackMonths().getAsDouble(), 1)) : t.get("figure.payback.none"),
                t.get("businessCase.payback.note"));
        out.append("</dl>\n");
        chart(charts.businessCase(c));
        out.append("<table class=\"numbers\">\n<thead><tr>");
        for (String col : List.of("year", "pays", "receives", "paysCounted", "receivesPresentValue", "balance",
                "cumulative")) {
            out.append("<th>").append(esc(t.get("businessCase.column." + col))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (BusinessCaseResult.Period row : p.periods()) {
            String key = "party.period." + row.period() + ".";
            out.append("<tr><th scope=\"row\">").append(esc(year(row.period(), row.year()))).append("</th>")
                    .append(money(key + "pays", row.pays())).append(money(key + "receives", row.receives()))
                    .append(money(key + "paysCounted", row.paysCounted()))
                    .append(money(key + "receivesPresentValue", row.receivesPresentValue()))
                    .append(money(key + "balance", row.balance()))
                    .append(money(key + "cumulativeBalance", row.cumulativeBalance())).append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<p class=\"note\">").append(esc(t.get(report.model().discounting().inputs()
                ? "businessCase.note.discounted" : "businessCase.note"))).append("</p>\n");
        out.append("<h3>").append(esc(t.get("businessCase.others"))).append("</h3>\n<p>")
                .append(esc(t.get("businessCase.others.intro"))).append("</p>\n<table class=\"numbers\">\n<thead><tr><th>")
                .append(esc(t.get("column.stakeholder"))).append("</th><th>").append(esc(t.get("column.invests")))
                .append("</th><th>").append(esc(t.get("column.receives"))).append("</th><th>")
                .append(esc(t.get("column.net"))).append("</th></tr></thead>\n<tbody>\n");
        for (BusinessCaseResult.Party other : c.parties()) {
            if (other.id().equals(c.focus())) {
                continue;
            }
            String key = "party." + other.id() + ".";
            out.append("<tr><th scope=\"row\">").append(esc(other.name())).append("</th>")
                    .append(money(key + "invested", other.invested())).append(money(key + "received", other.received()))
                    .append(money(key + "net", other.net())).append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void footer() {
        SroiModel model = report.model();
        out.append("<footer><p>").append(esc(t.get("footer", model.id(),
                report.scenario() == null ? "" : " / " + report.scenario().id()))).append("</p></footer>\n");
    }

    /** Opens a section; its heading is kept on one page with what follows up to {@link #kept()}. */
    private void section(String id, String title, String intro) {
        out.append("<section id=\"").append(id).append("\">\n<div class=\"keep\">\n<h2>").append(esc(title))
                .append("</h2>\n");
        if (intro != null && !intro.isEmpty()) {
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

    private String money(String figure, MonetaryAmount amount) {
        return "<td data-figure=\"" + esc(figure) + "\">" + esc(f.money(amount)) + "</td>";
    }

    private String ratioCell(String figure, OptionalDouble ratio) {
        return "<td data-figure=\"" + esc(figure) + "\">" + esc(ratio.isPresent() ? f.ratio(ratio.getAsDouble())
                : t.get("none")) + "</td>";
    }

    /** An outcome's quantities per year in HTML, "8,75 · 13,75 · …", broken only after a separator. */
    private String quantities(Outcome o) {
        List<String> q = new ArrayList<>();
        o.quantity().forEach(x -> q.add(f.number(x)));
        StringBuilder html = new StringBuilder();
        for (int k = 0; k < q.size(); k++) {
            html.append(k == 0 ? "" : " ").append("<span class=\"nw\">").append(esc(q.get(k)))
                    .append(k < q.size() - 1 ? " ·" : "").append("</span>");
        }
        return html.toString();
    }

    /** An adjustment as the model gives it, a fraction: 0,4. */
    /** Other filters (section 12): each with its name and share, as the publication prints them. */
    private String otherFiltersCell(Outcome o) {
        StringBuilder cell = new StringBuilder("<td class=\"filters\">");
        for (OtherFilter filter : o.filters()) {
            cell.append(cell.length() > 21 ? "<br/>" : "").append(esc(f.number(filter.share())))
                    .append(" <span class=\"small\">").append(esc(filter.name())).append("</span>");
        }
        return cell.append("</td>").toString();
    }

    private String fractionCell(BigDecimal share) {
        return "<td>" + esc(f.number(share)) + "</td>";
    }

    /** A column heading; a | in the text marks where a long word is hyphenated over two lines. */
    private static String heading(String text) {
        return esc(text).replace("|", "<br/>");
    }

    private String year(int period, Integer year) {
        return year != null ? String.valueOf(year) : t.get("period", period);
    }

    private String stakeholderName(String id) {
        return report.model().stakeholders().stream().filter(s -> s.id().equals(id)).map(Stakeholder::name)
                .findFirst().orElse(id);
    }

    private String valueTo(List<ValueShare> shares) {
        List<String> parts = new ArrayList<>();
        for (ValueShare s : shares) {
            parts.add(stakeholderName(s.stakeholder()) + " " + f.percent(s.share(), 1));
        }
        return String.join(", ", parts);
    }

    private static String swatch(Color c, String number) {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        return "<span class=\"swatch\" style=\"background: " + rgb + "; color: "
                + (ReportCharts.dark(c) ? "#fff" : "#000") + ";\">" + number + "</span>";
    }

    private static String lineSwatch() {
        return "<span class=\"swatch line\"></span>";
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
