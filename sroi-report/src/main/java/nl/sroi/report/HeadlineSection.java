package nl.sroi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.Published;

/** The headline section: the main figures, and beside them what the publication states (section 12). */
final class HeadlineSection extends ReportSection {

    HeadlineSection(ReportHtml page) {
        super(page);
    }

    void write() {
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
            rows.add(publishedRow("presentValue", p.presentValue(), totals.presentValue().doubleValue(),
                    tolerance, false));
        }
        if (p != null && p.inputsValue() != null) {
            rows.add(publishedRow("inputsValue", p.inputsValue(), totals.inputsValue().doubleValue(),
                    tolerance, false));
        }
        List<Outcome> outcomes = report.model().outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.published() != null && o.published().presentValue() != null) {
                String[] row = publishedRow("outcome." + o.id(), o.published().presentValue(),
                        report.result().outcomes().get(i).presentValue().doubleValue(), tolerance, false);
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
}
