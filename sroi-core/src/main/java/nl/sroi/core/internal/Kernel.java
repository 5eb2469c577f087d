package nl.sroi.core.internal;

import java.util.Arrays;
import java.util.OptionalDouble;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ValidModel;

/**
 * A valid model compiled to flat {@code double} arrays, and the one implementation of the arithmetic of sections 2
 * and 11.1 of the format: values, discounting, what each stakeholder invests and receives per period, the ratio,
 * the payback and the welfare view. Internal: the calculation and the analyses above this package build on it, and
 * an embedder uses those instead. The structure (cohorts, offsets, drop-off
 * conventions, transfers, who invests and who receives) is fixed at compile time; the estimates (proxy, deadweight,
 * displacement, attribution, drop-off, duration, quantity and inputs multipliers and the discount rate) can be
 * changed with the setters and the kernel re-evaluated, allocating nothing. The arrays are sized for the longest
 * valid duration, so no setter can outgrow them.
 *
 * <p>Proxies are held in the model's prices: a proxy in another price year is indexed once, when the model is
 * compiled (section 11.3), and {@link #set} takes a proxy value in the model's prices, as ranges on a proxy are.
 *
 * <p>Section 12.1: an outcome with its own {@code discountRate} is discounted with its own factors (fixed at
 * compile time; ranges on the rate move the model's rate only), and a {@code discounting.schedule} makes the
 * factors a product of each year's rate. The common case, neither, costs what it did: one extra test per
 * evaluation. Other filters multiply the impact; {@code partYear = fullYear} counts a started last year in full.
 *
 * <p>Mutable and not thread-safe: give each thread its own {@link #copy()}.
 */
public final class Kernel extends KernelArrays {

    private Kernel(SroiModel model, ValidModel valid) {
        super(model, valid);
    }

    private Kernel(Kernel k) {
        super(k);
    }

    /** Compiles a validated model. */
    public static Kernel of(ValidModel model) {
        return new Kernel(model.model(), model);
    }

    /**
     * Compiles a model that was not validated: a hybrid of the change bridge, made of the fields of two valid models
     * (every stakeholder it names is in its list, every proxy's price year is covered by its index). Its
     * {@link #model()} is {@code null}.
     *
     * @param hybrid the model
     * @return the kernel
     */
    public static Kernel ofHybrid(SroiModel hybrid) {
        return new Kernel(hybrid, null);
    }

    /** The model this kernel was compiled from, with the estimates as entered ({@code null} for a hybrid). */
    public ValidModel model() {
        return model;
    }

    /** An independent kernel with the same structure and the current estimates. */
    public Kernel copy() {
        return new Kernel(this);
    }

    // ------------------------------------------------------------------------------------------- evaluation

    /**
     * Evaluates the model with the current estimates: the undiscounted value per outcome and period and their
     * totals, and returns the present value. Every other figure reads what this left behind.
     */
    public double evaluate() {
        if (factorsStale) {
            discountFactors();
        }
        Arrays.fill(totals, 0);
        double presentValue = 0;
        for (int i = 0; i < outcomes; i++) {
            valuesOf(i);
        }
        for (int t = 0; t < capacity; t++) {
            presentValue += totals[t] * factors[t];
        }
        if (ownFactors != null) {
            presentValue += ownRateCorrection();
        }
        this.presentValue = presentValue;
        return presentValue;
    }

    /** factor(t) = Π_{u=1..n(t)} 1 / (1 + rate(u)); without a schedule (1 + rate)^−n(t), as before. */
    private void discountFactors() {
        Discounts.fill(factors, rate, scheduleRate, firstPeriodDiscounted);
        factorsStale = false;
    }

    /** What the outcomes with their own rate add beyond the model's factors, which the totals were discounted at. */
    private double ownRateCorrection() {
        double sum = 0;
        for (int i = 0; i < outcomes; i++) {
            if (ownRate[i]) {
                int base = i * capacity;
                for (int t = 0; t < capacity; t++) {
                    sum += values[base + t] * (ownFactors[base + t] - factors[t]);
                }
            }
        }
        return sum;
    }

