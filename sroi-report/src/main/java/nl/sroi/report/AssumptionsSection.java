package nl.sroi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Basis;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.proxy.ProxyCatalogue;
import nl.sroi.core.validation.Problem;

/** The assumptions section: the conventions, the basis of each estimate, and the warnings. */
final class AssumptionsSection extends ReportSection {

    AssumptionsSection(ReportHtml page) {
        super(page);
    }

    void write() {
        SroiModel model = report.model();
        SroiResult result = report.result();
        Discounting d = model.discounting();
        section("assumptions", t.get("section.assumptions"), t.get("section.assumptions.intro"));
        kept();
        conventions(model, result, d);
        basis();
        inputs(model);
        sources(model, result);
        warnings(result);
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
            basisRow(rows, count, "outcome." + o.id() + ".quantity", estimates.name(Estimate.QUANTITY) + " – "
                    + o.description(), quantities(o), v.quantityBasis(), range(ranged, i, Estimate.QUANTITY));
            // the proxy as used, in the model's prices, like its range
            basisRow(rows, count, "outcome." + o.id() + ".proxy", estimates.name(Estimate.PROXY) + " – "
                    + o.description(), esc(f.money(v.proxyValue())), v.proxyBasis(), range(ranged, i, Estimate.PROXY));
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
            basisRow(rows, count, "input." + in.id(), t.get("assumptions.input") + " – " + in.description(),
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
        return t.pick(key, outcome, share, proxyYear, model.priceYear() == null ? "" : model.priceYear(),
                model.horizonYears() == null ? "" : model.horizonYears());
    }

    /** The calculation's warnings, in the report's language. */
    private void warnings(SroiResult result) {
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
    }

    /** Each outcome's proxy: as entered, indexed, and its source. */
    private void sources(SroiModel model, SroiResult result) {
        out.append("<h3>").append(esc(t.get("section.sources"))).append("</h3>\n<ol class=\"sources\">\n");
        for (int i = 0; i < model.outcomes().size(); i++) {
            Outcome o = model.outcomes().get(i);
            SroiResult.OutcomeValue v = result.outcomes().get(i);
            String key = "outcome." + o.id() + ".";
            out.append("<li><b>").append(esc(o.description())).append("</b>: ").append(esc(o.proxy().priceYear() == null
                    ? t.get("source.enteredNoYear", f.money(o.proxy().value()), o.proxy().unit())
                    : t.get("source.entered", f.money(o.proxy().value()), o.proxy().unit(), o.proxy().priceYear())));
            if (v.indexFactor() != 1) {
                out.append("; ").append(Html.fill(t.template("source.indexed"), esc(String.valueOf(model.priceYear())),
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
    }

    /** The inputs: each one's amounts per year and its total. */
    private void inputs(SroiModel model) {
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
    }

    /** The calculation's conventions: rate, periods, prices, horizon and currency. */
    private void conventions(SroiModel model, SroiResult result, Discounting d) {
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
    }
}
