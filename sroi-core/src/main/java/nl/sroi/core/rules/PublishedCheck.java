package nl.sroi.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.Published;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;

/**
 * The check of section 12 against what was published: where a calculated figure differs from the published one by
 * more than the tolerance (relative to the published figure), the warning {@code PUBLISHED_DIFFERS} at the
 * published field's pointer, with both figures. A scenario's published ratio is checked with the tolerance of its
 * model's {@code published} (the default without one): a sensitivity table comes from one publication.
 */
public final class PublishedCheck {

    private static final int RATIO_DIGITS = 4;
    private static final int MONEY_DIGITS = 2;

    private PublishedCheck() {
    }

    /**
     * The model's published ratio, present value and inputs value against the calculated ones.
     *
     * @param model        the valid model
     * @param presentValue the calculated present value
     * @param inputsValue  the calculated inputs value
     * @param ratio        the calculated ratio, NaN when there is none
     * @param warnings     where a warning is added
     */
    static void model(SroiModel model, double presentValue, double inputsValue, double ratio,
                      List<Problem> warnings) {
        Published p = model.published();
        if (p == null) {
            return;
        }
        BigDecimal tolerance = p.toleranceOrDefault();
        check("/published/ratio", Message.of("published.ratio"), p.ratio(), ratio, RATIO_DIGITS, tolerance,
                p.source()).ifPresent(warnings::add);
        check("/published/presentValue", Message.of("published.presentValue"), p.presentValue(), presentValue,
                MONEY_DIGITS, tolerance, p.source()).ifPresent(warnings::add);
        check("/published/inputsValue", Message.of("published.inputsValue"), p.inputsValue(), inputsValue,
                MONEY_DIGITS, tolerance, p.source()).ifPresent(warnings::add);
    }

    /** An outcome's published present value against the calculated one. */
    static void outcome(SroiModel model, Outcome o, String pointer, double presentValue, List<Problem> warnings) {
        if (o.published() == null) {
            return;
        }
        check(pointer + "/published/presentValue", Message.of("published.outcomePresentValue", o.id()),
                o.published().presentValue(), presentValue, MONEY_DIGITS, tolerance(model), source(model))
                .ifPresent(warnings::add);
    }

    /**
     * A scenario's published ratio against its calculated ratio.
     *
     * @param pointer    the scenario's pointer ({@code /scenarios/2})
     * @param id         the scenario's id
     * @param published  what was published for it, or {@code null}
     * @param base       the scenarios document's model (its tolerance and source apply)
     * @param ratio      the scenario's calculated ratio, NaN when there is none
     * @return the warning, when the figures differ by more than the tolerance
     */
    public static Optional<Problem> scenario(String pointer, String id, Published published, SroiModel base,
                                             double ratio) {
        if (published == null) {
            return Optional.empty();
        }
        return check(pointer + "/published/ratio", Message.of("published.scenarioRatio", id), published.ratio(),
                ratio, RATIO_DIGITS, tolerance(base), source(base));
    }

    private static BigDecimal tolerance(SroiModel model) {
        return model.published() == null ? Published.DEFAULT_TOLERANCE : model.published().toleranceOrDefault();
    }

    private static String source(SroiModel model) {
        return model.published() == null ? null : model.published().source();
    }

    private static Optional<Problem> check(String pointer, Message figure, BigDecimal published, double calculated,
                                           int digits, BigDecimal tolerance, String source) {
        if (published == null || !Published.differs(published, calculated, tolerance)) {
            return Optional.empty();
        }
        Object shown = Double.isNaN(calculated) ? Message.of("actual.null")
                : BigDecimal.valueOf(calculated).setScale(digits, RoundingMode.HALF_EVEN);
        Object apart = Double.isNaN(calculated) || published.signum() == 0 ? "–"
                : BigDecimal.valueOf(Math.abs(calculated - published.doubleValue()) / published.abs().doubleValue()
                        * 100).setScale(2, RoundingMode.HALF_EVEN);
        Object where = source == null ? "" : Message.of("warning.publishedSource", source);
        return Optional.of(Problem.of(pointer, ProblemCode.PUBLISHED_DIFFERS, Message.of("warning.publishedDiffers",
                figure, shown, published, where, apart, tolerance.movePointRight(2).stripTrailingZeros()
                        .toPlainString())));
    }
}
