package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.Documents;
import nl.sroi.core.RandomModels;
import nl.sroi.core.TestResources;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.text.Language;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

class SensitivityAnalysisTest {

    static SensitivityResult analyse(SroiModel model) {
        return SensitivityAnalysis.DEFAULT.calculate(ModelValidator.DEFAULT.check(model).value());
    }

    /** Expected figures from worked-check-ranges.sensitivity.expected.json, computed independently. */
    @Test
    void workedCheckRanges_matchesTheReference() throws Exception {
        JsonNode expected = Jackson.reader().readTree(
                TestResources.bytes("reference/worked-check-ranges.sensitivity.expected.json"));
        JsonNode actual = Jackson.reader().readTree(
                AnalysisJson.sensitivity(analyse(TestResources.referenceModel("worked-check-ranges")),
                        TestResources.referenceModel("worked-check-ranges"), Language.EN));
        assertEquals(expected.get("ratio").asDouble(), actual.get("ratio").asDouble(), 1e-12);
        assertEquals(expected.get("tornado").size(), actual.get("tornado").size());
        for (int i = 0; i < expected.get("tornado").size(); i++) {
            JsonNode e = expected.get("tornado").get(i);
            JsonNode a = actual.get("tornado").get(i);
            assertEquals(e.get("pointer").asText(), a.get("pointer").asText(), "order of the tornado at " + i);
            for (String end : List.of("low", "high")) {
                assertEquals(e.get(end).get("value").asDouble(), a.get(end).get("value").asDouble(), 0);
                assertEquals(e.get(end).get("ratio").asDouble(), a.get(end).get("ratio").asDouble(), 1e-9);
                assertEquals(e.get(end).get("netPresentValue").asDouble(),
                        a.get(end).get("netPresentValue").asDouble(), 0.01 + 1e-9);
            }
        }
        assertEquals(expected.get("switchingValues").size(), actual.get("switchingValues").size());
        for (int i = 0; i < expected.get("switchingValues").size(); i++) {
            JsonNode e = expected.get("switchingValues").get(i);
            JsonNode a = actual.get("switchingValues").get(i);
            assertEquals(e.get("pointer").asText(), a.get("pointer").asText());
            assertEquals(e.get("value").asDouble(), a.get("value").asDouble(), 1e-9, e.get("pointer").asText());
        }
        assertTrue(actual.at("/switchingValues/6/value").isInt(), "a duration is written in whole years");
    }

    static java.util.stream.LongStream seeds() {
        return RandomModels.seeds().limit(120);
    }

