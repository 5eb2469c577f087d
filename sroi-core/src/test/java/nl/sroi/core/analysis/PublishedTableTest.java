package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.sroi.core.Documents;
import nl.sroi.core.TestResources;
import nl.sroi.core.calc.ExactCalculation;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * A published sensitivity table written as scenarios with {@code changes} (section 12.2): every kind of operation,
 * each variant with its published ratio. The table is constructed from the reference case
 * {@code printed-other-filters}; its ratios were computed apart, by {@link ExactCalculation} on models changed with
 * the builders (not by the operations), and printed with two decimals as a publication would.
 */
class PublishedTableTest {

    private static final String TABLE = "scenarios/printed-sensitivity-table.json";

    private static ScenarioSet table() {
        Validated<ScenarioSet> reading = ScenarioJson.read(TestResources.bytes(TABLE), ModelValidator.DEFAULT);
        assertTrue(reading.isValid(), () -> reading.errors().toString());
        return reading.value();
    }

    @Test
    void everyVariant_reproducesItsPublishedRatio_withinTheTolerance() {
        ScenarioSet set = table();
        ScenarioComparisonResult c = ScenarioComparison.DEFAULT.compare(set);
        assertEquals(10, c.scenarios().size());
        for (int i = 0; i < c.scenarios().size(); i++) {
            ScenarioComparisonResult.Scenario s = c.scenarios().get(i);
            double published = set.scenarios().get(i).published().ratio().doubleValue();
            double ratio = s.result().totals().ratio().getAsDouble();
            assertTrue(Math.abs(ratio - published) <= 0.005 * published, s.id() + ": " + ratio + " vs " + published);
            assertEquals(List.of(), s.warnings(), s.id());
        }
        assertTrue(c.base().warnings().stream().noneMatch(w -> w.code() == ProblemCode.PUBLISHED_DIFFERS));
    }

