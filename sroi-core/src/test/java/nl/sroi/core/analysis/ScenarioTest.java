package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.model.Input;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

class ScenarioTest {

    static final String MODEL = new String(TestResources.bytes("reference/worked-check.model.json"),
            StandardCharsets.UTF_8);

    static byte[] document(String scenarios) {
        return ("{\"format\": \"sroi-scenarios/1\", \"model\": " + MODEL + ", \"scenarios\": " + scenarios + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static Validated<ScenarioSet> read(String scenarios) {
        return ScenarioJson.read(document(scenarios), ModelValidator.DEFAULT);
    }

    @Test
    void aScenario_isTheModelWithItsValuesReplaced_calculatedSideBySide() throws Exception {
        Validated<ScenarioSet> reading = read("[{\"id\": \"hengelo\", \"title\": \"Voortzetting in Hengelo\", \"set\": {"
                + "\"/outcomes/0/quantity\": [4], \"/inputs/0/amounts\": [3000]}}]");
        assertEquals(List.of(), reading.errors());
        ScenarioComparisonResult c = ScenarioComparison.DEFAULT.compare(reading.value());
        SroiResult direct = SroiCalculator.DEFAULT.calculate(TestResources.referenceModel("worked-check").toBuilder()
                .inputs(Input.of("subsidie", "financier", "Subsidie", 3000))
                .outcomes(TestResources.referenceModel("worked-check").outcomes().get(0).toBuilder().quantity(4).build())
                .build());
        ScenarioComparisonResult.Scenario hengelo = c.scenarios().get(0);
        assertEquals(direct.totals(), hengelo.result().totals());
        // 4 of 10 people: 0.4 × 13,699.35 = 5,479.74; inputs 3,000 instead of 10,000
        assertEquals(new BigDecimal("-8219.61"), amount(hengelo.difference().presentValue()));
        assertEquals(new BigDecimal("-7000.00"), amount(hengelo.difference().inputsValue()));
        assertEquals(direct.totals().ratio().getAsDouble() - c.base().totals().ratio().getAsDouble(),
                hengelo.difference().ratio().getAsDouble(), 1e-15);
        ScenarioComparisonResult.StakeholderDifference financier = hengelo.difference().stakeholders().get(1);
        assertEquals("financier", financier.id());
        assertEquals(new BigDecimal("-7000.00"), amount(financier.invested()));

        JsonNode doc = Jackson.reader().readTree(AnalysisJson.scenarios(c, reading.value()));
        assertEquals("sroi-scenario-comparison/1", doc.get("format").asText());
        assertEquals(-8219.61, doc.at("/scenarios/0/difference/presentValue").asDouble(), 0);
    }

    @Test
    void problemsInAReplacedValue_pointIntoTheScenariosSet() {
        Validated<ScenarioSet> reading = read("[{\"id\": \"a\", \"title\": \"A\", \"set\": {"
                + "\"/outcomes/0/deadweight\": 1.5, \"/outcomes/0/quantity\": [3, -1]}}]");
        assertFalse(reading.isValid());
        // in the order of the document: deadweight is set first
        assertEquals(List.of("/scenarios/0/set/~1outcomes~10~1deadweight", "/scenarios/0/set/~1outcomes~10~1quantity/1"),
                reading.errors().stream().map(Problem::pointer).toList());
    }

    @Test
    void aPointerThatNamesNothing_isReported() {
        Validated<ScenarioSet> reading = read("[{\"id\": \"a\", \"title\": \"A\", \"set\": {\"/outcomes/3/deadweight\": 0.1}}]");
        assertEquals(ProblemCode.INVALID_POINTER, reading.errors().get(0).code());
        assertEquals("/scenarios/0/set/~1outcomes~13~1deadweight", reading.errors().get(0).pointer());
    }

    @Test
    void aProblemElsewhereThatAScenarioCauses_isReportedAtItsSet_namingTheModelsPointer() {
        Validated<ScenarioSet> reading = read("[{\"id\": \"a\", \"title\": \"A\", \"set\": {\"/stakeholders/0/id\": \"jongeren\"}}]");
        Problem p = reading.errors().get(0);
        assertEquals("/scenarios/0/set", p.pointer());
        assertEquals(ProblemCode.UNKNOWN_STAKEHOLDER, p.code());
        assertTrue(p.message().startsWith("at /outcomes/0/stakeholder: "), p.message());
    }

    @Test
    void anInvalidBaseModel_isReportedUnderModel_andTheDocumentsOwnRules() {
        byte[] doc = ("{\"format\": \"sroi-scenarios/2\", \"model\": {\"format\": \"sroi-model/1\"}, \"scenarios\": [],"
                + " \"extra\": 1}").getBytes(StandardCharsets.UTF_8);
        List<String> pointers = ScenarioJson.read(doc, ModelValidator.DEFAULT).errors().stream()
                .map(Problem::pointer).toList();
        assertTrue(pointers.containsAll(List.of("/extra", "/format", "/model/id", "/scenarios")), pointers.toString());
        assertEquals(Validated.Failure.INVALID_SCENARIOS, ScenarioJson.read(doc, ModelValidator.DEFAULT).failure());
        assertEquals(Validated.Failure.MALFORMED_JSON,
                ScenarioJson.read("{".getBytes(StandardCharsets.UTF_8), ModelValidator.DEFAULT).failure());
    }

    @Test
    void duplicateScenarioIds_areReported() {
        Validated<ScenarioSet> reading = read("[{\"id\": \"a\", \"title\": \"A\", \"set\": {\"/outcomes/0/quantity\": 5}},"
                + " {\"id\": \"a\", \"title\": \"B\", \"set\": {\"/outcomes/0/quantity\": 6}}]");
        assertEquals("/scenarios/1/id", reading.errors().get(0).pointer());
        assertEquals(ProblemCode.DUPLICATE_ID, reading.errors().get(0).code());
    }

    private static BigDecimal amount(javax.money.MonetaryAmount m) {
        return m.getNumber().numberValue(BigDecimal.class).setScale(2);
    }
}
