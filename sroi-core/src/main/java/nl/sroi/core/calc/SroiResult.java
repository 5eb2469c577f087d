package nl.sroi.core.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.Basis;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.validation.Problem;

/**
 * The calculated analysis, the one result type: what the {@code sroi-result/1} document says, figure for figure.
 * Each amount is an exact {@link BigDecimal} in the model's {@link #currency()}, rounded once by the calculator
 * half-even to the currency's minor unit and carrying exactly its digits as scale (10000.00 in euros, 10000 in yen);
 * every breakdown adds up exactly to its rounded total. Ratios, shares, factors and months are unrounded
 * {@code double}s. {@code welfare} is present when at least one outcome is a transfer (section 11.2 of the format).
 *
 * <p>The amounts are decimals rather than {@link MonetaryAmount}s so that calculating and writing a result makes no
 * money objects; {@link #money(BigDecimal)} gives any of them as money in the result's currency when an embedder
 * wants to compute with it, in the library's stated context (34 digits, half-even).
 */
public record SroiResult(String model, CurrencyUnit currency, Discounting discounting, Totals totals,
                         Optional<Welfare> welfare, List<Period> periods, List<OutcomeValue> outcomes,
                         List<StakeholderValue> stakeholders, List<Problem> warnings) {

    /**
     * A result, with unmodifiable copies of the lists.
     *
     * @param model        the model's id
     * @param currency     the model's currency
     * @param discounting  the model's discounting
     * @param totals       the totals
     * @param welfare      the totals without transfers, when an outcome is a transfer
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
     * One of this result's amounts as money in its currency (the money view, made on demand).
     *
     * @param amount an amount of this result, such as {@code totals().presentValue()}
     * @return the same amount as a {@code MonetaryAmount} in {@link #currency()}
     */
    public MonetaryAmount money(BigDecimal amount) {
        return MinorUnits.money(amount, currency);
    }

    /**
     * The totals. {@code netPresentValue} is {@code presentValue − inputsValue} as rounded, so the document adds
     * up. {@code ratio}, {@code ratioDisplay} and {@code netRatio} are empty when the inputs value is zero;
     * {@code paybackMonths} is empty when the value never catches up with the inputs.
     */
    public record Totals(BigDecimal presentValue, BigDecimal inputsValue, BigDecimal netPresentValue,
                         OptionalDouble ratio, Optional<String> ratioDisplay, OptionalDouble netRatio,
                         OptionalDouble paybackMonths) {
    }

    /**
     * The welfare view (the MKBA balance, section 11.2 of the format): the totals without the outcomes that are
     * transfers. Transfers still count in {@link Totals} and for the stakeholders that receive them.
     *
     * @param presentValue    Σ of the present values of the outcomes that are not transfers, as rounded in the
     *                        result's outcomes
     * @param netPresentValue {@code presentValue − inputsValue}, as rounded
     * @param ratio           {@code presentValue / inputsValue}, unrounded; empty without inputs
     * @param ratioDisplay    the ratio with two decimals ("1.05"); empty without inputs
     */
    public record Welfare(BigDecimal presentValue, BigDecimal netPresentValue, OptionalDouble ratio,
                          Optional<String> ratioDisplay) {
    }

    /** One period: undiscounted value, its discount factor and present value, and the undiscounted inputs. */
    public record Period(int period, Integer year, BigDecimal value, double discountFactor,
                         BigDecimal presentValue, BigDecimal inputs) {
    }

    /**
     * One outcome: the proxy value used, its impact per unit, undiscounted value per period, present value and share
     * of the total, with what the calculation took from the model to get there.
     *
     * @param id            the outcome's id
     * @param proxyValue    the proxy value used, in the model's prices (indexed when the model has a price index)
     * @param indexFactor   the factor the proxy was indexed with (1 when it was not)
     * @param impactPerUnit proxy value used × (1 − deadweight) × (1 − displacement) × (1 − attribution)
     * @param values        undiscounted value per period
     * @param presentValue  the outcome's present value
     * @param share         its share of the total present value; empty when that is 0
     * @param transfer      whether it is a transfer (left out of the welfare view)
     * @param quantityBasis what its quantities rest on, when stated
     * @param proxyBasis    what its proxy rests on, when stated
     */
    public record OutcomeValue(String id, BigDecimal proxyValue, double indexFactor, BigDecimal impactPerUnit,
                               List<BigDecimal> values, BigDecimal presentValue, OptionalDouble share,
                               boolean transfer, Basis quantityBasis, Basis proxyBasis) {
        /**
         * An outcome's figures, with an unmodifiable copy of the values.
         *
         * @param id            the outcome's id
         * @param proxyValue    the proxy value used, in the model's prices
         * @param indexFactor   the factor the proxy was indexed with
         * @param impactPerUnit the proxy after deadweight, displacement and attribution
         * @param values        the undiscounted value per period
         * @param presentValue  the present value
         * @param share         the share of the total present value
         * @param transfer      whether it is a transfer
         * @param quantityBasis what its quantities rest on, or {@code null}
         * @param proxyBasis    what its proxy rests on, or {@code null}
         */
        public OutcomeValue {
            values = List.copyOf(values);
        }
    }

    /** One stakeholder: what it invested and received (present values), and the cash flows per period. */
    public record StakeholderValue(String id, BigDecimal invested, BigDecimal received, BigDecimal net,
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
    public record CashFlow(int period, BigDecimal invested, BigDecimal received) {
    }
}