    /** The operations give the models the builders give: the ratios computed apart, to two decimals. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"deadweight-50, 0.96", "attribution-plus-10, 1.64", "quantity-o2-120, 1.96", "without-o1, 1.35",
        "dropoff-o2-50, 1.47", "duration-2, 1.59", "start-later, 1.63", "league-filter-50, 2.03",
        "inputs-plus-20, 1.41", "proxy-set-then-halved, 1.55"})
    void eachVariant_isTheModelItsOperationsDescribe(String id, String printed) {
        SroiModel expected = builtApart().get(id);
        ScenarioSet set = table();
        SroiModel byOperations = set.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()
                .model().model();
        BigDecimal exact = ExactCalculation.of(expected).ratio();
        assertEquals(new BigDecimal(printed), exact.setScale(2, RoundingMode.HALF_UP), id + ": the printed ratio");
        assertEquals(exact.doubleValue(), SroiCalculator.DEFAULT.calculate(set.model(id).value()).totals().ratio()
                .getAsDouble(), 1e-12, id);
        assertEquals(ExactCalculation.of(expected).presentValue().doubleValue(),
                ExactCalculation.of(byOperations).presentValue().doubleValue(), 1e-9, id);
    }

    private static Map<String, SroiModel> builtApart() {
        SroiModel base = TestResources.referenceModel("printed-other-filters");
        Outcome o1 = base.outcomes().get(0);
        Outcome o2 = base.outcomes().get(1);
        return Map.ofEntries(
                Map.entry("deadweight-50", both(base, b -> b.deadweight(new BigDecimal("0.5")))),
                Map.entry("attribution-plus-10", one(base, 0, b -> b.attribution(new BigDecimal("0.35")))),
                Map.entry("quantity-o2-120", one(base, 1, b -> b.quantity(4.8, 7.2))),
                Map.entry("without-o1", base.toBuilder().outcomes(o2).build()),
                Map.entry("dropoff-o2-50", one(base, 1, b -> b.dropOff(new BigDecimal("0.5")))),
                Map.entry("duration-2", both(base, b -> b.duration(2))),
                Map.entry("start-later", both(base, b -> b.startOffset(1))),
                Map.entry("league-filter-50", one(base, 0, b -> b.otherFilters(List.of(
                        new OtherFilter(o1.filters().get(0).name(), new BigDecimal("0.5")))))),
                Map.entry("inputs-plus-20", base.toBuilder().inputs(new Input("subsidie", "financier", "Subsidie",
                        false, List.of(new BigDecimal("12000")), null, null)).build()),
                Map.entry("proxy-set-then-halved", one(base, 0, b -> b.proxy(new FinancialProxy(
                        new BigDecimal("600"), o1.proxy().unit(), o1.proxy().source(), null, null, null)))));
    }

    private static SroiModel one(SroiModel m, int i, UnaryOperator<Outcome.Builder> change) {
        List<Outcome> outcomes = new ArrayList<>(m.outcomes());
        outcomes.set(i, change.apply(outcomes.get(i).toBuilder()).build());
        return m.toBuilder().outcomes(outcomes).build();
    }

    private static SroiModel both(SroiModel m, UnaryOperator<Outcome.Builder> change) {
        return one(one(m, 0, change), 1, change);
    }

    @Test
    void aPublishedRatioTheVariantDoesNotReproduce_givesPublishedDiffers_atItsPointer() {
        ObjectNode doc = (ObjectNode) Documents.parse(new String(TestResources.bytes(TABLE)));
        Documents.set(doc, "/scenarios/3/published/ratio", "1.53");
        ScenarioSet set = ScenarioJson.read(Documents.bytes(doc), ModelValidator.DEFAULT).value();
        ScenarioComparisonResult c = ScenarioComparison.DEFAULT.compare(set);
        List<Problem> warnings = c.scenarios().get(3).warnings();
        assertEquals(1, warnings.size());
        Problem w = warnings.get(0);
        assertEquals(ProblemCode.PUBLISHED_DIFFERS, w.code());
        assertEquals("/scenarios/3/published/ratio", w.pointer());
        assertEquals("the ratio of scenario \"without-o1\" is 1.3480 as calculated and 1.53 as published (in "
                + set.base().model().published().source() + "): 11.89 % apart, more than the tolerance of 0.5 %; "
                + "check the entry against the publication", w.message());
        assertTrue(w.text().in(Language.NL).startsWith("de ratio van scenario \"without-o1\" is berekend 1.3480 en "
                + "gepubliceerd 1.53"), w.text().in(Language.NL));
        assertTrue(c.scenarios().stream().filter(s -> s != c.scenarios().get(3)).allMatch(s -> s.warnings().isEmpty()));
    }

    @Test
    void theModelsPublishedFigures_areCheckedAtTheirPointers() {
        ObjectNode doc = (ObjectNode) (Documents.parse(new String(TestResources.bytes(
                "reference/printed-other-filters.model.json"))));
        Documents.set(doc, "/published", "{\"ratio\":1.69,\"presentValue\":16905.27,\"inputsValue\":10000}");
        assertEquals(List.of(), published(doc), "a publication the model reproduces gives no warning");
        Documents.set(doc, "/published", "{\"ratio\":1.72,\"presentValue\":17000,\"inputsValue\":10000,"
                + "\"tolerance\":0.01}");
        assertEquals(List.of("/published/ratio"), published(doc).stream().map(Problem::pointer).toList(),
                "1.72 is 1.7 % from 1.6905, over 1 %; 17000 is 0.6 % from 16905.27, within it");
        Documents.set(doc, "/published", "{\"ratio\":1.69}");
        Documents.set(doc, "/outcomes/0/published", "{\"presentValue\":3524.84}");
        List<Problem> outcome = published(doc);
        assertEquals(List.of("/outcomes/0/published/presentValue"), outcome.stream().map(Problem::pointer).toList());
        assertEquals("the present value of outcome \"o1\" is 3424.84 as calculated and 3524.84 as published: "
                + "2.84 % apart, more than the tolerance of 0.5 %; check the entry against the publication",
                outcome.get(0).message());
    }

    private static List<Problem> published(ObjectNode doc) {
        SroiResult r = SroiCalculator.DEFAULT.calculate(ModelJson.read(Documents.bytes(doc)).value());
        return r.warnings().stream().filter(w -> w.code() == ProblemCode.PUBLISHED_DIFFERS).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown id|/scenarios/0/changes/1|{\"op\":\"removeOutcome\",\"id\":\"o9\"}|OPERATION_NOT_APPLICABLE",
        "pointer to nothing|/scenarios/0/changes/1|{\"op\":\"add\",\"pointer\":\"/outcomes/0/deadwieght\",\"value\":0.1}|OPERATION_NOT_APPLICABLE",
        "a field an outcome lacks|/scenarios/0/changes/1|{\"op\":\"add\",\"pointer\":\"/outcomes/0/discountRate\",\"value\":0.01}|OPERATION_NOT_APPLICABLE",
        "not a number|/scenarios/0/changes/1|{\"op\":\"scale\",\"pointer\":\"/outcomes/0/proxy\",\"factor\":2}|OPERATION_NOT_APPLICABLE",
        "unknown op|/scenarios/0/changes/1/op|{\"op\":\"multiply\",\"pointer\":\"/inputs\",\"factor\":2}|INVALID_VALUE",
        "setAll of a field it does not set|/scenarios/0/changes/1|{\"op\":\"setAll\",\"field\":\"proxy\",\"value\":2}|OPERATION_NOT_APPLICABLE",
        "setAll of an unknown outcome|/scenarios/0/changes/1|{\"op\":\"setAll\",\"field\":\"dropOff\",\"value\":0.2,\"outcomes\":[\"o7\"]}|OPERATION_NOT_APPLICABLE",
        "missing value|/scenarios/0/changes/1/value|{\"op\":\"add\",\"pointer\":\"/outcomes/0/deadweight\"}|REQUIRED",
        "unknown field|/scenarios/0/changes/1/fields|{\"op\":\"removeOutcome\",\"id\":\"o1\",\"fields\":1}|UNKNOWN_FIELD",
        "a result out of range|/scenarios/0/changes/1|{\"op\":\"add\",\"pointer\":\"/outcomes/0/deadweight\",\"value\":0.9}|OUT_OF_RANGE",
        "startOffset over 49|/scenarios/0/changes/1|{\"op\":\"setAll\",\"field\":\"startOffset\",\"value\":50}|OUT_OF_RANGE"})
    void anOperationThatCannotApply_isRefusedAtItsPointer(String what, String pointer, String change, String code) {
        ObjectNode doc = (ObjectNode) Documents.parse(new String(TestResources.bytes(TABLE)));
        Documents.set(doc, "/scenarios/0/changes", "[{\"op\":\"setAll\",\"field\":\"attribution\",\"value\":0.3},"
                + change + "]");
        Validated<ScenarioSet> reading = ScenarioJson.read(Documents.bytes(doc), ModelValidator.DEFAULT);
        assertTrue(!reading.isValid(), what);
        assertTrue(reading.errors().stream().anyMatch(p -> p.pointer().equals(pointer)
                && p.code() == ProblemCode.valueOf(code)), () -> what + ": " + reading.errors());
        assertTrue(reading.errors().stream().allMatch(p -> !p.text().in(Language.NL).isBlank()));
    }

    @Test
    void setAllOfAFilter_onAnAlreadyNetOutcome_isRefused() {
        ObjectNode doc = (ObjectNode) Documents.parse(new String(TestResources.bytes(TABLE)));
        Documents.set(doc, "/model/outcomes/1/alreadyNet", "true");
        Documents.remove(doc, "/model/outcomes/1/deadweight");
        Documents.remove(doc, "/model/outcomes/1/attribution");
        Documents.remove(doc, "/model/outcomes/1/displacement");
        Documents.remove(doc, "/model/outcomes/1/otherFilters");
        Validated<ScenarioSet> reading = ScenarioJson.read(Documents.bytes(doc), ModelValidator.DEFAULT);
        Problem p = reading.errors().stream().filter(e -> e.pointer().equals("/scenarios/0/changes/0")).findFirst()
                .orElseThrow(() -> new AssertionError(reading.errors()));
        assertEquals(ProblemCode.OPERATION_NOT_APPLICABLE, p.code());
        assertEquals("outcome \"o2\" is alreadyNet: setAll cannot give it a deadweight; name the outcomes it applies "
                + "to in \"outcomes\"", p.message());
    }
}