    /** Every switching value, written into the model and recalculated, gives a ratio of 1 (within 1e-9). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void switchingValues_giveARatioOfOne_whenPluggedBack(long seed) {
        SroiModel model = withoutRanges(RandomModels.generate(seed, false));
        SensitivityResult result = analyse(model);
        for (SensitivityResult.SwitchingValue s : result.switchingValues()) {
            if (s.value().isEmpty()) {
                assertTrue(s.reason() != null && !s.reason().in(Language.EN).isBlank());
                continue;
            }
            double value = s.value().getAsDouble();
            if (s.estimate().estimate() == Estimate.DURATION) {
                // section 11.4: at the switching value the ratio is at least 1, next to a duration where it is below
                assertTrue(ratio(plug(model, s.estimate(), value)) >= 1 - 1e-12, "seed " + seed);
                boolean belowBefore = value > 1 && ratio(plug(model, s.estimate(), value - 1)) < 1;
                boolean belowAfter = value < 50 && ratio(plug(model, s.estimate(), value + 1)) < 1;
                assertTrue(belowBefore || belowAfter, "seed " + seed + ": " + value + " years is no edge");
            } else if (s.estimate().estimate() == Estimate.PROXY) {
                // section 11.4: a proxy keeps its sign
                double point = s.estimate().pointValue(model);
                assertTrue(point == 0 || Math.signum(value) == Math.signum(point), "seed " + seed + ": " + value);
                assertEquals(1.0, ratio(plug(model, s.estimate(), value)), 1e-9, "seed " + seed);
            } else {
                assertEquals(1.0, ratio(plug(model, s.estimate(), value)), 1e-9,
                        "seed " + seed + " " + s.estimate().pointer() + " = " + value);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tornadoEnds_equalDirectRecalculations(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        for (SensitivityResult.TornadoBar bar : analyse(model).tornado()) {
            for (SensitivityResult.End end : List.of(bar.low(), bar.high())) {
                SroiModel changed = plug(model, bar.estimate(), end.value().doubleValue());
                var result = SroiCalculator.DEFAULT.calculate(changed);
                var totals = result.totals();
                assertEquals(totals.ratio().getAsDouble(), end.ratio().getAsDouble(), 1e-9, "seed " + seed);
                // one minor unit: the result subtracts rounded totals, the tornado rounds the exact difference
                double unit = Math.pow(10, -result.currency().getDefaultFractionDigits());
                assertEquals(totals.netPresentValue().doubleValue(),
                        end.netPresentValue().getNumber().doubleValue(), unit + 1e-9, "seed " + seed);
            }
        }
    }

    @Test
    void noValidValue_givesNullWithAReason() {
        // the worked check at deadweight 0.2 has ratio 1.37; with inputs of 100,000 no proxy-free change helps
        SroiModel model = TestResources.referenceModel("worked-check").toBuilder()
                .inputs(nl.sroi.core.model.Input.of("subsidie", "financier", "Subsidie", 100_000)).build();
        SensitivityResult r = analyse(model);
        SensitivityResult.SwitchingValue deadweight = r.switchingValues().get(0);
        assertFalse(deadweight.value().isPresent());
        assertTrue(deadweight.reason().in(Language.EN).startsWith("no deadweight in its valid range (between 0 and 1)"),
                deadweight.reason().in(Language.EN));
        // 5,400 × 0.9^(k−1) / 1.035^k summed over all years tends to 40,000: never 100,000
        SensitivityResult.SwitchingValue duration = r.switchingValues().get(6);
        assertFalse(duration.value().isPresent());
        assertEquals("the ratio is below 1 for every duration from 1 to 50 years", duration.reason().in(Language.EN));
        assertEquals("de ratio blijft onder 1 bij elke duur van 1 tot 50 jaar", duration.reason().in(Language.NL));
        // the proxy has no bounds, so its switching value always exists: 1000 × 100,000 / 13,699.35
        assertEquals(7299.616030717541, r.switchingValues().get(4).value().getAsDouble(), 1e-6);
    }

    /** Section 11.4: a positive proxy's switching value is above 0, or there is none. */
    @Test
    void aBenefitsProxy_doesNotTurnIntoAHarm_toReachOne() {
        SroiModel check = TestResources.referenceModel("worked-check");
        nl.sroi.core.model.Outcome o = check.outcomes().get(0);
        // a second worked-check outcome alone gives 13,699.35 against 10,000: the first proxy would have to be
        // −1000 × 3,699.35 / 13,699.35 = −270.038 to bring the ratio to 1
        SensitivityResult twoOutcomes = analyse(check.toBuilder().outcomes(o, o.toBuilder().id("o2").build()).build());
        SensitivityResult.SwitchingValue proxy = twoOutcomes.switchingValues().get(4);
        assertEquals("/outcomes/0/proxy/value", proxy.estimate().pointer());
        assertFalse(proxy.value().isPresent());
        String reason = proxy.reason().in(Language.EN);
        assertTrue(reason.startsWith("no proxy value above 0 brings the ratio to 1: a benefit would have to "
                + "become a harm (the straight line through its values reaches 1 at -270.038"), reason);
    }

    /** Section 11.4: a negative proxy's switching value is below 0, or there is none. */
    @Test
    void aHarmsProxy_doesNotTurnIntoABenefit_toReachOne() {
        SroiModel check = TestResources.referenceModel("worked-check");
        nl.sroi.core.model.Outcome o = check.outcomes().get(0);
        // inputs of 20,000: the worked check's 13,699.35 falls short; the harm would have to become a benefit
        SroiModel model = check.toBuilder().inputs(nl.sroi.core.model.Input.of("subsidie", "financier", "Subsidie",
                20_000)).outcomes(o, o.toBuilder().id("o2").quantity(1).proxy(
                        nl.sroi.core.model.FinancialProxy.of(-100, "per persoon per jaar", "constructed")).build())
                .build();
        SensitivityResult.SwitchingValue proxy = analyse(model).switchingValues().get(11);
        assertEquals("/outcomes/1/proxy/value", proxy.estimate().pointer());
        assertFalse(proxy.value().isPresent());
        assertTrue(proxy.reason().in(Language.EN).startsWith("no proxy value below 0 brings the ratio to 1"),
                proxy.reason().in(Language.EN));
    }

    /** Section 11.4: no duration switching value where the ratio is at least 1 whatever the duration. */
    @Test
    void aDuration_hasNoSwitchingValue_whenTheRatioNeverCrossesOne() {
        // inputs of 1,000: one year alone is 5,400 / 1.035 = 5,217.39
        SroiModel model = TestResources.referenceModel("worked-check").toBuilder()
                .inputs(nl.sroi.core.model.Input.of("subsidie", "financier", "Subsidie", 1000)).build();
        SensitivityResult.SwitchingValue duration = analyse(model).switchingValues().get(6);
        assertFalse(duration.value().isPresent());
        assertEquals("the ratio is at least 1 for every duration from 1 to 50 years", duration.reason().in(Language.EN));
        assertEquals("de ratio is minstens 1 bij elke duur van 1 tot 50 jaar", duration.reason().in(Language.NL));
    }

