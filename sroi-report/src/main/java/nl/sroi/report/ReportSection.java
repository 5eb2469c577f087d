package nl.sroi.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import javax.money.MonetaryAmount;

import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.text.Words;

/**
 * What every section of the report page shares: the report, its texts, formats and charts, the page being written
 * (headings kept with what follows, charts put in by {@link ReportHtml}), and the cells and marks more than one
 * section writes.
 */
abstract class ReportSection {

    final ReportHtml page;
    final Report report;
    final Words t;
    final Formats f;
    final Estimates estimates;
    final ReportCharts charts;
    final StringBuilder out;

    ReportSection(ReportHtml page) {
        this.page = page;
        this.report = page.report;
        this.t = page.t;
        this.f = page.f;
        this.estimates = page.estimates;
        this.charts = page.charts;
        this.out = page.out;
    }

    void section(String id, String title, String intro) {
        page.section(id, title, intro);
    }

    void kept() {
        page.kept();
    }

    void chart(ReportCharts.Chart chart) {
        page.chart(chart);
    }

    void figure(String name, String label, String value, String note) {
        out.append("<div><dt>").append(esc(label)).append("</dt><dd class=\"value\" data-figure=\"").append(name)
                .append("\">").append(esc(value)).append("</dd><dd class=\"note\">").append(esc(note))
                .append("</dd></div>\n");
    }

    String money(String figure, MonetaryAmount amount) {
        return money(figure, amount.getNumber().numberValue(BigDecimal.class));
    }

    String money(String figure, BigDecimal amount) {
        return "<td data-figure=\"" + esc(figure) + "\">" + esc(f.money(amount)) + "</td>";
    }

    String ratioCell(String figure, OptionalDouble ratio) {
        return "<td data-figure=\"" + esc(figure) + "\">" + esc(ratio.isPresent() ? f.ratio(ratio.getAsDouble())
                : t.get("none")) + "</td>";
    }

    /** An outcome's quantities per year in HTML, "8,75 · 13,75 · …", broken only after a separator. */
    String quantities(Outcome o) {
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
    String otherFiltersCell(Outcome o) {
        StringBuilder cell = new StringBuilder("<td class=\"filters\">");
        for (OtherFilter filter : o.filters()) {
            cell.append(cell.length() > 21 ? "<br/>" : "").append(esc(f.number(filter.share())))
                    .append(" <span class=\"small\">").append(esc(filter.name())).append("</span>");
        }
        return cell.append("</td>").toString();
    }

    String fractionCell(BigDecimal share) {
        return "<td>" + esc(f.number(share)) + "</td>";
    }

    /** A column heading; a | in the text marks where a long word is hyphenated over two lines. */
    static String heading(String text) {
        return esc(text).replace("|", "<br/>");
    }

    String year(int period, Integer year) {
        return year != null ? String.valueOf(year) : t.get("period", period);
    }

    String stakeholderName(String id) {
        return report.model().stakeholders().stream().filter(s -> s.id().equals(id)).map(Stakeholder::name)
                .findFirst().orElse(id);
    }

    String valueTo(List<ValueShare> shares) {
        List<String> parts = new ArrayList<>();
        for (ValueShare s : shares) {
            parts.add(stakeholderName(s.stakeholder()) + " " + f.percent(s.share(), 1));
        }
        return String.join(", ", parts);
    }

    static String swatch(Color c, String number) {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        return "<span class=\"swatch\" style=\"background: " + rgb + "; color: "
                + (ReportCharts.dark(c) ? "#fff" : "#000") + ";\">" + number + "</span>";
    }

    static String lineSwatch() {
        return "<span class=\"swatch line\"></span>";
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
