package nl.sroi.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;

import javax.money.MonetaryAmount;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.Problem;

/**
 * Writes a {@link SroiResult} as the {@code sroi-result/1} document, streamed to the generator (the service
 * writes one per request, so no tree is built first).
 */
public final class ResultJson {

    public static final String FORMAT = "sroi-result/1";
    /** The most errors or warnings a document lists; the rest are counted in {@code errorsNotListed}. */
    public static final int MAX_LISTED = 100;

    private ResultJson() {
    }

    public static String write(SroiResult result) {
        return Json.pretty(g -> write(g, result));
    }

    private static void write(JsonGenerator g, SroiResult r) throws IOException {
        int digits = r.currency().getDefaultFractionDigits();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("model", r.model());
        g.writeStringField("currency", r.currency().getCurrencyCode());
        Discounting d = r.discounting();
        g.writeObjectFieldStart("discounting");
        g.writeNumberField("rate", d.rate());
        g.writeStringField("firstPeriod", ModelJson.name(d.firstPeriod()));
        g.writeBooleanField("inputs", d.inputs());
        g.writeEndObject();
        totals(g, r.totals(), digits);
        g.writeArrayFieldStart("periods");
        for (SroiResult.Period p : r.periods()) {
            g.writeStartObject();
            g.writeNumberField("period", p.period());
            if (p.year() != null) {
                g.writeNumberField("year", p.year());
            }
            g.writeNumberField("value", decimal(p.value(), digits));
            g.writeNumberField("discountFactor", p.discountFactor());
            g.writeNumberField("presentValue", decimal(p.presentValue(), digits));
            g.writeNumberField("inputs", decimal(p.inputs(), digits));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("outcomes");
        for (SroiResult.OutcomeValue v : r.outcomes()) {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeNumberField("impactPerUnit", decimal(v.impactPerUnit(), digits));
            g.writeArrayFieldStart("values");
            for (MonetaryAmount a : v.values()) {
                g.writeNumber(decimal(a, digits));
            }
            g.writeEndArray();
            g.writeNumberField("presentValue", decimal(v.presentValue(), digits));
            number(g, "share", v.share());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stakeholders");
        for (SroiResult.StakeholderValue s : r.stakeholders()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeNumberField("invested", decimal(s.invested(), digits));
            g.writeNumberField("received", decimal(s.received(), digits));
            g.writeNumberField("net", decimal(s.net(), digits));
            number(g, "ratio", s.ratio());
            g.writeArrayFieldStart("periods");
            for (SroiResult.CashFlow f : s.periods()) {
                g.writeStartObject();
                g.writeNumberField("period", f.period());
                g.writeNumberField("invested", decimal(f.invested(), digits));
                g.writeNumberField("received", decimal(f.received(), digits));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (Problem p : r.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", p.code().name());
            g.writeStringField("pointer", p.pointer());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The {@code totals} object of a result. */
    static void totals(JsonGenerator g, SroiResult.Totals t, int digits) throws IOException {
        g.writeObjectFieldStart("totals");
        g.writeNumberField("presentValue", decimal(t.presentValue(), digits));
        g.writeNumberField("inputsValue", decimal(t.inputsValue(), digits));
        g.writeNumberField("netPresentValue", decimal(t.netPresentValue(), digits));
        number(g, "ratio", t.ratio());
        g.writeStringField("ratioDisplay", t.ratioDisplay().orElse(null));
        number(g, "netRatio", t.netRatio());
        number(g, "paybackMonths", t.paybackMonths());
        g.writeEndObject();
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
        OptionalDouble ratio = r.totals().ratio();
        if (ratio.isPresent()) {
            o.put("ratio", ratio.getAsDouble());
        } else {
            o.putNull("ratio");
        }
        o.put("ratioDisplay", r.totals().ratioDisplay().orElse(null));
        return o;
    }

    /**
     * Writes the first {@value #MAX_LISTED} problems as {@code {code, pointer, message}} objects (line and column
     * when known) and gives the number of the others, which the document counts instead of listing: a 300 KB
     * model with 100,000 empty entries must not give a 25 MB answer.
     */
    static int problems(ArrayNode array, List<Problem> problems) {
        for (Problem p : problems.subList(0, Math.min(MAX_LISTED, problems.size()))) {
            ObjectNode po = array.addObject().put("code", p.code().name()).put("pointer", p.pointer())
                    .put("message", p.message());
            if (p.line() != null) {
                po.put("line", p.line()).put("column", p.column());
            }
        }
        return Math.max(0, problems.size() - MAX_LISTED);
    }

    /** Writes the problems under {@code field}, and their number beyond the listed ones under {@code fieldNotListed}. */
    static void problems(ObjectNode o, String field, List<Problem> problems) {
        int more = problems(o.putArray(field), problems);
        if (more > 0) {
            o.put(field + "NotListed", more);
        }
    }

    /** A money amount as a decimal with exactly the currency's minor-unit digits (10000.00). */
    static BigDecimal decimal(MonetaryAmount amount, int digits) {
        return amount.getNumber().numberValue(BigDecimal.class).setScale(digits, RoundingMode.UNNECESSARY);
    }

    private static void number(JsonGenerator g, String field, OptionalDouble value) throws IOException {
        AnalysisJson.number(g, field, value);
    }
}
