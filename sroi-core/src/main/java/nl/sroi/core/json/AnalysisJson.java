package nl.sroi.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import com.fasterxml.jackson.core.JsonGenerator;

import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.analysis.ScenarioComparisonResult;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.text.Language;

/** Writes the analysis documents of sections 7 to 9 of the format: sensitivity, simulation and scenarios. */
public final class AnalysisJson {

    /** The format of the sensitivity document. */
    public static final String SENSITIVITY = "sroi-sensitivity/1";
    /** The format of the simulation document. */
    public static final String SIMULATION = "sroi-simulation/1";
    /** The format of the scenario comparison document. */
    public static final String SCENARIO_COMPARISON = "sroi-scenario-comparison/1";
    /** The format of the business case document. */
    public static final String BUSINESS_CASE = "sroi-business-case/1";

    private AnalysisJson() {
    }

    /**
     * The sensitivity document: every tornado bar and switching value names its estimate (pointer, label, outcome
     * and stakeholder), with labels and reasons in the language.
     *
     * @param r        the sensitivity
     * @param model    the model it was made of
     * @param language the language of labels and reasons
     * @return the document, pretty-printed, ending in a newline
     */
    public static String sensitivity(SensitivityResult r, SroiModel model, Language language) {
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("format", SENSITIVITY);
            g.writeStringField("model", r.model());
            g.writeStringField("title", model.title());
            g.writeStringField("currency", r.currency().getCurrencyCode());
            Fields.number(g, "ratio", r.ratio());
            Fields.money(g, "netPresentValue", r.netPresentValue());
            if (r.welfareRatio().isPresent()) {
                g.writeNumberField("welfareRatio", r.welfareRatio().getAsDouble());
            }
            g.writeArrayFieldStart("tornado");
            for (SensitivityResult.TornadoBar bar : r.tornado()) {
                g.writeStartObject();
                estimate(g, bar.estimate(), model, language);
                end(g, "low", bar.low());
                end(g, "high", bar.high());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("switchingValues");
            for (SensitivityResult.SwitchingValue s : r.switchingValues()) {
                g.writeStartObject();
                estimate(g, s.estimate(), model, language);
                if (s.value().isEmpty()) {
                    g.writeNullField("value");
                    g.writeStringField("reason", s.reason().in(language));
                } else if (s.estimate().estimate() == Estimate.DURATION) {
                    g.writeNumberField("value", (int) s.value().getAsDouble());
                } else {
                    g.writeNumberField("value", s.value().getAsDouble());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * The simulation document; money (the net present value's figures) is rounded to the minor unit. It lists the
     * estimates that were varied, each named as in the sensitivity document, with its range.
     *
     * @param r        the simulation
     * @param model    the model it was made of
     * @param language the language of labels
     * @return the document, pretty-printed, ending in a newline
     */
    public static String simulation(SimulationResult r, SroiModel model, Language language) {
        MinorUnitsWriter money = new MinorUnitsWriter(r.currency());
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("format", SIMULATION);
            g.writeStringField("model", r.model());
            g.writeStringField("title", model.title());
            g.writeStringField("currency", r.currency().getCurrencyCode());
            g.writeNumberField("iterations", r.iterations());
            g.writeNumberField("seed", r.seed());
            g.writeStringField("percentiles", "R-7 (Excel PERCENTILE.INC, NumPy default)");
            if (r.ratio() == null) {
                g.writeNullField("ratio");
            } else {
                g.writeFieldName("ratio");
                summary(g, r.ratio(), Double::valueOf);
            }
            if (r.iterationsWithoutRatio() > 0) {
                g.writeNumberField("iterationsWithoutRatio", r.iterationsWithoutRatio());
            }
            g.writeFieldName("netPresentValue");
            summary(g, r.netPresentValue(), money::round);
            if (r.welfare() != null) {
                g.writeObjectFieldStart("welfare");
                if (r.welfare().ratio() == null) {
                    g.writeNullField("ratio");
                } else {
                    g.writeFieldName("ratio");
                    summary(g, r.welfare().ratio(), Double::valueOf);
                }
                g.writeFieldName("netPresentValue");
                summary(g, r.welfare().netPresentValue(), money::round);
                g.writeEndObject();
            }
            g.writeArrayFieldStart("varied");
            for (EstimateRef.Ranged ranged : EstimateRef.ranged(model)) {
                g.writeStartObject();
                estimate(g, ranged.ref(), model, language);
                g.writeNumberField("low", ranged.range().low());
                g.writeNumberField("high", ranged.range().high());
                g.writeStringField("distribution", ModelJson.name(ranged.range().distribution()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * The base and every scenario side by side: totals, stakeholders (with their names), and the differences from
     * the base.
     *
     * @param c   the comparison
     * @param set the model and scenarios it was made of
     * @return the document, pretty-printed, ending in a newline
     */
    public static String scenarios(ScenarioComparisonResult c, ScenarioSet set) {
        return scenarios(c, set, Language.EN);
    }

    /**
     * The comparison document, with each scenario's change bridge from the base ({@code sroi-bridge/1} under
     * {@code bridge}) labelled in a language.
     *
     * @param c        the comparison
     * @param set      the model and its scenarios
     * @param language the language of the bridges' labels and warnings
     * @return the document
     */
    public static String scenarios(ScenarioComparisonResult c, ScenarioSet set, Language language) {
        SroiResult base = c.base();
        Map<String, String> baseNames = names(set.base().model());
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("format", SCENARIO_COMPARISON);
            g.writeStringField("model", base.model());
            g.writeStringField("title", set.base().model().title());
            g.writeStringField("currency", base.currency().getCurrencyCode());
            g.writeObjectFieldStart("base");
            side(g, base, baseNames);
            g.writeEndObject();
            g.writeArrayFieldStart("scenarios");
            for (ScenarioComparisonResult.Scenario s : c.scenarios()) {
                scenario(g, s, set, baseNames, language);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** One scenario: its side (names from the base, overridden by the scenario's own), difference and bridge. */
    private static void scenario(JsonGenerator g, ScenarioComparisonResult.Scenario s, ScenarioSet set,
                                 Map<String, String> baseNames, Language language) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        Optional<ScenarioSet.Scenario> entered = set.scenarios().stream()
                .filter(x -> x.id().equals(s.id())).findFirst();
        Map<String, String> names = new HashMap<>(baseNames);
        entered.ifPresent(x -> names.putAll(names(x.model().model())));
        side(g, s.result(), names);
        if (entered.isPresent() && entered.get().published() != null
                && entered.get().published().ratio() != null) {
            published(g, entered.get().published());
        }
        difference(g, s.difference(), names);
        if (s.bridge() != null) {
            g.writeFieldName("bridge");
            g.writeTree(BridgeJson.tree(s.bridge(), language));
        }
        ResultJson.warnings(g, s.warnings(), language);
        g.writeEndObject();
    }

    private static void difference(JsonGenerator g, ScenarioComparisonResult.Difference d, Map<String, String> names)
            throws IOException {
        g.writeObjectFieldStart("difference");
        Fields.money(g, "presentValue", d.presentValue());
        Fields.money(g, "inputsValue", d.inputsValue());
        Fields.money(g, "netPresentValue", d.netPresentValue());
        Fields.number(g, "ratio", d.ratio());
        g.writeArrayFieldStart("stakeholders");
        for (ScenarioComparisonResult.StakeholderDifference sd : d.stakeholders()) {
            g.writeStartObject();
            g.writeStringField("id", sd.id());
            g.writeStringField("name", names.getOrDefault(sd.id(), sd.id()));
            Fields.money(g, "invested", sd.invested());
            Fields.money(g, "received", sd.received());
            Fields.money(g, "net", sd.net());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void published(JsonGenerator g, nl.sroi.core.model.Published p) throws IOException {
        g.writeObjectFieldStart("published");
        g.writeNumberField("ratio", p.ratio());
        g.writeEndObject();
    }

    /**
     * The business case of one party, and beside it every party (the party itself included).
     *
     * @param c the business case
     * @return the document, pretty-printed, ending in a newline
     */
    public static String businessCase(BusinessCaseResult c) {
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("format", BUSINESS_CASE);
            g.writeStringField("model", c.model());
            g.writeStringField("currency", c.currency().getCurrencyCode());
            g.writeStringField("for", c.focus());
            g.writeStringField("forName", c.party().name());
            g.writeFieldName("party");
            party(g, c.party());
            g.writeArrayFieldStart("parties");
            for (BusinessCaseResult.Party p : c.parties()) {
                party(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void party(JsonGenerator g, BusinessCaseResult.Party p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        Fields.money(g, "invested", p.invested());
        Fields.money(g, "received", p.received());
        Fields.money(g, "net", p.net());
        Fields.number(g, "ratio", p.ratio());
        Fields.number(g, "paybackMonths", p.paybackMonths());
        g.writeArrayFieldStart("periods");
        for (BusinessCaseResult.Period t : p.periods()) {
            g.writeStartObject();
            g.writeNumberField("period", t.period());
            if (t.year() != null) {
                g.writeNumberField("year", t.year());
            }
            Fields.money(g, "pays", t.pays());
            Fields.money(g, "receives", t.receives());
            Fields.money(g, "paysCounted", t.paysCounted());
            Fields.money(g, "receivesPresentValue", t.receivesPresentValue());
            Fields.money(g, "balance", t.balance());
            Fields.money(g, "cumulativeBalance", t.cumulativeBalance());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void side(JsonGenerator g, SroiResult r, Map<String, String> names) throws IOException {
        ResultJson.totals(g, r.totals());
        if (r.welfare().isPresent()) {
            ResultJson.welfare(g, r.welfare().get());
        }
        g.writeArrayFieldStart("stakeholders");
        for (SroiResult.StakeholderValue s : r.stakeholders()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("name", names.getOrDefault(s.id(), s.id()));
            g.writeNumberField("invested", s.invested());
            g.writeNumberField("received", s.received());
            g.writeNumberField("net", s.net());
            Fields.number(g, "ratio", s.ratio());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void summary(JsonGenerator g, SimulationResult.Summary s,
                                java.util.function.DoubleFunction<Number> out) throws IOException {
        g.writeStartObject();
        write(g, "mean", out.apply(s.mean()));
        write(g, "sd", out.apply(s.sd()));
        write(g, "p5", out.apply(s.p5()));
        write(g, "p25", out.apply(s.p25()));
        write(g, "p50", out.apply(s.p50()));
        write(g, "p75", out.apply(s.p75()));
        write(g, "p95", out.apply(s.p95()));
        if (s.probabilityAboveOne().isPresent()) {
            g.writeNumberField("probabilityAboveOne", s.probabilityAboveOne().getAsDouble());
        }
        g.writeArrayFieldStart("histogram");
        for (SimulationResult.Bin b : s.histogram()) {
            g.writeStartObject();
            write(g, "from", out.apply(b.from()));
            write(g, "to", out.apply(b.to()));
            g.writeNumberField("count", b.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, String field, Number value) throws IOException {
        if (value instanceof BigDecimal d) {
            g.writeNumberField(field, d);
        } else {
            g.writeNumberField(field, value.doubleValue());
        }
    }

    /** Rounds exact amounts to the currency's minor unit for writing. */
    private record MinorUnitsWriter(CurrencyUnit currency) {
        BigDecimal round(double amount) {
            return MinorUnits.decimal(MinorUnits.money(amount, currency));
        }
    }

    /**
     * The fields that name an estimate: its pointer, which estimate it is, its label, and for an outcome's estimate
     * the outcome (id and description) and the stakeholder who experiences it (id and name).
     */
    private static void estimate(JsonGenerator g, EstimateRef ref, SroiModel model, Language language)
            throws IOException {
        g.writeStringField("pointer", ref.pointer());
        g.writeStringField("estimate", ref.estimate().key());
        g.writeStringField("label", ref.label(model).in(language));
        Outcome o = ref.outcomeOf(model);
        if (o != null) {
            g.writeStringField("outcome", o.id());
            g.writeStringField("outcomeDescription", o.description());
            Stakeholder s = ref.stakeholderOf(model);
            g.writeStringField("stakeholder", o.stakeholder());
            g.writeStringField("stakeholderName", s == null ? o.stakeholder() : s.name());
        }
    }

    private static Map<String, String> names(SroiModel model) {
        Map<String, String> names = new HashMap<>();
        model.stakeholders().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    private static void end(JsonGenerator g, String field, SensitivityResult.End end) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("value", end.value());
        Fields.number(g, "ratio", end.ratio());
        Fields.money(g, "netPresentValue", end.netPresentValue());
        if (end.welfareRatio().isPresent()) {
            g.writeNumberField("welfareRatio", end.welfareRatio().getAsDouble());
        }
        g.writeEndObject();
    }
}