    /** The present value from the last {@link #evaluate()}. */
    public double presentValue() {
        return presentValue;
    }

    /**
     * value_i(c, t) = quantity × impact × keep(k) × part(k), summed over cohorts, for one outcome, added into the
     * totals. keep(k) has the drop-off applied e = k − 1 times (k times when it applies from the first year); part(k)
     * is 1 for the whole years of the duration and the fraction of a partial last year.
     */
    private void valuesOf(int i) {
        int base = i * capacity;
        Arrays.fill(values, base, base + capacity, 0);
        double impact = impactPerUnit(i);
        double keepFactor = 1 - dropOff[i];
        int shift = dropOffFromFirstYear[i] ? 1 : 0;
        int years = Outcome.yearsWithValue(duration[i]);
        int last = Math.min(horizon, capacity);
        for (int c = 0; c < cohortCount[i]; c++) {
            double perCohort = quantity[cohortStart[i] + c] * quantityMultiplier[i] * impact;
            double keep = shift == 0 ? 1 : keepFactor;
            for (int k = 1; k <= years; k++) {
                int t = c + 1 + startOffset[i] + k - 1;
                if (t > last) {
                    break;
                }
                if (linear[i]) {
                    keep = Math.max(0, 1 - dropOff[i] * (k - 1 + shift));
                }
                double part = k < years || fullYear ? 1 : Outcome.partOfYear(duration[i], k);
                values[base + t - 1] += perCohort * keep * part;
                if (!linear[i]) {
                    keep *= keepFactor;
                }
            }
        }
        for (int t = 0; t < capacity; t++) {
            totals[t] += values[base + t];
        }
    }

    /**
     * The present value of the outcomes that are not transfers (the welfare view of section 11.2), from the last
     * {@link #evaluate()}; the present value itself when the model has no transfer.
     *
     * @return the welfare present value
     */
    public double welfarePresentValue() {
        int periods = periods();
        double sum = 0;
        for (int i = 0; i < outcomes; i++) {
            if (!transfer[i]) {
                for (int t = 1; t <= periods; t++) {
                    sum += value(i, t) * factor(i, t);
                }
            }
        }
        return sum;
    }

    /**
     * Whether any outcome is a transfer, so that the result has a welfare view.
     *
     * @return true when at least one outcome is a transfer
     */
    public boolean hasTransfers() {
        return anyTransfer;
    }

    /**
     * Whether an outcome is a transfer.
     *
     * @param outcome the outcome's index
     * @return its {@code transfer} flag
     */
    public boolean transfer(int outcome) {
        return transfer[outcome];
    }

    /**
     * The factor the outcome's proxy was indexed with to the model's prices (1 when it was not).
     *
     * @param outcome the outcome's index
     * @return I(model price year) / I(proxy price year)
     */
    public double indexFactor(int outcome) {
        return indexFactor[outcome];
    }

    /**
     * The proxy value in use, in the model's prices: the entered value times its index factor, or what
     * {@link #setProxy} set.
     *
     * @param outcome the outcome's index
     * @return the proxy value used
     */
    public double proxy(int outcome) {
        return proxy[outcome];
    }

    /** impact = proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution) × Π (1 − other filter). */
    public double impactPerUnit(int outcome) {
        return proxy[outcome] * (1 - deadweight[outcome]) * (1 - displacement[outcome]) * (1 - attribution[outcome])
                * filterFactor[outcome];
    }

    /** The undiscounted value of one outcome in period t (from the last {@link #evaluate()}). */
    public double value(int outcome, int period) {
        return values[outcome * capacity + period - 1];
    }

    /** The undiscounted value of all outcomes in period t (from the last {@link #evaluate()}). */
    public double totalValue(int period) {
        return totals[period - 1];
    }

