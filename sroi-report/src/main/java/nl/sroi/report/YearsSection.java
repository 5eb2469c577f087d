package nl.sroi.report;

import nl.sroi.core.calc.SroiResult;

/** The section on value and inputs per year. */
final class YearsSection extends ReportSection {

    YearsSection(ReportHtml page) {
        super(page);
    }

    void write() {
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
}
