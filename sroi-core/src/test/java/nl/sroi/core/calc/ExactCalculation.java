package nl.sroi.core.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.model.DropOffFrom;
import nl.sroi.core.model.DropOffMode;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.PartYear;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;

/**
 * An independent implementation of sections 2, 11.1, 11.2 and 12 of the format in exact decimals (34 digits), written
 * from the format description alone and sharing no code with the library's kernel: the oracle of the section 12
 * reference cases and property tests. Models without a price index only (proxies are taken as written).
 */
public final class ExactCalculation {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** The exact figures of one model. */
    public record Figures(BigDecimal presentValue, BigDecimal inputsValue, BigDecimal welfarePresentValue,
                          boolean transfers, Map<String, BigDecimal> outcomePresentValue,
                          Map<String, BigDecimal> impactPerUnit, Map<String, BigDecimal[]> outcomeValues,
                          BigDecimal[] values, Map<String, BigDecimal> invested, Map<String, BigDecimal> received,
                          Double paybackMonths) {

        /** presentValue / inputsValue, or null without inputs. */
        public BigDecimal ratio() {
            return inputsValue.signum() == 0 ? null : presentValue.divide(inputsValue, MC);
        }
    }

    private ExactCalculation() {
    }

    public static Figures of(SroiModel m) {
        if (m.priceIndex() != null) {
            throw new IllegalArgumentException("the exact calculation takes models without a price index");
        }
        int periods = periods(m);
        BigDecimal[] factor = new BigDecimal[periods + 1];
        for (int t = 1; t <= periods; t++) {
            factor[t] = modelFactor(m, t);
        }
        BigDecimal[] values = zeros(periods);
        BigDecimal[] periodPv = zeros(periods);
        Map<String, BigDecimal> outcomePv = new LinkedHashMap<>();
        Map<String, BigDecimal> impacts = new LinkedHashMap<>();
        Map<String, BigDecimal[]> outcomeValues = new LinkedHashMap<>();
        Map<String, BigDecimal> received = new LinkedHashMap<>();
        Map<String, BigDecimal> invested = new LinkedHashMap<>();
        for (Stakeholder s : m.stakeholders()) {
            received.put(s.id(), BigDecimal.ZERO);
            invested.put(s.id(), BigDecimal.ZERO);
        }
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal welfare = BigDecimal.ZERO;
        boolean transfers = false;
        for (Outcome o : m.outcomes()) {
            BigDecimal impact = impact(o);
            impacts.put(o.id(), impact);
            BigDecimal[] v = outcomeValues(m, o, impact, periods);
            outcomeValues.put(o.id(), v);
            BigDecimal own = BigDecimal.ZERO;
            for (int t = 1; t <= periods; t++) {
                BigDecimal f = o.discountRate() == null ? factor[t] : power(o.discountRate(), n(m, t));
                own = own.add(v[t].multiply(f, MC), MC);
                values[t] = values[t].add(v[t], MC);
                periodPv[t] = periodPv[t].add(v[t].multiply(f, MC), MC);
            }
            outcomePv.put(o.id(), own);
            pv = pv.add(own, MC);
            if (!o.transfer()) {
                welfare = welfare.add(own, MC);
            }
            transfers |= o.transfer();
            for (ValueShare share : o.valueShares()) {
                received.merge(share.stakeholder(), own.multiply(share.share(), MC), (a, b) -> a.add(b, MC));
            }
        }
        BigDecimal[] counted = zeros(periods);
        BigDecimal inputsValue = BigDecimal.ZERO;
        for (Input in : m.inputs()) {
            for (int t = 1; t <= in.amounts().size(); t++) {
                BigDecimal amount = in.amounts().get(t - 1);
                BigDecimal c = m.discounting().inputs() ? amount.multiply(factor[t], MC) : amount;
                counted[t] = counted[t].add(c, MC);
                inputsValue = inputsValue.add(c, MC);
                invested.merge(in.stakeholder(), c, (a, b) -> a.add(b, MC));
            }
        }
        return new Figures(pv, inputsValue, welfare, transfers, outcomePv, impacts, outcomeValues, values, invested,
                received, payback(counted, periodPv));
    }

    /** impact = proxy × (1 − dw) × (1 − dp) × (1 − at) × Π (1 − other filter). */
    static BigDecimal impact(Outcome o) {
        BigDecimal impact = o.proxy().value().multiply(BigDecimal.ONE.subtract(o.deadweight()), MC)
                .multiply(BigDecimal.ONE.subtract(o.displacement()), MC)
                .multiply(BigDecimal.ONE.subtract(o.attribution()), MC);
        for (OtherFilter f : o.filters()) {
            impact = impact.multiply(BigDecimal.ONE.subtract(f.share()), MC);
        }
        return impact;
    }

    private static BigDecimal[] outcomeValues(SroiModel m, Outcome o, BigDecimal impact, int periods) {
        BigDecimal[] v = zeros(periods);
        int whole = o.duration().intValue();
        BigDecimal fraction = o.duration().subtract(BigDecimal.valueOf(whole));
        int years = fraction.signum() > 0 ? whole + 1 : whole;
        for (int c = 1; c <= o.quantity().size(); c++) {
            for (int k = 1; k <= years; k++) {
                int t = c + o.startOffset() + k - 1;
                if (t > periods || (m.horizonYears() != null && t > m.horizonYears())) {
                    continue;
                }
                BigDecimal part = k <= whole || m.partYear() == PartYear.FULL_YEAR ? BigDecimal.ONE : fraction;
                int e = o.dropOffFrom() == DropOffFrom.FIRST_YEAR ? k : k - 1;
                BigDecimal keep = o.dropOffMode() == DropOffMode.LINEAR
                        ? BigDecimal.ONE.subtract(o.dropOff().multiply(BigDecimal.valueOf(e))).max(BigDecimal.ZERO)
                        : BigDecimal.ONE.subtract(o.dropOff()).pow(e, MC);
                BigDecimal value = o.quantity().get(c - 1).multiply(impact, MC).multiply(keep, MC)
                        .multiply(part, MC);
                v[t] = v[t].add(value, MC);
            }
        }
        return v;
    }

