package nl.sroi.core.analysis;

import java.util.List;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The business case of one party, beside every other party ("who pays, who benefits" in one table): per period
 * what each party pays and receives, undiscounted and as counted in the totals, the balance and the cumulative
 * balance; and per party the inputs value, present value, net present value, ratio and payback. Made by
 * {@link BusinessCase}.
 *
 * <p>It reconciles to the cent with the calculation: a party's undiscounted flows are the result's cash flows,
 * its counted payments add up to its {@code invested} and its discounted receipts to its {@code received}, so its
 * balances add up to its {@code net}. Payments are counted as the model counts inputs: discounted only when
 * {@code discounting.inputs} is true.
 *
 * @param model    the model's id
 * @param currency the model's currency
 * @param focus    the id of the party the business case is for
 * @param parties  every party (stakeholder) in model order, the focus included
 */
public record BusinessCaseResult(String model, CurrencyUnit currency, String focus, List<Party> parties) {

    /**
     * The business case, with an unmodifiable copy of the parties.
     *
     * @param model    the model's id
     * @param currency the model's currency
     * @param focus    the id of the party the business case is for, one of the parties
     * @param parties  every party
     */
    public BusinessCaseResult {
        parties = List.copyOf(parties);
    }

    /**
     * The party the business case is for.
     *
     * @return the party whose id is {@link #focus()}
     */
    public Party party() {
        return parties.stream().filter(p -> p.id().equals(focus)).findFirst().orElseThrow();
    }

    /**
     * One party's case. {@code paybackMonths} is empty when its receipts never catch up with its payments.
     *
     * @param id            the stakeholder's id
     * @param name          the stakeholder's name
     * @param invested      its inputs value (as the model counts inputs)
     * @param received      the present value that lands with it
     * @param net           received minus invested
     * @param ratio         received over invested, empty when it invests nothing
     * @param paybackMonths months until its receipts catch up with its payments, empty when they never do
     * @param periods       its flows per period
     */
    public record Party(String id, String name, MonetaryAmount invested, MonetaryAmount received,
                        MonetaryAmount net, OptionalDouble ratio, OptionalDouble paybackMonths,
                        List<Period> periods) {
        /**
         * A party, with an unmodifiable copy of the periods.
         *
         * @param id            the stakeholder's id
         * @param name          the stakeholder's name
         * @param invested      its inputs value
         * @param received      the present value that lands with it
         * @param net           received minus invested
         * @param ratio         received over invested
         * @param paybackMonths months until its receipts catch up with its payments
         * @param periods       its flows per period
         */
        public Party {
            periods = List.copyOf(periods);
        }
    }

    /**
     * One period of one party's case.
     *
     * @param period               the period, from 1
     * @param year                 its calendar year, or {@code null} when the model has no {@code firstYear}
     * @param pays                 its undiscounted inputs
     * @param receives             the undiscounted value that lands with it
     * @param paysCounted          its inputs as the inputs value counts them
     * @param receivesPresentValue the value that lands with it, discounted
     * @param balance              receivesPresentValue minus paysCounted
     * @param cumulativeBalance    the balances up to and including this period
     */
    public record Period(int period, Integer year, MonetaryAmount pays, MonetaryAmount receives,
                         MonetaryAmount paysCounted, MonetaryAmount receivesPresentValue, MonetaryAmount balance,
                         MonetaryAmount cumulativeBalance) {
    }
}
