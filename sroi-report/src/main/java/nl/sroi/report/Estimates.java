package nl.sroi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Words;

/** How estimates read in the report: their names, their values in the right unit, and switching values as sentences. */
final class Estimates {

    private final SroiModel model;
    private final Words t;
    private final Formats f;

    Estimates(SroiModel model, Words texts, Formats formats) {
        this.model = model;
        this.t = texts;
        this.f = formats;
    }

    /** "Toerekening" */
    String name(Estimate e) {
        return e.heading().in(t.language());
    }

    /** An estimate's name; an other filter by the name the analysis gives it: "correctie „CPBL”". */
    String name(EstimateRef ref) {
        if (ref.estimate() != Estimate.OTHER_FILTER) {
            return name(ref.estimate());
        }
        return t.get("filter.named",
                model.outcomes().get(ref.outcome()).filters().get(ref.filter()).name());
    }

    /** The estimate and the outcome it belongs to, for a chart label: "Toerekening – Werkende jongere …". */
    String label(EstimateRef ref) {
        String name = name(ref);
        return ref.outcome() < 0 ? name : name + " – " + model.outcomes().get(ref.outcome()).description();
    }

    /** A value of the estimate in its unit: 0,3 (an adjustment, as the model gives it), € 5.854,27, 0,5 ×, 3 jaar. */
    String value(EstimateRef ref, BigDecimal value) {
        return value(ref.estimate(), value);
    }

    String value(Estimate e, BigDecimal value) {
        return switch (e) {
            case DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, DROP_OFF, OTHER_FILTER -> f.number(value);
            case RATE -> f.percent(value, 2);
            case PROXY -> f.money(value);
            case QUANTITY, INPUTS -> t.get("times", f.number(value.setScale(Math.min(value.scale(), 3),
                    RoundingMode.HALF_UP)));
            case DURATION -> years(t, f, value);
        };
    }

    /** "1 jaar", "2,5 jaar"; "1 year", "3 years". */
    static String years(Words t, Formats f, BigDecimal years) {
        return t.get(years.compareTo(BigDecimal.ONE) == 0 ? "year.one" : "years", f.number(years));
    }

    /**
     * The switching value as a sentence in HTML: "De ratio zakt naar 1 als de toerekening van <em>…</em> 0,84
     * wordt (nu 0,5)." {@code ratio} is the model's ratio (the direction of the move). The value carries
     * {@code data-figure="switching/outcomes/6/attribution"} (its pointer) so that a test can read it back against
     * the sensitivity analysis.
     */
    String sentence(SensitivityResult.SwitchingValue sv, double ratio) {
        EstimateRef ref = sv.estimate();
        Estimate e = ref.estimate();
        String outcome = ref.outcome() < 0 ? ""
                : "<em>" + Html.escape(model.outcomes().get(ref.outcome()).description()) + "</em>";
        BigDecimal point = BigDecimal.valueOf(ref.pointValue(model));
        String now = Html.escape(value(e, point));
        String name = Html.escape(e == Estimate.OTHER_FILTER ? name(ref)
                : name(e).toLowerCase(java.util.Locale.ROOT));
        if (!exists(sv, model)) {
            return Html.fill(t.template("switch.none." + kind(e)), name, outcome);
        }
        BigDecimal at = shown(e, BigDecimal.valueOf(sv.value().getAsDouble()), point);
        String condition = Html.fill(t.template("switch." + kind(e)), name, outcome,
                "<b class=\"nw\" data-figure=\"switching" + Html.escape(sv.estimate().pointer()) + "\">"
                        + Html.escape(value(e, at)) + "</b>", "<span class=\"nw\">" + now + "</span>");
        return Html.fill(t.template(ratio >= 1 ? "switch.down" : "switch.up"), condition);
    }

    /**
     * A switching value rounded as the sentence shows it: a proxy to the cent, a duration in whole years, the rate
     * to a hundredth of a percent; an adjustment or a multiplier to two decimals, or more where two would show the
     * value it has now (a switching value of 0,503 against 0,5 reads 0,503).
     */
    static BigDecimal shown(Estimate e, BigDecimal value, BigDecimal point) {
        return switch (e) {
            case PROXY -> value.setScale(2, RoundingMode.HALF_UP);
            case DURATION -> value;
            case RATE -> value.setScale(4, RoundingMode.HALF_UP);
            default -> {
                int scale = 2;
                while (scale < 6 && value.setScale(scale, RoundingMode.HALF_UP)
                        .compareTo(point.setScale(scale, RoundingMode.HALF_UP)) == 0) {
                    scale++;
                }
                yield value.setScale(scale, RoundingMode.HALF_UP);
            }
        };
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

    private static String kind(Estimate e) {
        return switch (e) {
            case DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, DROP_OFF, OTHER_FILTER -> "fraction";
            default -> e.key();
        };
    }
}
