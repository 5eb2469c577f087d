package nl.sroi.core.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;

import javax.money.MonetaryAmount;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.Problem;

/** Writes a {@link SroiResult} as the {@code sroi-result/1} document. */
public final class ResultJson {

    public static final String FORMAT = "sroi-result/1";

    private ResultJson() {
    }

    public static String write(SroiResult result) {
        return Json.pretty(tree(result));
    }

    public static ObjectNode tree(SroiResult r) {
        int digits = r.currency().getDefaultFractionDigits();
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        o.put("model", r.model());
        o.put("currency", r.currency().getCurrencyCode());
        Discounting d = r.discounting();
        o.putObject("discounting").put("rate", d.rate()).put("firstPeriod", ModelJson.name(d.firstPeriod()))
                .put("inputs", d.inputs());
        SroiResult.Totals t = r.totals();
        ObjectNode totals = o.putObject("totals");
        totals.put("presentValue", decimal(t.presentValue(), digits));
        totals.put("inputsValue", decimal(t.inputsValue(), digits));
        totals.put("netPresentValue", decimal(t.netPresentValue(), digits));
        number(totals, "ratio", t.ratio());
        totals.put("ratioDisplay", t.ratioDisplay().orElse(null));
        number(totals, "netRatio", t.netRatio());
        number(totals, "paybackMonths", t.paybackMonths());
        ArrayNode periods = o.putArray("periods");
        for (SroiResult.Period p : r.periods()) {
            ObjectNode po = periods.addObject().put("period", p.period());
            if (p.year() != null) {
                po.put("year", p.year());
            }
            po.put("value", decimal(p.value(), digits)).put("discountFactor", p.discountFactor())
                    .put("presentValue", decimal(p.presentValue(), digits)).put("inputs", decimal(p.inputs(), digits));
        }
        ArrayNode outcomes = o.putArray("outcomes");
        for (SroiResult.OutcomeValue v : r.outcomes()) {
            ObjectNode vo = outcomes.addObject().put("id", v.id())
                    .put("impactPerUnit", decimal(v.impactPerUnit(), digits));
            ArrayNode values = vo.putArray("values");
            v.values().forEach(a -> values.add(decimal(a, digits)));
            vo.put("presentValue", decimal(v.presentValue(), digits));
            number(vo, "share", v.share());
        }
        ArrayNode stakeholders = o.putArray("stakeholders");
        for (SroiResult.StakeholderValue s : r.stakeholders()) {
            ObjectNode so = stakeholders.addObject().put("id", s.id())
                    .put("invested", decimal(s.invested(), digits)).put("received", decimal(s.received(), digits))
                    .put("net", decimal(s.net(), digits));
            number(so, "ratio", s.ratio());
            ArrayNode flows = so.putArray("periods");
            for (SroiResult.CashFlow f : s.periods()) {
                flows.addObject().put("period", f.period()).put("invested", decimal(f.invested(), digits))
                        .put("received", decimal(f.received(), digits));
            }
        }
        problems(o.putArray("warnings"), r.warnings());
        return o;
    }

    /**
     * One line of a catalogue of analyses: id, title, kind, currency, present value, inputs value and ratio (a
     * model and its result).
     */
    public static ObjectNode summary(SroiModel model, SroiResult r) {
        int digits = r.currency().getDefaultFractionDigits();
        ObjectNode o = Json.object().put("id", model.id()).put("title", model.title())
                .put("kind", ModelJson.name(model.kind())).put("currency", r.currency().getCurrencyCode())
                .put("presentValue", decimal(r.totals().presentValue(), digits))
                .put("inputsValue", decimal(r.totals().inputsValue(), digits));
        number(o, "ratio", r.totals().ratio());
        o.put("ratioDisplay", r.totals().ratioDisplay().orElse(null));
        return o;
    }

    /** Writes problems as {@code {code, pointer, message}} objects (line and column when known). */
    static void problems(ArrayNode array, List<Problem> problems) {
        for (Problem p : problems) {
            ObjectNode po = array.addObject().put("code", p.code().name()).put("pointer", p.pointer())
                    .put("message", p.message());
            if (p.line() != null) {
                po.put("line", p.line()).put("column", p.column());
            }
        }
    }

    /** A money amount as a decimal with exactly the currency's minor-unit digits (10000.00). */
    static BigDecimal decimal(MonetaryAmount amount, int digits) {
        return amount.getNumber().numberValue(BigDecimal.class).setScale(digits, RoundingMode.UNNECESSARY);
    }

    private static void number(ObjectNode o, String field, OptionalDouble value) {
        if (value.isPresent()) {
            o.put(field, value.getAsDouble());
        } else {
            o.putNull(field);
        }
    }
}
