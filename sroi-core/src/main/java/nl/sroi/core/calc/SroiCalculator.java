package nl.sroi.core.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import nl.sroi.core.internal.Kernel;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ModelWarnings;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * Calculates a valid model into a {@link SroiResult}: the kernel's exact {@code double} figures, rounded once to
 * the currency's minor unit, each breakdown allocated to its rounded total. Stateless and thread-safe.
 */
public final class SroiCalculator {

    /** A calculator validating with the default limits. */
    public static final SroiCalculator DEFAULT = new SroiCalculator(ModelValidator.DEFAULT);

    private final ModelValidator validator;

    /**
     * A calculator that validates models given as entered with {@code validator} (and so its limits).
     *
     * @param validator the validator for {@link #calculate(SroiModel)}
     */
    public SroiCalculator(ModelValidator validator) {
        this.validator = validator;
    }

    /**
     * Calculates the model.
     *
     * @param model the model as entered
     * @return the result
     * @throws InvalidModelException if the model is not valid (validate first to get its problems as values)
     */
    public SroiResult calculate(SroiModel model) {
        Validated<ValidModel> check = validator.check(model);
        if (!check.isValid()) {
            throw new InvalidModelException(check.errors());
        }
        return calculate(check.value());
    }

    /**
     * Calculates a model that has already passed validation.
     *
     * @param valid the model
     * @return the result
     */
    public SroiResult calculate(ValidModel valid) {
        Kernel k = Kernel.of(valid);
        k.evaluate();
        return new Presentation(k).result();
    }

    /**
     * Builds the result from one evaluated kernel; each rounded breakdown is allocated to its rounded
     * total, so that it adds up to the cent.
     */
    private static final class Presentation {
        private final SroiModel model;
        private final Kernel k;
        private final double presentValue;
        private final double inputsValue;
        private final MinorUnits minor;
        private final int periods;
        private final int outcomes;
        private final int stakeholders;
        private final BigDecimal pv;
        private final BigDecimal iv;
        /** per period (index t - 1): undiscounted value, rounded */
        private final BigDecimal[] valueR;
        /** per outcome: the exact present value */
        private final double[] outcomePv;
        /** per outcome: the present value as rounded, adding up to the rounded total */
        private final BigDecimal[] outcomePvR;

        Presentation(Kernel k) {
            this.model = k.model().model();
            this.k = k;
            this.presentValue = k.presentValue();
            this.inputsValue = k.inputsValue();
            this.minor = MinorUnits.of(model.currency());
            this.periods = k.periods();
            this.outcomes = k.outcomes();
            this.stakeholders = k.stakeholders();
            this.pv = minor.round(presentValue);
            this.iv = minor.round(inputsValue);
            this.valueR = new BigDecimal[periods];
            for (int t = 1; t <= periods; t++) {
                valueR[t - 1] = minor.round(k.totalValue(t));
            }
            this.outcomePv = new double[outcomes];
            for (int i = 0; i < outcomes; i++) {
                outcomePv[i] = k.outcomePresentValue(i);
            }
            this.outcomePvR = minor.allocate(outcomePv, pv);
        }

        SroiResult result() {
            double[] periodInputs = new double[periods];
            for (int t = 1; t <= periods; t++) {
                for (int s = 0; s < stakeholders; s++) {
                    periodInputs[t - 1] += k.inputs(s, t);
                }
            }
            // undiscounted inputs add up to the inputs value itself when inputs are not discounted
            BigDecimal inputsTotal = model.discounting().inputs() ? minor.round(sum(periodInputs)) : iv;
            BigDecimal[] inputsR = minor.allocate(periodInputs, inputsTotal);
            return new SroiResult(model.id(), MinorUnits.currency(model.currency()), model.discounting(), totals(),
                    welfare(), periods(inputsR), outcomes(), stakeholders(inputsR),
                    ModelWarnings.of(model, outcomePv, presentValue, inputsValue));
        }

        /**
         * The welfare view when an outcome is a transfer: the rounded present values of the other outcomes add up
         * to its present value, so the document adds up; its ratio is of the unrounded figures.
         */
        private Optional<SroiResult.Welfare> welfare() {
            if (!k.hasTransfers()) {
                return Optional.empty();
            }
            double welfarePv = 0;
            BigDecimal welfarePvR = minor.zero();
            for (int i = 0; i < outcomes; i++) {
                if (!k.transfer(i)) {
                    welfarePv += outcomePv[i];
                    welfarePvR = welfarePvR.add(outcomePvR[i]);
                }
            }
            OptionalDouble ratio = Kernel.ratio(welfarePv, inputsValue);
            return Optional.of(new SroiResult.Welfare(welfarePvR, welfarePvR.subtract(iv), ratio, display(ratio)));
        }