    /** The discount factor of period t (from the last {@link #evaluate()}). */
    public double factor(int period) {
        return factors[period - 1];
    }

    /** The discount factor of one outcome's value in period t: its own rate's, else {@link #factor(int)}. */
    public double factor(int outcome, int period) {
        return ownRate[outcome] ? ownFactors[outcome * capacity + period - 1] : factors[period - 1];
    }

    /**
     * Whether the outcome is discounted at its own rate.
     *
     * @param outcome the outcome's index
     * @return true when it has a {@code discountRate}
     */
    public boolean ownRate(int outcome) {
        return ownRate[outcome];
    }

    /** The present value of all outcomes' value in period t (from the last {@link #evaluate()}). */
    public double presentValue(int period) {
        if (ownFactors == null) {
            return totals[period - 1] * factors[period - 1];
        }
        double sum = 0;
        for (int i = 0; i < outcomes; i++) {
            sum += value(i, period) * factor(i, period);
        }
        return sum;
    }

    /** The undiscounted inputs of one stakeholder in period t. */
    public double inputs(int stakeholder, int period) {
        return inputs[stakeholder * capacity + period - 1] * inputsMultiplier;
    }

    /** The inputs value: their sum, discounted like value when the model discounts inputs. */
    public double inputsValue() {
        double sum = 0;
        for (int s = 0; s < stakeholders; s++) {
            sum += invested(s);
        }
        return sum;
    }

    /** The inputs value of one stakeholder's inputs, with the same discounting as the total. */
    public double invested(int stakeholder) {
        double sum = 0;
        for (int t = 1; t <= inputPeriods; t++) {
            sum += countedInputs(stakeholder, t);
        }
        return sum;
    }

    /** The share of outcome i's value that lands with stakeholder s. */
    public double share(int outcome, int stakeholder) {
        return shares[outcome * stakeholders + stakeholder];
    }

    /** Periods from 1 to the last one with value or inputs, for the current durations. */
    public int periods() {
        int last = inputPeriods;
        for (int i = 0; i < outcomes; i++) {
            last = Math.max(last, lastValuePeriod(i, Outcome.yearsWithValue(duration[i])));
        }
        return Math.max(1, last);
    }

    /** One stakeholder's inputs in period t as the inputs value counts them (discounted when the model says so). */
    public double countedInputs(int stakeholder, int period) {
        return inputsDiscounted ? inputs(stakeholder, period) * factor(period) : inputs(stakeholder, period);
    }

    /** All stakeholders' inputs in period t as the inputs value counts them. */
    public double countedInputs(int period) {
        double sum = 0;
        for (int s = 0; s < stakeholders; s++) {
            sum += countedInputs(s, period);
        }
        return sum;
    }

    /** The present value of one outcome: its values over {@link #periods()}, discounted. */
    public double outcomePresentValue(int outcome) {
        double sum = 0;
        int periods = periods();
        for (int t = 1; t <= periods; t++) {
            sum += value(outcome, t) * factor(outcome, t);
        }
        return sum;
    }

    /** The undiscounted value that lands with one stakeholder in period t (its shares of every outcome). */
    public double received(int stakeholder, int period) {
        double sum = 0;
        for (int i = 0; i < outcomes; i++) {
            sum += value(i, period) * share(i, stakeholder);
        }
        return sum;
    }

    /** The value that lands with one stakeholder in period t, discounted. */
    public double receivedPresentValue(int stakeholder, int period) {
        double sum = 0;
        for (int i = 0; i < outcomes; i++) {
            sum += value(i, period) * share(i, stakeholder) * factor(i, period);
        }
        return sum;
    }

    /**
     * The present value that lands with one stakeholder: its shares of the outcomes' present values.
     *
     * @param outcomePresentValues {@link #outcomePresentValue(int)} of every outcome, computed once by the caller
     */
    public double received(int stakeholder, double[] outcomePresentValues) {
        double sum = 0;
        for (int i = 0; i < outcomes; i++) {
            sum += outcomePresentValues[i] * share(i, stakeholder);
        }
        return sum;
    }

