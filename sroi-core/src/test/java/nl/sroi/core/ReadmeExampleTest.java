package nl.sroi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.Problem;

/** The embedding example of the README, verbatim, so that it keeps compiling and says what it claims. */
class ReadmeExampleTest {

    @Test
    void theReadmeExample_givesTheWorkedCheck() {
        // --- README example start
        SroiModel model = SroiModel.builder()
                .id("worked-check").title("Worked check").kind(Kind.FORECAST).currency("EUR")
                .discounting(Discounting.of(0.035))
                .stakeholders(Stakeholder.of("deelnemers", "Deelnemers"), Stakeholder.of("financier", "Financier"))
                .inputs(Input.of("subsidie", "financier", "Subsidie", 10_000))
                .outcomes(Outcome.builder().id("o1").stakeholder("deelnemers").description("Schuldenvrij")
                        .indicator("Afgeronde regeling").quantity(10).duration(3)
                        .proxy(FinancialProxy.of(1000, "per persoon per jaar", "constructed"))
                        .deadweight(0.2).displacement(0.1).attribution(0.25).dropOff(0.1).build())
                .build();
        List<Problem> problems = ModelValidator.DEFAULT.validate(model);   // empty: the model is valid
        SroiResult result = SroiCalculator.DEFAULT.calculate(model);
        System.out.println(result.totals().presentValue() + " " + result.totals().ratioDisplay().get());
        // --- README example end
        assertEquals(List.of(), problems);
        assertEquals("EUR 13699.35 1.37", result.totals().presentValue() + " " + result.totals().ratioDisplay().get());
    }
}
