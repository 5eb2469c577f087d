package nl.sroi.core.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

import org.javamoney.moneta.Money;

import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ModelWarnings;
import nl.sroi.core.validation.ValidModel;

/**
 * Calculates a valid model into a {@link SroiResult}: the kernel's exact {@code double} figures, rounded once to
 * the currency's minor unit. Stateless and thread-safe.
 */
public final class SroiCalculator {

    /** A calculator validating with the default limits. */
    public static final SroiCalculator DEFAULT = new SroiCalculator(ModelValidator.DEFAULT);

    private final ModelValidator validator;

    public SroiCalculator(ModelValidator validator) {
        this.validator = validator;
    }

    /**
     * Calculates the model.
     *
     * @throws InvalidModelException if the model is not valid (validate first to get its problems as values)
     */
    public SroiResult calculate(SroiModel model) {
        ModelValidator.Check check = validator.check(model);
        if (check.valid() == null) {
            throw new InvalidModelException(check.errors());
        }
        return calculate(check.valid());
    }

    /** Calculates a model that has already passed validation. */
    public SroiResult calculate(ValidModel valid) {
        SroiModel model = valid.model();
        Kernel k = Kernel.of(valid);
        double presentValue = k.evaluate();
        double inputsValue = k.inputsValue();
        return new Presentation(model, k, presentValue, inputsValue).result();
    }

    /** Builds the result from one evaluated kernel; each rounded breakdown is allocated to its rounded total. */
    private static final class Presentation {
        private final SroiModel model;
        private final Kernel k;
        private final double presentValue;
        private final double inputsValue;
        private final CurrencyUnit currency;
        private final MinorUnits minor;
        private final int periods;
        private final int outcomes;
        private final int stakeholders;

        Presentation(SroiModel model, Kernel k, double presentValue, double inputsValue) {
            this.model = model;
            this.k = k;
            this.presentValue = presentValue;
            this.inputsValue = inputsValue;
            this.currency = Monetary.getCurrency(model.currency());
            this.minor = new MinorUnits(currency.getDefaultFractionDigits());
            this.periods = k.periods();
            this.outcomes = k.outcomes();
            this.stakeholders = k.stakeholders();
        }

