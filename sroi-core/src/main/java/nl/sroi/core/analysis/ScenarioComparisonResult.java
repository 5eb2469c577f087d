package nl.sroi.core.analysis;

import java.util.List;
import java.util.OptionalDouble;

import javax.money.MonetaryAmount;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.validation.Problem;

/**
 * A model calculated side by side with its scenarios (the model with named values replaced), with each
 * scenario's differences from the base in the totals and per stakeholder. This is how a regional model becomes
 * one municipality's business case. Made by {@link ScenarioComparison}.
 *
 * @param base      the model's result
 * @param scenarios each scenario's result and differences, in the order of the document
 */
public record ScenarioComparisonResult(SroiResult base, List<Scenario> scenarios) {

    /**
     * The comparison, with an unmodifiable copy of the scenarios.
     *
     * @param base      the model's result
     * @param scenarios the scenarios
     */
    public ScenarioComparisonResult {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One scenario's result and its differences from the base (scenario minus base).
     *
     * @param id         the scenario's id
     * @param title      the scenario's title
     * @param result     the scenario's result
     * @param difference the scenario minus the base
     * @param bridge     why the scenario's figures differ from the base's ({@link ChangeBridge}, from the base to
     *                   the scenario); {@code null} only when their currencies differ
     * @param warnings   the scenario's own warnings: its published ratio not reproduced ({@code PUBLISHED_DIFFERS})
     */
    public record Scenario(String id, String title, SroiResult result, Difference difference, BridgeResult bridge,
                           List<Problem> warnings) {

        /**
         * A scenario's result, with an unmodifiable copy of its warnings.
         *
         * @param id         the scenario's id
         * @param title      its title
         * @param result     its result
         * @param difference the scenario minus the base
         * @param bridge     why its figures differ from the base's, or {@code null}
         * @param warnings   its own warnings
         */
        public Scenario {
            warnings = List.copyOf(warnings);
        }

        /**
         * A scenario's result without warnings of its own.
         *
         * @param id         the scenario's id
         * @param title      its title
         * @param result     its result
         * @param difference the scenario minus the base
         * @param bridge     why its figures differ from the base's, or {@code null}
         */
        public Scenario(String id, String title, SroiResult result, Difference difference, BridgeResult bridge) {
            this(id, title, result, difference, bridge, List.of());
        }
    }

    /**
     * Differences of the rounded totals; the ratio's difference is empty when either has no ratio.
     *
     * @param presentValue    the difference of the present values
     * @param inputsValue     the difference of the inputs values
     * @param netPresentValue the difference of the net present values
     * @param ratio           the difference of the ratios
     * @param stakeholders    the differences per stakeholder: the base's stakeholders, then any the scenario adds
     */
    public record Difference(MonetaryAmount presentValue, MonetaryAmount inputsValue, MonetaryAmount netPresentValue,
                             OptionalDouble ratio, List<StakeholderDifference> stakeholders) {
        /**
         * The differences, with an unmodifiable copy of the stakeholders'.
         *
         * @param presentValue    the difference of the present values
         * @param inputsValue     the difference of the inputs values
         * @param netPresentValue the difference of the net present values
         * @param ratio           the difference of the ratios
         * @param stakeholders    the differences per stakeholder
         */
        public Difference {
            stakeholders = List.copyOf(stakeholders);
        }
    }

    /**
     * A stakeholder's differences; a stakeholder that is in only one of the two counts as zero in the other.
     *
     * @param id       the stakeholder's id
     * @param invested the difference of what it invested
     * @param received the difference of what it received
     * @param net      the difference of its net
     */
    public record StakeholderDifference(String id, MonetaryAmount invested, MonetaryAmount received,
                                        MonetaryAmount net) {
    }
}
