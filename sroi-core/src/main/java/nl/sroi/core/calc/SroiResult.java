package nl.sroi.core.calc;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.sroi.core.model.Discounting;
import nl.sroi.core.validation.Problem;

/**
 * The calculated analysis (the {@code sroi-result/1} document). Money is rounded half-even to the currency's minor
 * unit, and every breakdown adds up exactly to its rounded total; ratios, shares, factors and months are unrounded.
 */
public record SroiResult(String model, CurrencyUnit currency, Discounting discounting, Totals totals,
                         List<Period> periods, List<OutcomeValue> outcomes, List<StakeholderValue> stakeholders,
                         List<Problem> warnings) {

    /**
     * A result, with unmodifiable copies of the lists.
     *
     * @param model        the model's id
     * @param currency     the model's currency
     * @param discounting  the model's discounting
     * @param totals       the totals
     * @param periods      the figures per period
     * @param outcomes     the figures per outcome
     * @param stakeholders the figures per stakeholder
     * @param warnings     the warnings
     */
    public SroiResult {
        periods = List.copyOf(periods);
        outcomes = List.copyOf(outcomes);
        stakeholders = List.copyOf(stakeholders);
        warnings = List.copyOf(warnings);
    }

    /**
     * The totals. {@code netPresentValue} is {@code presentValue − inputsValue} as rounded, so the document adds
     * up. {@code ratio}, {@code ratioDisplay} and {@code netRatio} are empty when the inputs value is zero;
     * {@code paybackMonths} is empty when the value never catches up with the inputs.
     */
    public record Totals(MonetaryAmount presentValue, MonetaryAmount inputsValue, MonetaryAmount netPresentValue,
                         OptionalDouble ratio, Optional<String> ratioDisplay, OptionalDouble netRatio,
                         OptionalDouble paybackMonths) {
    }

    /** One period: undiscounted value, its discount factor and present value, and the undiscounted inputs. */
    public record Period(int period, Integer year, MonetaryAmount value, double discountFactor,
                         MonetaryAmount presentValue, MonetaryAmount inputs) {
    }

    /** One outcome: its impact per unit, undiscounted value per period, present value and share of the total. */
    public record OutcomeValue(String id, MonetaryAmount impactPerUnit, List<MonetaryAmount> values,
                               MonetaryAmount presentValue, OptionalDouble share) {
        /**
         * An outcome's figures, with an unmodifiable copy of the values.
         *
         * @param id            the outcome's id
         * @param impactPerUnit the proxy after deadweight, displacement and attribution
         * @param values        the undiscounted value per period
         * @param presentValue  the present value
         * @param share         the share of the total present value
         */
        public OutcomeValue {
            values = List.copyOf(values);
        }
    }

    /** One stakeholder: what it invested and received (present values), and the cash flows per period. */
    public record StakeholderValue(String id, MonetaryAmount invested, MonetaryAmount received, MonetaryAmount net,
                                   OptionalDouble ratio, List<CashFlow> periods) {
        /**
         * A stakeholder's figures, with an unmodifiable copy of the cash flows.
         *
         * @param id       the stakeholder's id
         * @param invested its inputs value
         * @param received the present value that lands with it
         * @param net      received minus invested
         * @param ratio    received over invested
         * @param periods  its cash flows per period
         */
        public StakeholderValue {
            periods = List.copyOf(periods);
        }
    }

    /** Undiscounted money a stakeholder invested and received in one period. */
    public record CashFlow(int period, MonetaryAmount invested, MonetaryAmount received) {
    }
}