        SroiResult result() {
            BigDecimal pv = minor.round(presentValue);
            BigDecimal iv = minor.round(inputsValue);

            double[] periodValue = new double[periods];
            double[] periodPresentValue = new double[periods];
            double[] periodInputs = new double[periods];
            for (int t = 1; t <= periods; t++) {
                periodValue[t - 1] = k.totalValue(t);
                periodPresentValue[t - 1] = k.totalValue(t) * k.factor(t);
                for (int s = 0; s < stakeholders; s++) {
                    periodInputs[t - 1] += k.inputs(s, t);
                }
            }
            BigDecimal[] valueR = new BigDecimal[periods];
            for (int t = 0; t < periods; t++) {
                valueR[t] = minor.round(periodValue[t]);
            }
            BigDecimal[] presentValueR = minor.allocate(periodPresentValue, pv);
            // undiscounted inputs add up to the inputs value itself when inputs are not discounted
            BigDecimal inputsTotal = model.discounting().inputs() ? minor.round(sum(periodInputs)) : iv;
            BigDecimal[] inputsR = minor.allocate(periodInputs, inputsTotal);

            // outcomes: present values add up to the total, values per period to the period's value
            double[] outcomePv = new double[outcomes];
            for (int i = 0; i < outcomes; i++) {
                for (int t = 1; t <= periods; t++) {
                    outcomePv[i] += k.value(i, t) * k.factor(t);
                }
            }
            BigDecimal[] outcomePvR = minor.allocate(outcomePv, pv);
            BigDecimal[][] outcomeValueR = byPeriod(outcomes, valueR, (i, t) -> k.value(i, t));

            // stakeholders: received adds up to the present value, invested to the inputs value
            double[] received = new double[stakeholders];
            double[] invested = new double[stakeholders];
            for (int s = 0; s < stakeholders; s++) {
                for (int i = 0; i < outcomes; i++) {
                    received[s] += outcomePv[i] * k.share(i, s);
                }
                invested[s] = k.invested(s);
            }
            BigDecimal[] receivedR = minor.allocate(received, pv);
            BigDecimal[] investedR = minor.allocate(invested, iv);
            BigDecimal[][] flowInR = byPeriod(stakeholders, inputsR, (s, t) -> k.inputs(s, t));
            BigDecimal[][] flowOutR = byPeriod(stakeholders, valueR, (s, t) -> {
                double v = 0;
                for (int i = 0; i < outcomes; i++) {
                    v += k.value(i, t) * k.share(i, s);
                }
                return v;
            });

            List<SroiResult.Period> periodList = new ArrayList<>();
            for (int t = 1; t <= periods; t++) {
                Integer year = model.firstYear() == null ? null : model.firstYear() + t - 1;
                periodList.add(new SroiResult.Period(t, year, money(valueR[t - 1]), k.factor(t),
                        money(presentValueR[t - 1]), money(inputsR[t - 1])));
            }
            List<SroiResult.OutcomeValue> outcomeList = new ArrayList<>();
            for (int i = 0; i < outcomes; i++) {
                List<MonetaryAmount> values = new ArrayList<>();
                for (int t = 0; t < periods; t++) {
                    values.add(money(outcomeValueR[t][i]));
                }
                Outcome o = model.outcomes().get(i);
                outcomeList.add(new SroiResult.OutcomeValue(o.id(), money(minor.round(k.proxy(i))), k.indexFactor(i),
                        money(minor.round(k.impactPerUnit(i))), values, money(outcomePvR[i]),
                        divide(outcomePv[i], presentValue), o.transfer(), o.quantityBasis(), o.proxy().basis()));
            }
            List<SroiResult.StakeholderValue> stakeholderList = new ArrayList<>();
            for (int s = 0; s < stakeholders; s++) {
                List<SroiResult.CashFlow> flows = new ArrayList<>();
                for (int t = 0; t < periods; t++) {
                    flows.add(new SroiResult.CashFlow(t + 1, money(flowInR[t][s]), money(flowOutR[t][s])));
                }
                stakeholderList.add(new SroiResult.StakeholderValue(model.stakeholders().get(s).id(),
                        money(investedR[s]), money(receivedR[s]), money(receivedR[s].subtract(investedR[s])),
                        divide(received[s], invested[s]), flows));
            }

            OptionalDouble ratio = divide(presentValue, inputsValue);
            double payback = k.paybackMonths();
            SroiResult.Totals totals = new SroiResult.Totals(money(pv), money(iv), money(pv.subtract(iv)), ratio,
                    ratio.isPresent() ? Optional.of(display(ratio.getAsDouble())) : Optional.empty(),
                    divide(presentValue - inputsValue, inputsValue),
                    Double.isNaN(payback) ? OptionalDouble.empty() : OptionalDouble.of(payback));
            return new SroiResult(model.id(), currency, model.discounting(), totals,
                    welfare(outcomePv, outcomePvR, iv), periodList, outcomeList, stakeholderList,
                    ModelWarnings.of(model, outcomePv, presentValue, inputsValue));
        }

        /**
         * The welfare view when an outcome is a transfer: the rounded present values of the other outcomes add up
         * to its present value, so the document adds up; its ratio is of the unrounded figures.
         */
        private Optional<SroiResult.Welfare> welfare(double[] outcomePv, BigDecimal[] outcomePvR, BigDecimal iv) {
            if (!k.hasTransfers()) {
                return Optional.empty();
            }
            double welfarePv = 0;
            BigDecimal welfarePvR = BigDecimal.ZERO;
            for (int i = 0; i < outcomes; i++) {
                if (!k.transfer(i)) {
                    welfarePv += outcomePv[i];
                    welfarePvR = welfarePvR.add(outcomePvR[i]);
                }
            }
            OptionalDouble ratio = divide(welfarePv, inputsValue);
            return Optional.of(new SroiResult.Welfare(money(welfarePvR), money(welfarePvR.subtract(iv)), ratio,
                    ratio.isPresent() ? Optional.of(display(ratio.getAsDouble())) : Optional.empty()));
        }

        /** For each period t, the parts part(j, t) over j, allocated to that period's rounded total. */
        private BigDecimal[][] byPeriod(int parts, BigDecimal[] periodTotals, Part part) {
            BigDecimal[][] rounded = new BigDecimal[periods][];
            for (int t = 1; t <= periods; t++) {
                double[] column = new double[parts];
                for (int j = 0; j < parts; j++) {
                    column[j] = part.of(j, t);
                }
                rounded[t - 1] = minor.allocate(column, periodTotals[t - 1]);
            }
            return rounded;
        }

        private MonetaryAmount money(BigDecimal amount) {
            return Money.of(amount, currency);
        }
    }

    @FunctionalInterface
    private interface Part {
        double of(int index, int period);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** {@code numerator / denominator}, or empty when there is nothing to divide by. */
    private static OptionalDouble divide(double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
    }

    /** The ratio with two decimals as printed in reports: the written decimal, rounded half up ("1.28"). */
    static String display(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
