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
        public OutcomeValue {
            values = List.copyOf(values);
        }
    }

    /** One stakeholder: what it invested and received (present values), and the cash flows per period. */
    public record StakeholderValue(String id, MonetaryAmount invested, MonetaryAmount received, MonetaryAmount net,
                                   OptionalDouble ratio, List<CashFlow> periods) {
        public StakeholderValue {
            periods = List.copyOf(periods);
        }
    }

    /** Undiscounted money a stakeholder invested and received in one period. */
    public record CashFlow(int period, MonetaryAmount invested, MonetaryAmount received) {
    }
}
