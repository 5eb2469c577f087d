package nl.sroi.report;

import java.math.BigDecimal;

import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.SroiModel;

/** How estimates read in the report: their names, their values in the right unit, and switching values as sentences. */
final class Estimates {

    private final SroiModel model;
    private final Texts t;
    private final Formats f;

    Estimates(SroiModel model, Texts texts, Formats formats) {
        this.model = model;
        this.t = texts;
        this.f = formats;
    }

    /** "Toerekening" */
    String name(Estimate e) {
        return t.get("estimate." + e.key());
    }

    /** The estimate and the outcome it belongs to, for a chart label: "Toerekening – Werkende jongere …". */
    String label(EstimateRef ref) {
        String name = name(ref.estimate());
        return ref.outcome() < 0 ? name : name + " – " + model.outcomes().get(ref.outcome()).description();
    }

    /** A value of the estimate in its unit: 30 %, € 5.854,27, 0,5 ×, 3 jaar. */
    String value(EstimateRef ref, BigDecimal value) {
        return value(ref.estimate(), value);
    }

    String value(Estimate e, BigDecimal value) {
        return switch (e) {
            case DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, DROP_OFF -> f.percent(value, 1);
            case RATE -> f.percent(value, 2);
            case PROXY -> f.money(value);
            case QUANTITY, INPUTS -> t.get("times", f.number(value.setScale(Math.min(value.scale(), 3),
                    java.math.RoundingMode.HALF_UP)));
            case DURATION -> t.get("years", f.number(value));
        };
    }

    /**
     * The switching value as a sentence in HTML: "De ratio zakt naar 1 als de toerekening van <em>…</em> 84,2 %
     * wordt (nu 70 %)." {@code ratio} is the model's ratio (the direction of the move).
     */
    String sentence(SensitivityResult.SwitchingValue sv, double ratio) {
        EstimateRef ref = sv.estimate();
        Estimate e = ref.estimate();
        String outcome = ref.outcome() < 0 ? ""
                : "<em>" + Html.escape(model.outcomes().get(ref.outcome()).description()) + "</em>";
        String now = Html.escape(value(e, BigDecimal.valueOf(ref.pointValue(model))));
        String name = Html.escape(name(e).toLowerCase(java.util.Locale.ROOT));
        if (!exists(sv, model)) {
            return fill(t.get("switch.none." + kind(e)), name, outcome);
        }
        BigDecimal at = BigDecimal.valueOf(sv.value().getAsDouble());
        if (e == Estimate.PROXY) {
            at = at.setScale(2, java.math.RoundingMode.HALF_UP);
        } else if (e != Estimate.DURATION) {
            at = at.round(new java.math.MathContext(3));
        }
        String condition = fill(t.get("switch." + kind(e)), name, outcome,
                "<b class=\"nw\">" + Html.escape(value(e, at)) + "</b>", "<span class=\"nw\">" + now + "</span>");
        return fill(t.get(ratio >= 1 ? "switch.down" : "switch.up"), condition);
    }

    /**
     * Whether the switching value is one a reader can act on: it exists, and a proxy keeps its sign (a benefit does
     * not turn into a harm to reach ratio 1; the format's section 11.4).
     */
    static boolean exists(SensitivityResult.SwitchingValue sv, SroiModel model) {
        if (sv.value().isEmpty()) {
            return false;
        }
        EstimateRef ref = sv.estimate();
        return ref.estimate() != Estimate.PROXY
                || Math.signum(sv.value().getAsDouble()) == Math.signum(ref.pointValue(model));
    }

    /** A template's text escaped, its placeholders {0}, {1}, … replaced by HTML fragments. */
    private static String fill(String template, String... html) {
        String s = Html.escape(template);
        for (int i = 0; i < html.length; i++) {
            s = s.replace("{" + i + "}", html[i]);
        }
        return s;
    }

    private static String kind(Estimate e) {
        return switch (e) {
            case DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, DROP_OFF -> "fraction";
            default -> e.key();
        };
    }
}
