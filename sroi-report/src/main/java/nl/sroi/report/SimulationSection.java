package nl.sroi.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.SimulationResult;

/** The simulation section: the histogram and the summary of the iterations. */
final class SimulationSection extends ReportSection {

    SimulationSection(ReportHtml page) {
        super(page);
    }

    void write() {
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
}
