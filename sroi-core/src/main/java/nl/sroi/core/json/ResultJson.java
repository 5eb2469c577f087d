package nl.sroi.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.text.Language;
import nl.sroi.core.tree.JsonTrees;
import nl.sroi.core.validation.Problem;

/**
 * Writes a {@link SroiResult} as the {@code sroi-result/1} document, streamed to the generator (the service
 * writes one per request, so no tree is built first).
 */
public final class ResultJson {

    /** The format of the result document. */
    public static final String FORMAT = "sroi-result/1";
    /** The most errors or warnings a document lists; the rest are counted in {@code errorsNotListed}. */
    public static final int MAX_LISTED = JsonTrees.MAX_LISTED;

    private ResultJson() {
    }

    /**
     * The result document with its warnings in English.
     *
     * @param result the result
     * @return the document, pretty-printed, ending in a newline
     */
    public static String write(SroiResult result) {
        return write(result, Language.EN);
    }

    /**
     * The result document with its warnings in a language.
     *
     * @param result   the result
     * @param language the language of the warnings
     * @return the document, pretty-printed, ending in a newline
     */
    public static String write(SroiResult result, Language language) {
        return write(result, language, true);
    }

    /**
     * The result document, pretty-printed or compact (the service's answer).
     *
     * @param result   the result
     * @param language the language of the warnings
     * @param pretty   pretty-printed and ending in a newline, as {@link #write(SroiResult, Language)}; else
     *                 compact, on one line without a final newline
     * @return the document
     */
    public static String write(SroiResult result, Language language, boolean pretty) {
        return Json.write(g -> write(g, result, language), pretty);
    }

    private static void write(JsonGenerator g, SroiResult r, Language language) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("model", r.model());
        g.writeStringField("currency", r.currency().getCurrencyCode());
        Discounting d = r.discounting();
        g.writeObjectFieldStart("discounting");
        g.writeNumberField("rate", d.rate());
        g.writeStringField("firstPeriod", Fields.name(d.firstPeriod()));
        g.writeBooleanField("inputs", d.inputs());
        g.writeEndObject();
        totals(g, r.totals());
        if (r.welfare().isPresent()) {
            welfare(g, r.welfare().get());
        }
        periods(g, r.periods());
        outcomes(g, r.outcomes());
        stakeholders(g, r.stakeholders());
        warnings(g, r.warnings(), language);
        g.writeEndObject();
    }

    /** The {@code totals} object of a result. */
    static void totals(JsonGenerator g, SroiResult.Totals t) throws IOException {
        g.writeObjectFieldStart("totals");
        g.writeNumberField("presentValue", t.presentValue());
        g.writeNumberField("inputsValue", t.inputsValue());
        g.writeNumberField("netPresentValue", t.netPresentValue());
        Fields.number(g, "ratio", t.ratio());
        g.writeStringField("ratioDisplay", t.ratioDisplay().orElse(null));
        Fields.number(g, "netRatio", t.netRatio());
        Fields.number(g, "paybackMonths", t.paybackMonths());
        g.writeEndObject();
    }

    /** The {@code welfare} object of a result: the totals without transfers (section 11.2 of the format). */
    static void welfare(JsonGenerator g, SroiResult.Welfare w) throws IOException {
        g.writeObjectFieldStart("welfare");
        g.writeNumberField("presentValue", w.presentValue());
        g.writeNumberField("netPresentValue", w.netPresentValue());
        Fields.number(g, "ratio", w.ratio());
        g.writeStringField("ratioDisplay", w.ratioDisplay().orElse(null));
        g.writeEndObject();
    }

    private static void periods(JsonGenerator g, List<SroiResult.Period> periods) throws IOException {
        g.writeArrayFieldStart("periods");
        for (SroiResult.Period p : periods) {
            g.writeStartObject();
            g.writeNumberField("period", p.period());
            if (p.year() != null) {
                g.writeNumberField("year", p.year());
            }
            g.writeNumberField("value", p.value());
            g.writeNumberField("discountFactor", p.discountFactor());
            g.writeNumberField("presentValue", p.presentValue());
            g.writeNumberField("inputs", p.inputs());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void outcomes(JsonGenerator g, List<SroiResult.OutcomeValue> outcomes) throws IOException {
        g.writeArrayFieldStart("outcomes");
        for (SroiResult.OutcomeValue v : outcomes) {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeNumberField("proxyValue", v.proxyValue());
            g.writeNumberField("indexFactor", v.indexFactor());
            g.writeNumberField("impactPerUnit", v.impactPerUnit());
            g.writeArrayFieldStart("values");
            for (BigDecimal a : v.values()) {
                g.writeNumber(a);
            }
            g.writeEndArray();
            g.writeNumberField("presentValue", v.presentValue());
            Fields.number(g, "share", v.share());
            g.writeBooleanField("transfer", v.transfer());
            if (v.quantityBasis() != null) {
                g.writeStringField("quantityBasis", Fields.name(v.quantityBasis()));
            }
            if (v.proxyBasis() != null) {
                g.writeStringField("proxyBasis", Fields.name(v.proxyBasis()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void stakeholders(JsonGenerator g, List<SroiResult.StakeholderValue> stakeholders)
            throws IOException {
        g.writeArrayFieldStart("stakeholders");
        for (SroiResult.StakeholderValue s : stakeholders) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeNumberField("invested", s.invested());
            g.writeNumberField("received", s.received());
            g.writeNumberField("net", s.net());
            Fields.number(g, "ratio", s.ratio());
            g.writeArrayFieldStart("periods");
            for (SroiResult.CashFlow f : s.periods()) {
                g.writeStartObject();
                g.writeNumberField("period", f.period());
                g.writeNumberField("invested", f.invested());
                g.writeNumberField("received", f.received());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The {@code warnings} array of a result (or of a scenario): code, pointer and message of each. */
    static void warnings(JsonGenerator g, List<Problem> warnings, Language language) throws IOException {
        g.writeArrayFieldStart("warnings");
        for (Problem p : warnings) {
            g.writeStartObject();
            g.writeStringField("code", p.code().name());
            g.writeStringField("pointer", p.pointer());
            g.writeStringField("message", p.message(language));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The {@code {valid, errors, warnings}} document of validating a model: every error of a model that is not
     * valid, or the warnings of one that is.
     *
     * @param errors   the model's errors; empty when it is valid
     * @param warnings the valid model's warnings (from its result); empty when it is not valid
     * @param language the language of the messages
     * @return the document
     */
    public static String validation(List<Problem> errors, List<Problem> warnings, Language language) {
        ObjectNode o = Json.object().put("valid", errors.isEmpty());
        JsonTrees.problems(o, "errors", errors, language);
        JsonTrees.problems(o, "warnings", warnings, language);
        return Json.pretty(o);
    }
}
