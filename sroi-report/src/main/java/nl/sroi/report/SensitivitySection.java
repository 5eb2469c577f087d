package nl.sroi.report;

import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.analysis.SensitivityResult;

/** The sensitivity section: the tornado of the ranged estimates. */
final class SensitivitySection extends ReportSection {

    SensitivitySection(ReportHtml page) {
        super(page);
    }

    void write() {
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
}
