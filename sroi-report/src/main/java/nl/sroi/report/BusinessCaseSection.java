package nl.sroi.report;

import java.util.List;

import nl.sroi.core.analysis.BusinessCaseResult;

/** The business case section: one party's payments and receipts per year, and its figures. */
final class BusinessCaseSection extends ReportSection {

    BusinessCaseSection(ReportHtml page) {
        super(page);
    }

    void write(BusinessCaseResult c) {
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
}