    /** The payback of the whole analysis ({@link Payback}), from the last {@link #evaluate()}. */
    public OptionalDouble paybackMonths() {
        int periods = periods();
        double[] invested = new double[periods];
        double[] presentValue = new double[periods];
        for (int t = 1; t <= periods; t++) {
            invested[t - 1] = countedInputs(t);
            presentValue[t - 1] = presentValue(t);
        }
        return Payback.months(invested, presentValue);
    }

    /** The payback of one stakeholder: its counted inputs against the value that lands with it. */
    public OptionalDouble paybackMonths(int stakeholder) {
        int periods = periods();
        double[] invested = new double[periods];
        double[] presentValue = new double[periods];
        for (int t = 1; t <= periods; t++) {
            invested[t - 1] = countedInputs(stakeholder, t);
            presentValue[t - 1] = receivedPresentValue(stakeholder, t);
        }
        return Payback.months(invested, presentValue);
    }

    /**
     * A ratio of two figures ({@code presentValue / inputsValue}, a stakeholder's received over invested, a share of
     * the total), empty when there is nothing to divide by.
     */
    public static OptionalDouble ratio(double numerator, double denominator) {
        double ratio = ratioOrNaN(numerator, denominator);
        return Double.isNaN(ratio) ? OptionalDouble.empty() : OptionalDouble.of(ratio);
    }

    /** {@link #ratio(double, double)} as a bare double, NaN when there is nothing to divide by (allocates nothing). */
    public static double ratioOrNaN(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }

    /**
     * The number of outcomes.
     *
     * @return the number of outcomes
     */
    public int outcomes() {
        return outcomes;
    }

    /**
     * The number of stakeholders.
     *
     * @return the number of stakeholders
     */
    public int stakeholders() {
        return stakeholders;
    }

    // ------------------------------------------------------------------------------------------- estimates

    /**
     * Sets one estimate: of outcome {@code outcome}, or model-wide for {@link Estimate#RATE} and
     * {@link Estimate#INPUTS} (where {@code outcome} is ignored). A proxy is in the model's prices (not indexed
     * again). A duration is in years, 0 &lt; years ≤ 50, a fraction counting the last year pro rata (analyses that
     * vary a duration set whole years; the model's own duration, set back afterwards, may be fractional). Quantity
     * and inputs are multipliers on the amounts as entered.
     */
    public void set(Estimate estimate, int outcome, double value) {
        switch (estimate) {
            case PROXY -> proxy[outcome] = value;
            case DURATION -> {
                if (!(value > 0 && value <= MAX_DURATION)) {
                    throw new IllegalArgumentException("duration must be greater than 0 and at most " + MAX_DURATION
                            + ", was " + value);
                }
                duration[outcome] = value;
            }
            case DEADWEIGHT -> deadweight[outcome] = value;
            case DISPLACEMENT -> displacement[outcome] = value;
            case ATTRIBUTION -> attribution[outcome] = value;
            case DROP_OFF -> dropOff[outcome] = value;
            case QUANTITY -> quantityMultiplier[outcome] = value;
            case RATE -> {
                rate = value;
                factorsStale = true;
            }
            case INPUTS -> inputsMultiplier = value;
            case OTHER_FILTER -> throw new IllegalArgumentException("an other filter is set by setOtherFilter");
        }
    }

    /**
     * Sets the share of one of an outcome's other filters.
     *
     * @param outcome the outcome's index
     * @param filter  the filter's index in its {@code otherFilters}
     * @param share   the share, in [0, 1]
     */
    public void setOtherFilter(int outcome, int filter, double share) {
        filterShare[filterStart[outcome] + filter] = share;
        filterFactor[outcome] = filterFactorOf(outcome);
    }
}
