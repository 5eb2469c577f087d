package nl.sroi.core.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

import nl.sroi.core.model.Basis;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.validation.Problem;

/**
 * A calculated result as it is presented, with its money already rounded to the minor unit: each amount a
 * {@link BigDecimal} with exactly the currency's minor-unit digits (its scale), breakdowns adding up to their
 * totals. {@link nl.sroi.core.calc.SroiResult} (the public result, in {@code MonetaryAmount}s) and the
 * {@code sroi-result/1} document are both made from this, so that the JSON path never goes through Moneta.
 * Amounts are decimals rather than a {@code long} of minor units because a valid model's amounts reach 10^28
 * (10^12 per unit times 10^12 units per cohort).
 *
 * <p>The fields mirror {@link nl.sroi.core.calc.SroiResult}; an absent welfare view or ratio display is
 * {@code null}. Internal: an embedder uses {@link nl.sroi.core.calc.SroiResult}.
 */
public final class ResultFigures {

    // a class, not a record: JDK 17's javadoc fails on a record of an excluded package in a documented signature
    private final String model;
    private final String currency;
    private final Discounting discounting;
    private final Totals totals;
    private final Welfare welfare;
    private final List<Period> periods;
    private final List<OutcomeValue> outcomes;
    private final List<StakeholderValue> stakeholders;
    private final List<Problem> warnings;

    /** The figures of a result; the lists are kept as given (the calculator does not change them afterwards). */
    public ResultFigures(String model, String currency, Discounting discounting, Totals totals, Welfare welfare,
                         List<Period> periods, List<OutcomeValue> outcomes, List<StakeholderValue> stakeholders,
                         List<Problem> warnings) {
        this.model = model;
        this.currency = currency;
        this.discounting = discounting;
        this.totals = totals;
        this.welfare = welfare;
        this.periods = periods;
        this.outcomes = outcomes;
        this.stakeholders = stakeholders;
        this.warnings = warnings;
    }

    public String model() {
        return model;
    }

    public String currency() {
        return currency;
    }

    public Discounting discounting() {
        return discounting;
    }

    public Totals totals() {
        return totals;
    }

    /** The welfare view, or {@code null} when no outcome is a transfer. */
    public Welfare welfare() {
        return welfare;
    }

    public List<Period> periods() {
        return periods;
    }

    public List<OutcomeValue> outcomes() {
        return outcomes;
    }

    public List<StakeholderValue> stakeholders() {
        return stakeholders;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /** The totals; {@code ratioDisplay} is {@code null} when there is no ratio. */
    public record Totals(BigDecimal presentValue, BigDecimal inputsValue, BigDecimal netPresentValue,
                         OptionalDouble ratio, String ratioDisplay, OptionalDouble netRatio,
                         OptionalDouble paybackMonths) {
    }

    /** The totals without transfers; {@code ratioDisplay} is {@code null} when there is no ratio. */
    public record Welfare(BigDecimal presentValue, BigDecimal netPresentValue, OptionalDouble ratio,
                          String ratioDisplay) {
    }

    /** One period; {@code year} is {@code null} when the model names no first year. */
    public record Period(int period, Integer year, BigDecimal value, double discountFactor, BigDecimal presentValue,
                         BigDecimal inputs) {
    }

    /** One outcome; a basis is {@code null} when not stated. */
    public record OutcomeValue(String id, BigDecimal proxyValue, double indexFactor, BigDecimal impactPerUnit,
                               List<BigDecimal> values, BigDecimal presentValue, OptionalDouble share,
                               boolean transfer, Basis quantityBasis, Basis proxyBasis) {
    }

    /** One stakeholder. */
    public record StakeholderValue(String id, BigDecimal invested, BigDecimal received, BigDecimal net,
                                   OptionalDouble ratio, List<CashFlow> periods) {
    }

    /** Undiscounted money a stakeholder invested and received in one period. */
    public record CashFlow(int period, BigDecimal invested, BigDecimal received) {
    }
}
