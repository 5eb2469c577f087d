package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.javamoney.moneta.Money;

import nl.sroi.core.calc.Kernel;
import nl.sroi.core.calc.MinorUnits;
import nl.sroi.core.calc.Payback;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.ValidModel;

/**
 * The business case of one party, beside every other party ("who pays, who benefits" in one table): per period
 * what each party pays and receives, undiscounted and as counted in the totals, the balance and the cumulative
 * balance; and per party the inputs value, present value, net present value, ratio and payback.
 *
 * <p>It reconciles to the cent with the calculation: a party's undiscounted flows are the result's cash flows,
 * its counted payments add up to its {@code invested} and its discounted receipts to its {@code received}, so its
 * balances add up to its {@code net}. Payments are counted as the model counts inputs: discounted only when
 * {@code discounting.inputs} is true.
 */
public record BusinessCase(String model, CurrencyUnit currency, String focus, List<Party> parties) {

    public BusinessCase {
        parties = List.copyOf(parties);
    }

    /** The party the business case is for. */
    public Party party() {
        return parties.stream().filter(p -> p.id().equals(focus)).findFirst().orElseThrow();
    }

    /** One party's case. {@code paybackMonths} is empty when its receipts never catch up with its payments. */
    public record Party(String id, String name, MonetaryAmount invested, MonetaryAmount received,
                        MonetaryAmount net, OptionalDouble ratio, OptionalDouble paybackMonths,
                        List<Period> periods) {
        public Party {
            periods = List.copyOf(periods);
        }
    }

    /** One period of one party's case. */
    public record Period(int period, Integer year, MonetaryAmount pays, MonetaryAmount receives,
                         MonetaryAmount paysCounted, MonetaryAmount receivesPresentValue, MonetaryAmount balance,
                         MonetaryAmount cumulativeBalance) {
    }

    /**
     * The business case of the stakeholder {@code focus}.
     *
     * @throws IllegalArgumentException when the model has no such stakeholder
     */
    public static BusinessCase of(ValidModel valid, String focus) {
        SroiModel model = valid.model();
        if (model.stakeholders().stream().noneMatch(s -> s.id().equals(focus))) {
            throw new IllegalArgumentException("there is no stakeholder " + nl.sroi.core.validation.Echo.quoted(focus) + "; the stakeholders are "
                    + String.join(", ", model.stakeholders().stream().map(s -> s.id()).toList()));
        }
        SroiResult result = SroiCalculator.DEFAULT.calculate(valid);
        Kernel k = Kernel.of(valid);
        k.evaluate();
        int periods = result.periods().size();
        List<Party> parties = new ArrayList<>();
        for (int s = 0; s < model.stakeholders().size(); s++) {
            SroiResult.StakeholderValue sv = result.stakeholders().get(s);
            double[] counted = new double[periods];
            double[] presentValue = new double[periods];
            for (int t = 1; t <= periods; t++) {
                counted[t - 1] = k.countedInputs(s, t);
                for (int i = 0; i < k.outcomes(); i++) {
                    presentValue[t - 1] += k.value(i, t) * k.share(i, s) * k.factor(t);
                }
            }
            BigDecimal[] countedR = MinorUnits.allocate(counted, sv.invested());
            BigDecimal[] presentValueR = MinorUnits.allocate(presentValue, sv.received());
            List<Period> rows = new ArrayList<>();
            BigDecimal cumulative = BigDecimal.ZERO;
            for (int t = 0; t < periods; t++) {
                BigDecimal balance = presentValueR[t].subtract(countedR[t]);
                cumulative = cumulative.add(balance);
                SroiResult.CashFlow flow = sv.periods().get(t);
                rows.add(new Period(t + 1, result.periods().get(t).year(), flow.invested(), flow.received(),
                        money(countedR[t], result), money(presentValueR[t], result), money(balance, result),
                        money(cumulative, result)));
            }
            double payback = Payback.months(counted, presentValue);
            parties.add(new Party(sv.id(), model.stakeholders().get(s).name(), sv.invested(), sv.received(), sv.net(),
                    sv.ratio(), Double.isNaN(payback) ? OptionalDouble.empty() : OptionalDouble.of(payback), rows));
        }
        return new BusinessCase(model.id(), result.currency(), focus, parties);
    }

    private static MonetaryAmount money(BigDecimal amount, SroiResult result) {
        return Money.of(amount, result.currency());
    }
}
