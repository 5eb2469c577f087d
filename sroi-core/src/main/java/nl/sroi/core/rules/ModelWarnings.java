package nl.sroi.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.sroi.core.model.DropOffFrom;
import nl.sroi.core.model.MunicipalityShare;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.PortfolioSection;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.TwentseKoers;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.proxy.ProxyReferences;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;

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
            warnings.add(Problem.of("/inputs", ProblemCode.ZERO_INPUTS, Message.of("warning.zeroInputs")));
        }
        for (int i = 0; i < model.inputs().size(); i++) {
            thousandsDots(Pointer.child("/inputs", i) + "/amounts", "amounts", model.inputs().get(i).amounts(),
                    warnings);
        }
        List<Outcome> outcomes = model.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            String p = Pointer.child("/outcomes", i);
            thousandsDots(p + "/quantity", "quantity", o.quantity(), warnings);
            thousandsDot(p + "/proxy/value", "value", o.proxy().value()).ifPresent(warnings::add);
            adjustments(o, p, warnings);
            double share = outcomes.size() > 1 && presentValue > 0 ? outcomePresentValues[i] / presentValue : 0;
            figures(model, o, p, share, warnings);
            PublishedCheck.outcome(model, o, p, outcomePresentValues[i], warnings);
        }
        portfolio(model.portfolio(), warnings);
        PublishedCheck.model(model, presentValue, inputsValue,
                inputsValue == 0 ? Double.NaN : presentValue / inputsValue, warnings);
        return warnings;
    }

    /** The outcome's adjustments: none at all, shares written as percentages, or one that leaves nothing. */
    private static void adjustments(Outcome o, String p, List<Problem> warnings) {
        // only for a positive proxy: leaving a negative outcome unadjusted is the conservative choice; an
        // alreadyNet outcome has its counterfactual in its quantity and proxy
        if (o.proxy().value().signum() > 0 && !o.alreadyNet() && isZero(o.deadweight())
                && isZero(o.displacement()) && isZero(o.attribution())) {
            warnings.add(Problem.of(p, ProblemCode.NO_ADJUSTMENT, Message.of("warning.noAdjustment", o.id())));
        }
        List<String> ones = sharesAtOne(o);
        if (ones.size() >= 2) {
            warnings.add(Problem.of(p, ProblemCode.SHARES_LOOK_LIKE_PERCENTAGES,
                    Message.of("warning.sharesLookLikePercentages", o.id(), Message.of("list.and",
                            ones.subList(0, ones.size() - 1), ones.get(ones.size() - 1)))));
        }
        // one share at 1 is a choice that leaves nothing; two or more are percentages (warned above)
        String nothingLeft = ones.size() >= 2 ? null : adjustmentLeavingNothing(o);
        if (nothingLeft != null) {
            warnings.add(Problem.of(p + "/" + nothingLeft, ProblemCode.OUTCOME_WITHOUT_VALUE,
                    nothingLeft.equals("dropOff") ? Message.of("warning.outcomeWithoutValue.firstYear", o.id())
                            : Message.of("warning.outcomeWithoutValue", o.id(), nothingLeft)));
        }
    }

    /**
     * The outcome's figures: dominance (its share of the present value, 0 when there is one outcome), duration,
     * price years, its proxy reference and value beyond the horizon.
     */
    private static void figures(SroiModel model, Outcome o, String p, double share, List<Problem> warnings) {
        if (share > DOMINANT_SHARE) {
            warnings.add(Problem.of(p, ProblemCode.DOMINANT_OUTCOME, Message.of("warning.dominantOutcome", o.id(),
                    String.format(Locale.ROOT, "%.0f", share * 100))));
        }
        if (o.duration().compareTo(BigDecimal.valueOf(LONG_DURATION)) > 0 && isZero(o.dropOff())) {
            warnings.add(Problem.of(p + "/dropOff", ProblemCode.LONG_DURATION_WITHOUT_DROP_OFF,
                    Message.of("warning.longDurationWithoutDropOff", o.id(), o.duration())));
        }
        Integer proxyYear = o.proxy().priceYear();
        if (model.priceYear() != null && proxyYear == null) {
            warnings.add(Problem.of(p + "/proxy", ProblemCode.PROXY_WITHOUT_PRICE_YEAR,
                    Message.of("warning.proxyWithoutPriceYear", o.id(), model.priceYear())));
        } else if (model.priceYear() != null && model.priceIndex() == null
                && !proxyYear.equals(model.priceYear())) {
            warnings.add(Problem.of(p + "/proxy/priceYear", ProblemCode.PROXY_PRICE_YEAR_DIFFERS,
                    Message.of("warning.proxyPriceYearDiffers", o.id(), proxyYear, model.priceYear())));
        }
        if (o.proxy().ref() != null) {
            Integer year = proxyYear != null ? proxyYear : model.priceYear();
            PriceIndex index = model.priceIndex() != null ? model.priceIndex() : PriceIndex.cbsCpi();
            ProxyReferences.BUNDLED.check(p + "/proxy/ref", o.id(), o.proxy().ref(), o.proxy().value(), year,
                    index).ifPresent(warnings::add);
        }
        int lastPeriod = Outcome.lastValuePeriod(o.quantity().size(), o.startOffset(),
                Outcome.yearsWithValue(o.duration().doubleValue()));
        if (model.horizonYears() != null && lastPeriod > model.horizonYears()) {
            warnings.add(Problem.of(p, ProblemCode.VALUE_BEYOND_HORIZON,
                    Message.of("warning.valueBeyondHorizon", o.id(), lastPeriod, model.horizonYears())));
        }
    }

    private static void thousandsDots(String pointer, String field, List<BigDecimal> values, List<Problem> warnings) {
        for (int j = 0; j < values.size(); j++) {
            thousandsDot(Pointer.child(pointer, j), field, values.get(j)).ifPresent(warnings::add);
        }
    }

    /**
     * A number of at least 1 written with a dot and exactly three decimals, the last a zero ({@code 52.000},
     * {@code 1.500}): no one writes 1.5 as 1.500 in JSON, but in Dutch the dot separates thousands, so the writer
     * most likely meant 1500, a thousand times what JSON reads. The reader keeps each number as the exact decimal
     * written, so its scale is the count of decimals written. {@code 12.345} is left alone: it may be meant.
     */
    static Optional<Problem> thousandsDot(String pointer, String field, BigDecimal value) {
        if (value == null || value.scale() != 3 || value.abs().compareTo(BigDecimal.ONE) < 0
                || value.unscaledValue().mod(java.math.BigInteger.TEN).signum() != 0) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(pointer, ProblemCode.THOUSANDS_DOT, Message.of("warning.thousandsDot",
                field, value.toPlainString(), value.stripTrailingZeros().toPlainString(),
                value.unscaledValue().toString())));
    }

    /**
     * A theme line or municipality the programme does not know is allowed (another region), but said, with the
     * nearest known id when one is near: {@code enschde} is most likely {@code enschede}.
     */
    private static void portfolio(PortfolioSection section, List<Problem> warnings) {
        if (section == null) {
            return;
        }
        String theme = section.themeLine();
        if (theme != null && !TwentseKoers.knownThemeLine(theme)) {
            warnings.add(Problem.of("/portfolio/themeLine", ProblemCode.UNKNOWN_THEME_LINE,
                    unknown("warning.unknownThemeLine", theme, TwentseKoers.THEME_LINES)));
        }
        List<MunicipalityShare> municipalities = section.municipalities();
        for (int i = 0; municipalities != null && i < municipalities.size(); i++) {
            String id = municipalities.get(i).id();
            if (!TwentseKoers.MUNICIPALITIES.containsKey(id)) {
                warnings.add(Problem.of(Pointer.child("/portfolio/municipalities", i) + "/id",
                        ProblemCode.UNKNOWN_MUNICIPALITY, unknown("warning.unknownMunicipality", id,
                                List.copyOf(TwentseKoers.MUNICIPALITIES.keySet()))));
            }
        }
    }

    private static Message unknown(String key, String id, List<String> known) {
        return Nearest.of(id, known).map(near -> Message.of(key + ".nearest", id, near))
                .orElseGet(() -> Message.of(key, id));
    }

    /**
     * The field that leaves nothing of the outcome's value: a deadweight, displacement or attribution of 1, or a
     * drop-off of 1 that already applies in the first year; {@code null} when there is none.
     */
    private static String adjustmentLeavingNothing(Outcome o) {
        if (isOne(o.deadweight())) {
            return "deadweight";
        }
        if (isOne(o.displacement())) {
            return "displacement";
        }
        if (isOne(o.attribution())) {
            return "attribution";
        }
        return isOne(o.dropOff()) && o.dropOffFrom() == DropOffFrom.FIRST_YEAR ? "dropOff" : null;
    }

    private static boolean isOne(BigDecimal value) {
        return value.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * The shares of an outcome that are exactly 1. One is a deliberate choice at most (the outcome is then worth
     * nothing); two or more are percentages written as whole numbers (1 meant as 1 %).
     */
    private static List<String> sharesAtOne(Outcome o) {
        List<String> ones = new ArrayList<>();
        if (o.deadweight().compareTo(BigDecimal.ONE) == 0) {
            ones.add("deadweight");
        }
        if (o.displacement().compareTo(BigDecimal.ONE) == 0) {
            ones.add("displacement");
        }
        if (o.attribution().compareTo(BigDecimal.ONE) == 0) {
            ones.add("attribution");
        }
        if (o.dropOff().compareTo(BigDecimal.ONE) == 0) {
            ones.add("dropOff");
        }
        return ones;
    }

    private static boolean isZero(BigDecimal value) {
        return value.signum() == 0;
    }
}
