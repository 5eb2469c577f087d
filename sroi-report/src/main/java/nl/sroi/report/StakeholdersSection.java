package nl.sroi.report;

import java.util.List;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.SroiModel;

/** The section on what each stakeholder invests and receives. */
final class StakeholdersSection extends ReportSection {

    StakeholdersSection(ReportHtml page) {
        super(page);
    }

    void write() {
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
}
