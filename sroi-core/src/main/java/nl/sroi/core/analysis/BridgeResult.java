package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;


import nl.sroi.core.validation.Problem;

/**
 * The change bridge between two models FROM and TO ({@code sroi-bridge/1}): the fields that changed, and the change
 * of each figure split over the seven {@link BridgeFactor}s by the Shapley value. Made by {@link ChangeBridge}.
 *
 * @param currency the models' currency
 * @param from     FROM's figures
 * @param to       TO's figures
 * @param factors  every factor's effects, in the order of {@link BridgeFactor}
 * @param changes  every field that differs, in document order (the model's fields, stakeholders, inputs, outcomes)
 * @param hybrids  the figures of all 128 hybrid models, by their set of factors taken from TO
 * @param warnings what a reader should know (the ratio's effects left out, and why)
 */
public record BridgeResult(String currency, Side from, Side to, List<FactorEffect> factors, List<Change> changes,
                           List<Hybrid> hybrids, List<Problem> warnings) {

    /**
     * The result, with unmodifiable copies of the lists.
     *
     * @param currency the currency
     * @param from     FROM's figures
     * @param to       TO's figures
     * @param factors  the factors' effects
     * @param changes  the changes
     * @param hybrids  the hybrids' figures
     * @param warnings the warnings
     */
    public BridgeResult {
        factors = List.copyOf(factors);
        changes = List.copyOf(changes);
        hybrids = List.copyOf(hybrids);
        warnings = List.copyOf(warnings);
    }

    /**
     * Whether the ratio's effects are given (every hybrid has inputs).
     *
     * @return true when they are
     */
    public boolean hasRatioEffects() {
        return factors.stream().allMatch(f -> f.exact().ratio().isPresent());
    }

    /**
     * The figures of one model, exact (doubles) and rounded (amounts to the minor unit, the ratio to 4 decimals).
     *
     * @param id      the model's id
     * @param title   its title
     * @param exact   the exact figures
     * @param rounded the rounded figures
     */
    public record Side(String id, String title, Figures exact, Rounded rounded) {
    }

    /**
     * The five figures of the bridge, or their changes, as doubles.
     *
     * @param presentValue        the present value
     * @param inputsValue         the inputs value
     * @param netPresentValue     present value minus inputs value
     * @param welfarePresentValue the present value of the outcomes that are not transfers
     * @param ratio               present value / inputs value, empty when there is none
     */
    public record Figures(double presentValue, double inputsValue, double netPresentValue, double welfarePresentValue,
                          OptionalDouble ratio) {

        /**
         * One figure by its number: 0 present value, 1 inputs value, 2 net present value, 3 welfare, 4 ratio (NaN
         * when empty).
         *
         * @param figure the number
         * @return the figure
         */
        public double get(int figure) {
            return switch (figure) {
                case 0 -> presentValue;
                case 1 -> inputsValue;
                case 2 -> netPresentValue;
                case 3 -> welfarePresentValue;
                default -> ratio.orElse(Double.NaN);
            };
        }
    }

    /**
     * Figures rounded: amounts to the currency's minor unit, the ratio to 4 decimals ({@code null} when there is none).
     *
     * @param presentValue        the present value
     * @param inputsValue         the inputs value
     * @param netPresentValue     the net present value
     * @param welfarePresentValue the welfare present value
     * @param ratio               the ratio, or {@code null}
     */
    public record Rounded(BigDecimal presentValue, BigDecimal inputsValue, BigDecimal netPresentValue,
                          BigDecimal welfarePresentValue, BigDecimal ratio) {

        /**
         * One figure by its number, as {@link Figures#get}.
         *
         * @param figure the number
         * @return the figure, or {@code null} for an absent ratio
         */
        public BigDecimal get(int figure) {
            return switch (figure) {
                case 0 -> presentValue;
                case 1 -> inputsValue;
                case 2 -> netPresentValue;
                case 3 -> welfarePresentValue;
                default -> ratio;
            };
        }
    }

    /**
     * One factor's effects: exact, rounded (adding up to the rounded change), and the present value's effect per
     * outcome.
     *
     * @param factor   the factor
     * @param exact    its Shapley effect on each figure; the ratio's empty when the bridge gives none
     * @param rounded  the effects rounded by largest remainder
     * @param outcomes its effect on the present value of each outcome of either model, in the order of FROM's
     *                 outcomes and then those only TO has
     */
    public record FactorEffect(BridgeFactor factor, Figures exact, Rounded rounded, List<OutcomeEffect> outcomes) {
        /**
         * The effects, with an unmodifiable copy of the outcomes'.
         *
         * @param factor   the factor
         * @param exact    the exact effects
         * @param rounded  the rounded effects
         * @param outcomes the effects per outcome
         */
        public FactorEffect {
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * A factor's effect on one outcome's present value.
     *
     * @param id           the outcome's id
     * @param description  its description (TO's when it has one)
     * @param presentValue the effect
     */
    public record OutcomeEffect(String id, String description, double presentValue) {
    }

    /**
     * One field that differs.
     *
     * @param factor      its factor, or {@code null} for a field that moves no figure
     * @param pointerFrom where it is in FROM, or {@code null} when FROM lacks it
     * @param pointerTo   where it is in TO, or {@code null} when TO lacks it
     * @param name        the name of the outcome, input or stakeholder it belongs to; {@code null} on the model
     * @param from        its value in FROM, or {@code null}
     * @param to          its value in TO, or {@code null}
     */
    public record Change(BridgeFactor factor, String pointerFrom, String pointerTo, String name, FieldValue from,
                         FieldValue to) {
    }

    /**
     * One hybrid model M(S): FROM with the fields of the factors in S taken from TO.
     *
     * @param factors S
     * @param figures its figures
     */
    public record Hybrid(Set<BridgeFactor> factors, Figures figures) {
        /**
         * The hybrid, with an unmodifiable copy of its factors.
         *
         * @param factors S
         * @param figures its figures
         */
        public Hybrid {
            EnumSet<BridgeFactor> set = EnumSet.noneOf(BridgeFactor.class);
            set.addAll(factors);
            factors = Collections.unmodifiableSet(set);
        }
    }
}
