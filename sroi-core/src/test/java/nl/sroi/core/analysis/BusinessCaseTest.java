package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import javax.money.MonetaryAmount;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.Documents;
import nl.sroi.core.RandomModels;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.csv.FlowsCsv;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

class BusinessCaseTest {

    /** Every party's table adds up to its totals, and the parties add up to the calculation's totals. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void everyTable_reconcilesToTheCentWithTheCalculation(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        SroiResult result = SroiCalculator.DEFAULT.calculate(model);
        BusinessCaseResult c = BusinessCase.DEFAULT.calculate(ModelValidator.DEFAULT.check(model).value(),
                model.stakeholders().get(0).id()).value();
        MonetaryAmount zero = result.money(result.totals().presentValue()).multiply(0);
        MonetaryAmount received = zero;
        MonetaryAmount invested = zero;
        for (int s = 0; s < c.parties().size(); s++) {
            BusinessCaseResult.Party p = c.parties().get(s);
            SroiResult.StakeholderValue sv = result.stakeholders().get(s);
            assertEquals(result.money(sv.invested()), p.invested());
            assertEquals(result.money(sv.received()), p.received());
            assertEquals(result.money(sv.net()), p.net());
            assertEquals(p.invested(), p.periods().stream().map(BusinessCaseResult.Period::paysCounted)
                    .reduce(zero, MonetaryAmount::add), "seed " + seed);
            assertEquals(p.received(), p.periods().stream().map(BusinessCaseResult.Period::receivesPresentValue)
                    .reduce(zero, MonetaryAmount::add), "seed " + seed);
            assertEquals(p.net(), p.periods().get(p.periods().size() - 1).cumulativeBalance(), "seed " + seed);
            for (int t = 0; t < p.periods().size(); t++) {
                assertEquals(result.money(sv.periods().get(t).invested()), p.periods().get(t).pays());
                assertEquals(result.money(sv.periods().get(t).received()), p.periods().get(t).receives());
            }
            received = received.add(p.received());
            invested = invested.add(p.invested());
        }
        assertEquals(result.money(result.totals().presentValue()), received);
        assertEquals(result.money(result.totals().inputsValue()), invested);
    }

    @Test
    void aPartysPayback_followsTheFormatsRule() {
        // the valid test model: the municipality pays 44,000 in periods 1 and 2 and receives half of "schuldenvrij"
        // and all of "minder-bijstand"
        SroiModel model = ModelJson.read(Documents.bytes(Documents.validModel())).value().model();
        BusinessCaseResult c = BusinessCase.DEFAULT.calculate(ModelValidator.DEFAULT.check(model).value(), "gemeente").value();
        BusinessCaseResult.Party gemeente = c.party();
        assertEquals("gemeente", gemeente.id());
        assertTrue(gemeente.paybackMonths().isPresent());
        // recompute by hand from the table: the first moment the cumulative receipts reach the payments
        double paid = 0;
        double got = 0;
        double expected = Double.NaN;
        for (BusinessCaseResult.Period t : gemeente.periods()) {
            paid += t.paysCounted().getNumber().doubleValue();
            double pv = t.receivesPresentValue().getNumber().doubleValue();
            if (paid > 0 && got + pv >= paid) {
                expected = 12.0 * (t.period() - 1) + 12.0 * (paid - got) / pv;
                break;
            }
            got += pv;
        }
        assertEquals(expected, gemeente.paybackMonths().getAsDouble(), 0.01); // the table is rounded to cents
        assertFalse(c.parties().get(0).paybackMonths().isPresent(), "jongeren pay nothing: no payback");
    }

    @Test
    void anUnknownParty_isAProblemWithTheParameter() {
        SroiModel model = ModelJson.read(Documents.bytes(Documents.validModel())).value().model();
        Validated<BusinessCaseResult> c = BusinessCase.DEFAULT.calculate(ModelValidator.DEFAULT.check(model).value(),
                "menzis");
        assertEquals(Validated.Failure.INVALID_PARAMETER, c.failure());
        assertEquals("party", c.errors().get(0).parameter());
        assertEquals(ProblemCode.UNKNOWN_STAKEHOLDER, c.errors().get(0).code());
        assertEquals("there is no stakeholder \"menzis\"; the stakeholders are \"jongeren\", \"gemeente\"",
                c.errors().get(0).message());
    }

    @Test
    void theBusinessCaseDocument_andTheFlowsCsv() throws Exception {
        ValidModel model = ModelJson.read(Documents.bytes(Documents.validModel())).value();
        JsonNode doc = Jackson.reader().readTree(AnalysisJson.businessCase(
                BusinessCase.DEFAULT.calculate(model, "gemeente").value()));
        assertEquals("sroi-business-case/1", doc.get("format").asText());
        assertEquals("gemeente", doc.at("/party/id").asText());
        assertEquals(2, doc.get("parties").size());

        String[] lines = FlowsCsv.write(BusinessCase.DEFAULT.calculate(model)).split("\r\n");
        assertEquals("stakeholder,name,period,year,pays,receives,paysCounted,receivesPresentValue,balance,"
                + "cumulativeBalance", lines[0]);
        int periods = doc.at("/party/periods").size();
        assertEquals(1 + 2 * periods, lines.length);
        assertTrue(lines[1 + periods].startsWith("gemeente,Gemeente,1,2024,44000.00,"), lines[1 + periods]);
    }

    @Test
    void aScenarioDocument_givesTheBusinessCaseOfTheNamedScenario() {
        String model = Documents.validModel().toString();
        byte[] doc = ("{\"format\": \"sroi-scenarios/1\", \"model\": " + model + ", \"scenarios\": [{\"id\": \"klein\","
                + " \"title\": \"Klein\", \"set\": {\"/inputs/0/amounts\": [10000, 10000]}}]}").getBytes(StandardCharsets.UTF_8);
        BusinessCaseResult.Party base = BusinessCase.DEFAULT.calculate(
                ScenarioJson.readModel(doc, ModelValidator.DEFAULT, null).value(), "gemeente").value().party();
        BusinessCaseResult.Party klein = BusinessCase.DEFAULT.calculate(
                ScenarioJson.readModel(doc, ModelValidator.DEFAULT, "klein").value(), "gemeente").value().party();
        assertEquals(new BigDecimal("88000.00"), MinorUnits.decimal(base.invested()));
        assertEquals(new BigDecimal("20000.00"), MinorUnits.decimal(klein.invested()));
        assertEquals(base.received(), klein.received());
    }

    @Test
    void anUnknownScenario_orAScenarioOfAModel_isAProblemWithTheParameter() {
        String model = Documents.validModel().toString();
        byte[] doc = ("{\"format\": \"sroi-scenarios/1\", \"model\": " + model + ", \"scenarios\": [{\"id\": \"klein\","
                + " \"title\": \"Klein\", \"set\": {\"/inputs/0/amounts\": [10000, 10000]}}]}").getBytes(StandardCharsets.UTF_8);
        Validated<ValidModel> unknown = ScenarioJson.readModel(doc, ModelValidator.DEFAULT, "groot");
        assertEquals("scenario", unknown.errors().get(0).parameter());
        assertEquals(ProblemCode.UNKNOWN_SCENARIO, unknown.errors().get(0).code());
        assertEquals("there is no scenario \"groot\"; the scenarios are \"klein\"", unknown.errors().get(0).message());
        Validated<ValidModel> ofAModel = ScenarioJson.readModel(model.getBytes(StandardCharsets.UTF_8),
                ModelValidator.DEFAULT, "klein");
        assertEquals(Validated.Failure.INVALID_PARAMETER, ofAModel.failure());
        assertEquals("scenario", ofAModel.errors().get(0).parameter());
    }
}
