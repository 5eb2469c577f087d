package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/** A document read once ({@link ScenarioJson#readDocument}) and the business case of each of its models. */
class ScenarioReadingTest {

    private static final byte[] DOCUMENT = ScenarioTest.document("[{\"id\": \"hengelo\", \"title\": \"Voortzetting "
            + "in Hengelo\", \"set\": {\"/outcomes/0/quantity\": [4], \"/inputs/0/amounts\": [3000]}}]");

    @Test
    void aScenariosDocument_givesItsModelsAndTheSet_asReadModelsGivesThem() {
        ScenarioJson.Reading all = ScenarioJson.readDocument(DOCUMENT, ModelValidator.DEFAULT, null).value();
        assertEquals(Arrays.asList(null, "hengelo"), all.models().stream().map(ScenarioSet.Scenario::id).toList());
        assertSame(all.set().base(), all.models().get(0).model());
        assertEquals(ScenarioJson.readModels(DOCUMENT, ModelValidator.DEFAULT, null).value().stream()
                .map(ScenarioSet.Scenario::title).toList(), all.models().stream().map(ScenarioSet.Scenario::title)
                .toList());

        ScenarioJson.Reading one = ScenarioJson.readDocument(DOCUMENT, ModelValidator.DEFAULT, "hengelo").value();
        assertEquals(List.of("hengelo"), one.models().stream().map(ScenarioSet.Scenario::id).toList());
        assertEquals("Voortzetting in Hengelo", one.models().get(0).title());
        assertSame(one.set().scenarios().get(0).model(), one.models().get(0).model());
    }

    @Test
    void aModelDocument_hasNoSet_andAScenarioNamedForItIsAProblem() {
        byte[] model = ScenarioTest.MODEL.getBytes(StandardCharsets.UTF_8);
        ScenarioJson.Reading read = ScenarioJson.readDocument(model, ModelValidator.DEFAULT, null).value();
        assertNull(read.set());
        assertEquals(1, read.models().size());
        Validated<ScenarioJson.Reading> named = ScenarioJson.readDocument(model, ModelValidator.DEFAULT, "hengelo");
        assertEquals(ProblemCode.NOT_APPLICABLE, named.errors().get(0).code());
        assertEquals(ProblemCode.UNKNOWN_SCENARIO,
                ScenarioJson.readDocument(DOCUMENT, ModelValidator.DEFAULT, "almelo").errors().get(0).code());
    }

    @Test
    void everyModelsBusinessCase_ofOneParty_inOrder() {
        List<ScenarioSet.Scenario> models = ScenarioJson.readModels(DOCUMENT, ModelValidator.DEFAULT, null).value();
        List<BusinessCase.OfScenario> cases = BusinessCase.DEFAULT.calculate(models, "financier").value();
        assertEquals(2, cases.size());
        assertSame(models.get(1), cases.get(1).scenario());
        // the financier invests 10,000 in the model and 3,000 in the scenario
        assertEquals(new BigDecimal("10000.00"), amount(cases.get(0).result().party().invested()));
        assertEquals(new BigDecimal("3000.00"), amount(cases.get(1).result().party().invested()));
        assertEquals("financier", cases.get(1).result().focus());

        List<BusinessCase.OfScenario> everyParty = BusinessCase.DEFAULT.calculate(models, null).value();
        assertEquals(BusinessCase.DEFAULT.calculate(models.get(1).model()), everyParty.get(1).result());

        Validated<List<BusinessCase.OfScenario>> unknown = BusinessCase.DEFAULT.calculate(models, "menzis");
        assertFalse(unknown.isValid());
        assertEquals("party", unknown.errors().get(0).parameter());
        assertEquals(ProblemCode.UNKNOWN_STAKEHOLDER, unknown.errors().get(0).code());
    }

    private static BigDecimal amount(MonetaryAmount money) {
        return money.getNumber().numberValue(BigDecimal.class).setScale(2, RoundingMode.HALF_EVEN);
    }
}
