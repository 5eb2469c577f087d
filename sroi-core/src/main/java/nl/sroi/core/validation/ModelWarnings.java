package nl.sroi.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;

/**
 * Warnings a valid model can still deserve (section 5 of the format), in document order. Some need the
 * calculation's exact figures, which the caller passes in.
 */
public final class ModelWarnings {

    /** Durations longer than this many years without drop-off are suspicious. */
    public static final int LONG_DURATION = 5;
    /** One outcome carrying more than this share of the present value dominates the analysis. */
    public static final double DOMINANT_SHARE = 0.5;

    private ModelWarnings() {
    }

    /**
     * @param outcomePresentValues the present value of each outcome, in model order
     * @param presentValue         the total present value
     * @param inputsValue          the inputs value
     * @param model                the valid model
     * @return the warnings in document order
     */
    public static List<Problem> of(SroiModel model, double[] outcomePresentValues, double presentValue,
                                   double inputsValue) {
        List<Problem> warnings = new ArrayList<>();
        if (inputsValue == 0) {
            warnings.add(Problem.of("/inputs", ProblemCode.ZERO_INPUTS,
                    "the inputs add up to zero, so there is no ratio: value every contribution, also in kind"));
        }
        List<Outcome> outcomes = model.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            String p = Pointer.child("/outcomes", i);
            // only for a positive proxy: leaving a negative outcome unadjusted is the conservative choice
            if (o.proxy().value().signum() > 0 && isZero(o.deadweight()) && isZero(o.displacement())
                    && isZero(o.attribution())) {
                warnings.add(Problem.of(p, ProblemCode.NO_ADJUSTMENT, "outcome " + Echo.quoted(o.id())
                        + " has no deadweight, displacement or attribution: the value is likely over-claimed"));
            }
            double share = outcomePresentValues[i] / presentValue;
            if (outcomes.size() > 1 && presentValue > 0 && share > DOMINANT_SHARE) {
                warnings.add(Problem.of(p, ProblemCode.DOMINANT_OUTCOME, String.format(Locale.ROOT,
                        "outcome %s carries %.0f %% of the present value: the result stands or falls with it",
                        Echo.quoted(o.id()), share * 100)));
            }
            if (o.duration() > LONG_DURATION && isZero(o.dropOff())) {
                warnings.add(Problem.of(p + "/dropOff", ProblemCode.LONG_DURATION_WITHOUT_DROP_OFF, "outcome "
                        + Echo.quoted(o.id()) + " lasts " + o.duration() + " years without drop-off: effects usually fade"));
            }
            Integer proxyYear = o.proxy().priceYear();
            if (model.priceYear() != null && proxyYear == null) {
                warnings.add(Problem.of(p + "/proxy", ProblemCode.PROXY_WITHOUT_PRICE_YEAR, "the proxy of outcome "
                        + Echo.quoted(o.id()) + " has no price year while the model is in prices of " + model.priceYear()));
            } else if (model.priceYear() != null && !proxyYear.equals(model.priceYear())) {
                warnings.add(Problem.of(p + "/proxy/priceYear", ProblemCode.PROXY_PRICE_YEAR_DIFFERS,
                        "the proxy of outcome " + Echo.quoted(o.id()) + " is in prices of " + proxyYear + ", the model in "
                                + model.priceYear() + ": index the proxy, the calculation does not"));
            }
            int lastPeriod = Outcome.lastValuePeriod(o.quantity().size(), o.startOffset(), o.duration());
            if (model.horizonYears() != null && lastPeriod > model.horizonYears()) {
                warnings.add(Problem.of(p, ProblemCode.VALUE_BEYOND_HORIZON, "outcome " + Echo.quoted(o.id())
                        + " has value until period " + lastPeriod + "; what comes after period "
                        + model.horizonYears() + " (horizonYears) is not counted"));
            }
        }
        return warnings;
    }

    private static boolean isZero(BigDecimal value) {
        return value.signum() == 0;
    }
}
