package nl.sroi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


import nl.sroi.core.analysis.BridgeResult;
import nl.sroi.core.analysis.FieldValue;
import nl.sroi.core.model.Kind;
import nl.sroi.core.text.Words;

/**
 * The HTML of the page "Verschil met het basismodel" (a scenario against its base model) or "Verschil met de
 * prognose" (an evaluation against its forecast): the factors' effects, the five largest outcome effects in a
 * sentence each, and the changes. The waterfall is {@link ReportCharts#waterfall}.
 */
final class BridgeSection {

    /** The most changes the page lists; the document lists them all. */
    static final int MAX_CHANGES = 40;
    private static final int LARGEST = 5;
    private static final int VALUE_LENGTH = 48;

    private final Report report;
    private final BridgeResult b;
    private final Words t;
    private final Formats f;

    BridgeSection(Report report, Words t, Formats f) {
        this.report = report;
        this.b = report.bridge();
        this.t = t;
        this.f = f;
    }

    private boolean forecast() {
        return report.scenario() == null && report.model().kind() == Kind.EVALUATION;
    }

    String title() {
        return t.get(forecast() ? "bridge.title.forecast" : "bridge.title.base");
    }

    String fromLabel() {
        return t.get(forecast() ? "bridge.from.forecast" : "bridge.from.base");
    }

    String toLabel() {
        return report.scenario() != null ? report.scenario().title() : t.get("bridge.to.evaluation");
    }

    String intro() {
        String from = b.from().rounded().ratio() == null ? t.get("none") : ratio(b.from().rounded().ratio());
        String to = b.to().rounded().ratio() == null ? t.get("none") : ratio(b.to().rounded().ratio());
        return t.get("bridge.intro", fromLabel(), from, toLabel(), to)
                + (b.hasRatioEffects() ? "" : " " + t.get("bridge.noRatio"));
    }

    /** The factors' rounded effects on each figure, with the totals from and to. */
    String factorTable() {
        StringBuilder h = new StringBuilder("<table class=\"bridge\">\n<thead><tr><th>")
                .append(esc(t.get("bridge.column.factor"))).append("</th><th>").append(esc(t.get("figure.presentValue")))
                .append("</th><th>").append(esc(t.get("figure.inputsValue"))).append("</th><th>")
                .append(esc(t.get("figure.netPresentValue"))).append("</th><th>").append(esc(t.get("bridge.ratio")))
                .append("</th></tr></thead>\n<tbody>\n");
        row(h, fromLabel(), b.from().rounded(), "total");
        for (BridgeResult.FactorEffect e : b.factors()) {
            row(h, e.factor().label().in(f.language()), e.rounded(), "factor-" + e.factor().key());
        }
        row(h, toLabel(), b.to().rounded(), "total");
        return h.append("</tbody>\n</table>\n").toString();
    }

    private void row(StringBuilder h, String label, BridgeResult.Rounded r, String cls) {
        h.append("<tr class=\"").append(cls).append("\"><th>").append(esc(label)).append("</th>");
        for (int k = 0; k < 3; k++) {
            h.append("<td>").append(esc(f.money(r.get(k)))).append("</td>");
        }
        h.append("<td>").append(esc(r.ratio() == null ? t.get("none") : ratio(r.ratio()))).append("</td></tr>\n");
    }