        private SroiResult.Totals totals() {
            OptionalDouble ratio = Kernel.ratio(presentValue, inputsValue);
            return new SroiResult.Totals(pv, iv, pv.subtract(iv), ratio, display(ratio),
                    Kernel.ratio(presentValue - inputsValue, inputsValue), k.paybackMonths());
        }

        private List<SroiResult.Period> periods(BigDecimal[] inputsR) {
            double[] periodPresentValue = new double[periods];
            for (int t = 1; t <= periods; t++) {
                periodPresentValue[t - 1] = k.presentValue(t);
            }
            BigDecimal[] presentValueR = minor.allocate(periodPresentValue, pv);
            SroiResult.Period[] rows = new SroiResult.Period[periods];
            for (int t = 1; t <= periods; t++) {
                Integer year = model.firstYear() == null ? null : model.firstYear() + t - 1;
                rows[t - 1] = new SroiResult.Period(t, year, valueR[t - 1], k.factor(t), presentValueR[t - 1],
                        inputsR[t - 1]);
            }
            return List.of(rows);
        }

        /** Present values add up to the total, values per period to the period's value. */
        private List<SroiResult.OutcomeValue> outcomes() {
            BigDecimal[][] outcomeValueR = byPeriod(outcomes, valueR, k::value);
            SroiResult.OutcomeValue[] rows = new SroiResult.OutcomeValue[outcomes];
            for (int i = 0; i < outcomes; i++) {
                BigDecimal[] values = new BigDecimal[periods];
                for (int t = 0; t < periods; t++) {
                    values[t] = outcomeValueR[t][i];
                }
                Outcome o = model.outcomes().get(i);
                rows[i] = new SroiResult.OutcomeValue(o.id(), minor.round(k.proxy(i)), k.indexFactor(i),
                        minor.round(k.impactPerUnit(i)), List.of(values), outcomePvR[i],
                        Kernel.ratio(outcomePv[i], presentValue), o.transfer(), o.quantityBasis(),
                        o.proxy().basis());
            }
            return List.of(rows);
        }

        /** Received adds up to the present value, invested to the inputs value, flows to each period's totals. */
        private List<SroiResult.StakeholderValue> stakeholders(BigDecimal[] inputsR) {
            double[] received = new double[stakeholders];
            double[] invested = new double[stakeholders];
            for (int s = 0; s < stakeholders; s++) {
                received[s] = k.received(s, outcomePv);
                invested[s] = k.invested(s);
            }
            BigDecimal[] receivedR = minor.allocate(received, pv);
            BigDecimal[] investedR = minor.allocate(invested, iv);
            BigDecimal[][] flowInR = byPeriod(stakeholders, inputsR, k::inputs);
            BigDecimal[][] flowOutR = byPeriod(stakeholders, valueR, k::received);
            SroiResult.StakeholderValue[] rows = new SroiResult.StakeholderValue[stakeholders];
            for (int s = 0; s < stakeholders; s++) {
                SroiResult.CashFlow[] flows = new SroiResult.CashFlow[periods];
                for (int t = 0; t < periods; t++) {
                    flows[t] = new SroiResult.CashFlow(t + 1, flowInR[t][s], flowOutR[t][s]);
                }
                rows[s] = new SroiResult.StakeholderValue(model.stakeholders().get(s).id(), investedR[s],
                        receivedR[s], receivedR[s].subtract(investedR[s]), Kernel.ratio(received[s], invested[s]),
                        List.of(flows));
            }
            return List.of(rows);
        }

        /** For each period t, the parts part(j, t) over j, allocated to that period's rounded total. */
        private BigDecimal[][] byPeriod(int parts, BigDecimal[] periodTotals, Part part) {
            BigDecimal[][] rounded = new BigDecimal[periods][];
            double[] column = new double[parts];
            for (int t = 1; t <= periods; t++) {
                for (int j = 0; j < parts; j++) {
                    column[j] = part.of(j, t);
                }
                rounded[t - 1] = minor.allocate(column, periodTotals[t - 1]);
            }
            return rounded;
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

    /** The ratio with two decimals as printed in reports: the written decimal, rounded half up ("1.28"). */
    static String display(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Optional<String> display(OptionalDouble ratio) {
        return ratio.isPresent() ? Optional.of(display(ratio.getAsDouble())) : Optional.empty();
    }
}
