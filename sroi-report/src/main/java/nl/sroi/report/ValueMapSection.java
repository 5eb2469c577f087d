package nl.sroi.report;

import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;

/** The value map section: each outcome's quantities, proxy, adjustments and value. */
final class ValueMapSection extends ReportSection {

    ValueMapSection(ReportHtml page) {
        super(page);
    }

    void write() {
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
            detailRow(model, o, v, span);
        }
        out.append("<tfoot><tr><td></td><th colspan=\"").append(span - 1).append("\" scope=\"row\">").append(esc(t.get("total")))
                .append("</th>").append(money("total.presentValue", result.totals().presentValue())
                        .replace("<td ", "<td class=\"pv\" "))
                .append("</tr></tfoot>\n</table>\n</section>\n");
    }

    /** An outcome's second row: its indicator, value to, proxy, source and own discount rate. */
    private void detailRow(SroiModel model, Outcome o, SroiResult.OutcomeValue v, int span) {
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
}