    private static int n(SroiModel m, int t) {
        return m.discounting().firstPeriod() == FirstPeriod.DISCOUNTED ? t : t - 1;
    }

    /** factor(t) = Π_{u=1..n(t)} 1 / (1 + rate(u)). */
    private static BigDecimal modelFactor(SroiModel m, int t) {
        BigDecimal product = BigDecimal.ONE;
        for (int u = 1; u <= n(m, t); u++) {
            product = product.multiply(BigDecimal.ONE.add(rateOfYear(m, u)), MC);
        }
        return BigDecimal.ONE.divide(product, MC);
    }

    static BigDecimal rateOfYear(SroiModel m, int u) {
        BigDecimal rate = m.discounting().rate();
        List<RateStep> schedule = m.discounting().schedule();
        if (schedule != null) {
            for (RateStep s : schedule) {
                if (s.fromYear() <= u) {
                    rate = s.rate();
                }
            }
        }
        return rate;
    }

    private static BigDecimal power(BigDecimal rate, int n) {
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(rate).pow(n, MC), MC);
    }

    private static int periods(SroiModel m) {
        int last = 1;
        for (Input in : m.inputs()) {
            last = Math.max(last, in.amounts().size());
        }
        for (Outcome o : m.outcomes()) {
            int years = o.duration().setScale(0, java.math.RoundingMode.CEILING).intValue();
            int lastValue = o.quantity().size() + o.startOffset() + years - 1;
            last = Math.max(last, m.horizonYears() == null ? lastValue : Math.min(m.horizonYears(), lastValue));
        }
        return last;
    }

    private static Double payback(BigDecimal[] inputs, BigDecimal[] presentValue) {
        BigDecimal invested = BigDecimal.ZERO;
        BigDecimal recovered = BigDecimal.ZERO;
        for (int t = 1; t < inputs.length; t++) {
            invested = invested.add(inputs[t], MC);
            if (invested.signum() > 0 && recovered.compareTo(invested) >= 0) {
                return 12.0 * (t - 1);
            }
            BigDecimal value = presentValue[t];
            if (invested.signum() > 0 && value.signum() > 0 && recovered.add(value, MC).compareTo(invested) >= 0) {
                return 12.0 * (t - 1) + 12 * invested.subtract(recovered, MC).divide(value, MC).doubleValue();
            }
            recovered = recovered.add(value, MC);
        }
        return null;
    }

    private static BigDecimal[] zeros(int periods) {
        BigDecimal[] a = new BigDecimal[periods + 1];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    /**
     * The figures as a reference case's expected document (the shape of {@code ../reference/*.expected.json}).
     *
     * @param m the model
     * @return the expected document
     */
    public static ObjectNode expectedDocument(SroiModel m) {
        Figures f = of(m);
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode o = json.objectNode();
        o.put("presentValue", f.presentValue().doubleValue());
        o.put("inputsValue", f.inputsValue().doubleValue());
        o.put("netPresentValue", f.presentValue().subtract(f.inputsValue()).doubleValue());
        BigDecimal ratio = f.ratio();
        if (ratio == null) {
            o.putNull("ratio");
            o.putNull("netRatio");
        } else {
            o.put("ratio", ratio.doubleValue());
            o.put("netRatio", ratio.subtract(BigDecimal.ONE).doubleValue());
        }
        if (f.paybackMonths() == null) {
            o.putNull("paybackMonths");
        } else {
            o.put("paybackMonths", f.paybackMonths());
        }
        values(o.putObject("values"), f.values());
        ObjectNode outcomes = o.putObject("outcomes");
        for (Outcome out : m.outcomes()) {
            ObjectNode oo = outcomes.putObject(out.id());
            oo.put("impactPerUnit", f.impactPerUnit().get(out.id()).doubleValue());
            oo.put("presentValue", f.outcomePresentValue().get(out.id()).doubleValue());
            values(oo.putObject("values"), f.outcomeValues().get(out.id()));
        }
        if (f.transfers()) {
            ObjectNode w = o.putObject("welfare");
            w.put("presentValue", f.welfarePresentValue().doubleValue());
            w.put("netPresentValue", f.welfarePresentValue().subtract(f.inputsValue()).doubleValue());
            if (f.inputsValue().signum() == 0) {
                w.putNull("ratio");
            } else {
                w.put("ratio", f.welfarePresentValue().divide(f.inputsValue(), MC).doubleValue());
            }
        }
        ObjectNode stakeholders = o.putObject("stakeholders");
        for (Stakeholder s : m.stakeholders()) {
            stakeholders.putObject(s.id()).put("invested", f.invested().get(s.id()).doubleValue())
                    .put("received", f.received().get(s.id()).doubleValue());
        }
        return o;
    }

    private static void values(ObjectNode o, BigDecimal[] values) {
        List<Integer> nonZero = new ArrayList<>();
        for (int t = 1; t < values.length; t++) {
            if (values[t].signum() != 0) {
                nonZero.add(t);
            }
        }
        nonZero.forEach(t -> o.put(Integer.toString(t), values[t].doubleValue()));
    }
}