    /** Section 11.4: for a harm, the edge is the longest duration at which the ratio is still at least 1. */
    @Test
    void aHarmsDuration_switchesAtTheLongestDurationThatStillReachesOne() {
        SroiModel check = TestResources.referenceModel("worked-check");
        nl.sroi.core.model.Outcome o = check.outcomes().get(0);
        // 3,699.35 of net value against 1,000 / 1.035^k a year of harm: 4 years cost 3,673.08, 5 years 4,515.05
        SroiModel model = check.toBuilder().outcomes(o, o.toBuilder().id("o2").quantity(1).deadweight(0)
                .displacement(0).attribution(0).dropOff(0).duration(1)
                .proxy(nl.sroi.core.model.FinancialProxy.of(-1000, "per persoon per jaar", "constructed")).build())
                .build();
        SensitivityResult.SwitchingValue duration = analyse(model).switchingValues().get(13);
        assertEquals("/outcomes/1/duration", duration.estimate().pointer());
        assertEquals(4, duration.value().getAsDouble());
    }

    /** A fractional duration is the model's own: the analysis leaves it as it was, and varies whole years. */
    @Test
    void aFractionalDuration_isRestoredAfterItsSwitchingValueIsSought() {
        SroiModel model = TestResources.referenceModel("partial-years");
        SensitivityResult r = analyse(model);
        // the other two outcomes are worth 1,370.39 + 336.53; the first at 1 year 5,400 / 1.035 + 2,700 / 1.035²
        // = 7,737.87 (total 9,444.79, below 10,000), at 2 years 16,173.4: the edge is 2 years
        SensitivityResult.SwitchingValue duration = r.switchingValues().get(6);
        assertEquals("/outcomes/0/duration", duration.estimate().pointer());
        assertEquals(2, duration.value().getAsDouble());
        // the switching values sought after it are of the model with its own 2.5 years: the inputs would have to be
        // the ratio, 1.9098848 (partial-years.expected.json), times larger
        SensitivityResult.SwitchingValue inputs = r.switchingValues().get(r.switchingValues().size() - 1);
        assertEquals("/inputs", inputs.estimate().pointer());
        assertEquals(1.9098848062795448, inputs.value().getAsDouble(), 1e-12);
    }

    /** With a transfer, the tornado and the document carry the welfare ratio beside the ratio. */
    @Test
    void aModelWithTransfers_showsTheWelfareRatio() throws Exception {
        SroiModel model = TestResources.referenceModel("net-and-transfer");
        JsonNode doc = Jackson.reader().readTree(AnalysisJson.sensitivity(analyse(model), model, Language.EN));
        // 14,889.98 / 20,000 (net-and-transfer.expected.json)
        assertEquals(0.7444987775061125, doc.get("welfareRatio").asDouble(), 1e-12);
        SroiModel check = TestResources.referenceModel("worked-check");
        assertTrue(Jackson.reader().readTree(AnalysisJson.sensitivity(analyse(check), check, Language.EN))
                .get("welfareRatio") == null, "no transfer, no welfare ratio");
    }

    static double ratio(SroiModel model) {
        return SroiCalculator.DEFAULT.calculate(model).totals().ratio().getAsDouble();
    }

    /** The model with the estimate set to the value, through its JSON document (as a user would edit it). */
    static SroiModel plug(SroiModel model, EstimateRef ref, double value) {
        ObjectNode doc = (ObjectNode) Documents.parse(ModelJson.write(model));
        doc.remove("ranges");
        doc.get("outcomes").forEach(o -> ((ObjectNode) o).remove("ranges"));
        BigDecimal v = new BigDecimal(value);
        switch (ref.estimate()) {
            case QUANTITY -> {
                ArrayNode q = (ArrayNode) doc.at(ref.pointer());
                for (int i = 0; i < q.size(); i++) {
                    q.set(i, DecimalNode.valueOf(q.get(i).decimalValue().multiply(v)));
                }
            }
            case INPUTS -> doc.get("inputs").forEach(in -> {
                ArrayNode a = (ArrayNode) in.get("amounts");
                for (int i = 0; i < a.size(); i++) {
                    a.set(i, DecimalNode.valueOf(a.get(i).decimalValue().multiply(v)));
                }
            });
            case DURATION -> Documents.set(doc, ref.pointer(), Jackson.nodes().numberNode((int) value));
            case PROXY -> {
                // a switching value is in the model's prices: the proxy is then in the model's price year
                Documents.set(doc, ref.pointer(), DecimalNode.valueOf(v));
                if (model.priceYear() != null) {
                    Documents.set(doc, ref.pointer().replace("/value", "/priceYear"),
                            Jackson.nodes().numberNode(model.priceYear()));
                }
            }
            default -> Documents.set(doc, ref.pointer(), DecimalNode.valueOf(v));
        }
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(doc));
        if (!reading.isValid()) {
            throw new AssertionError(ref.pointer() + " = " + value + ": " + reading.errors());
        }
        return reading.value().model();
    }

    static SroiModel withoutRanges(SroiModel model) {
        return model.toBuilder().ranges(null).outcomes(model.outcomes().stream()
                .map(o -> o.toBuilder().ranges(null).build()).toList()).build();
    }
}
