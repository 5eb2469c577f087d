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
import nl.sroi.core.json.Json;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ValidModel;
import nl.sroi.core.validation.Validated;

class SensitivityAnalysisTest {

    static SensitivityResult analyse(SroiModel model) {
        return SensitivityAnalysis.DEFAULT.calculate(ModelValidator.DEFAULT.check(model).value());
    }

    /** Expected figures from worked-check-ranges.sensitivity.expected.json, computed independently. */
    @Test
    void workedCheckRanges_matchesTheReference() throws Exception {
        JsonNode expected = Json.mapper().readTree(
                TestResources.bytes("reference/worked-check-ranges.sensitivity.expected.json"));
        JsonNode actual = Json.mapper().readTree(
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
                assertTrue(ratio(plug(model, s.estimate(), value)) >= 1 - 1e-12, "seed " + seed);
                if (value > 1) {
                    assertTrue(ratio(plug(model, s.estimate(), value - 1)) < 1, "seed " + seed + ": fewest years");
                }
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
                var totals = SroiCalculator.DEFAULT.calculate(changed).totals();
                assertEquals(totals.ratio().getAsDouble(), end.ratio().getAsDouble(), 1e-9, "seed " + seed);
                // one minor unit: the result subtracts rounded totals, the tornado rounds the exact difference
                double unit = Math.pow(10, -totals.netPresentValue().getCurrency().getDefaultFractionDigits());
                assertEquals(totals.netPresentValue().getNumber().doubleValue(),
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
        assertEquals("even at 50 years the ratio stays below 1", duration.reason().in(Language.EN));
        assertEquals("zelfs bij 50 jaar blijft de ratio onder 1", duration.reason().in(Language.NL));
        // the proxy has no bounds, so its switching value always exists: 1000 × 100,000 / 13,699.35
        assertEquals(7299.616030717541, r.switchingValues().get(4).value().getAsDouble(), 1e-6);
    }

    static double ratio(SroiModel model) {
        return SroiCalculator.DEFAULT.calculate(model).totals().ratio().getAsDouble();
    }

    /** The model with the estimate set to the value, through its JSON document (as a user would edit it). */
    static SroiModel plug(SroiModel model, EstimateRef ref, double value) {
        ObjectNode doc = ModelJson.tree(model);
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
            case DURATION -> Documents.set(doc, ref.pointer(), Json.mapper().getNodeFactory().numberNode((int) value));
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