    /** The five largest effects of a factor on one outcome's present value, a sentence each. */
    String largest() {
        record Part(BridgeResult.FactorEffect factor, BridgeResult.OutcomeEffect outcome) {
        }
        List<Part> parts = new ArrayList<>();
        for (BridgeResult.FactorEffect e : b.factors()) {
            e.outcomes().stream().filter(o -> Math.abs(o.presentValue()) >= 0.005).forEach(o -> parts.add(new Part(e, o)));
        }
        parts.sort(Comparator.comparingDouble((Part p) -> -Math.abs(p.outcome().presentValue())));
        StringBuilder h = new StringBuilder("<h3>").append(esc(t.get("bridge.largest"))).append("</h3>\n");
        if (parts.isEmpty()) {
            return h.append("<p>").append(esc(t.get("bridge.largest.none"))).append("</p>\n").toString();
        }
        h.append("<ol class=\"largest\">\n");
        for (Part p : parts.subList(0, Math.min(LARGEST, parts.size()))) {
            double v = p.outcome().presentValue();
            String label = p.factor().factor().label().in(f.language());
            h.append("<li>").append(esc(t.get(v >= 0 ? "bridge.sentence.up" : "bridge.sentence.down",
                    Character.toUpperCase(label.charAt(0)) + label.substring(1), p.outcome().description(),
                    f.money(BigDecimal.valueOf(Math.abs(v)).setScale(2, java.math.RoundingMode.HALF_EVEN)))))
                    .append("</li>\n");
        }
        return h.append("</ol>\n").toString();
    }

    /** The fields that changed: the first {@value #MAX_CHANGES}, the number of the others. */
    String changes() {
        List<BridgeResult.Change> all = b.changes();
        StringBuilder h = new StringBuilder("<h3>").append(esc(t.get("bridge.changes"))).append("</h3>\n");
        if (all.isEmpty()) {
            return h.append("<p>").append(esc(t.get("bridge.changes.none"))).append("</p>\n").toString();
        }
        h.append("<table class=\"changes\">\n<thead><tr><th>").append(esc(t.get("bridge.column.factor")))
                .append("</th><th>").append(esc(t.get("bridge.column.field"))).append("</th><th>")
                .append(esc(t.get("bridge.column.from"))).append("</th><th>").append(esc(t.get("bridge.column.to")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (BridgeResult.Change c : all.subList(0, Math.min(MAX_CHANGES, all.size()))) {
            String pointer = c.pointerTo() != null ? c.pointerTo() : c.pointerFrom();
            h.append("<tr><td>").append(esc(c.factor() == null ? t.get("bridge.noFactor")
                    : c.factor().label().in(f.language()))).append("</td><td>")
                    .append(c.name() == null ? "" : esc(cut(c.name())) + "<br/>")
                    .append("<span class=\"pointer\">").append(esc(pointer)).append("</span></td><td>")
                    .append(esc(value(c.from(), c.to(), pointer))).append("</td><td>")
                    .append(esc(value(c.to(), c.from(), pointer))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (all.size() > MAX_CHANGES) {
            h.append("<p class=\"note\">").append(esc(t.get("bridge.changes.more", all.size() - MAX_CHANGES)))
                    .append("</p>\n");
        }
        return h.toString();
    }

    /** A value as the page shows it: a number in the language's notation, a list of them, or a cut text. */
    private String value(FieldValue v, FieldValue other, String pointer) {
        if (v == null) {
            return t.get(other != null && other.isEntry() ? "bridge.absent.entry" : "bridge.absent");
        }
        if (v.isEntry()) {
            return v.id() != null ? t.get("bridge.entry", v.id()) : cut(v.json());
        }
        if (v.isNumber()) {
            // a year is a label, not an amount: 2027, not 2.027
            return pointer.endsWith("Year") || pointer.endsWith("Years") ? v.text() : f.number(v.number());
        }
        if (v.isList()) {
            List<String> items = new ArrayList<>();
            v.items().forEach(x -> items.add(x.isNumber() ? f.number(x.number()) : x.text()));
            return cut(String.join(" · ", items));
        }
        return cut(v.text());
    }

    /** A ratio or a ratio's effect to the 4 decimals the bridge rounds to: 0,0420. */
    private String ratio(BigDecimal r) {
        return f.number(r.doubleValue(), 4);
    }

    private static String cut(String s) {
        return s.length() <= VALUE_LENGTH ? s : s.substring(0, VALUE_LENGTH - 1) + "…";
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
