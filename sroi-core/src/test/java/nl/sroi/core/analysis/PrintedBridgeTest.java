package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.sroi.core.TestResources;
import nl.sroi.core.calc.ExactCalculation;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.PartYear;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;

/**
 * The fields of section 12 in the change bridge (bridge.md, section 2): a change of one of them moves only its
 * factor, by the whole change of the present value (held against the exact calculation).
 */
class PrintedBridgeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"otherFilters, FILTERS", "startOffset, PERSISTENCE", "partYear, PERSISTENCE",
        "discountRate, DISCOUNTING", "schedule, DISCOUNTING", "published, NONE"})
    void aChangeOfAField_isAllInItsFactor(String field, String factor) {
        SroiModel from = TestResources.referenceModel("printed-together");
        SroiModel to = switch (field) {
            case "otherFilters" -> outcome(from, 0, b -> b.otherFilters(List.of(new OtherFilter("landelijke regeling",
                    new BigDecimal("0.4")))));
            case "startOffset" -> outcome(from, 0, b -> b.startOffset(4));
            case "partYear" -> from.toBuilder().partYear(PartYear.PRO_RATA).build();
            case "discountRate" -> outcome(from, 1, b -> b.discountRate(new BigDecimal("0.03")));
            case "schedule" -> from.toBuilder().discounting(from.discounting().withSchedule(
                    List.of(new RateStep(3, new BigDecimal("0.025"))))).build();
            default -> from.toBuilder().published(nl.sroi.core.model.Published.ratio(new BigDecimal("4.8"))).build();
        };
        BridgeResult r = ChangeBridge.DEFAULT.bridge(ModelValidator.DEFAULT.check(from).value(),
                ModelValidator.DEFAULT.check(to).value());
        double change = ExactCalculation.of(to).presentValue().subtract(ExactCalculation.of(from).presentValue())
                .doubleValue();
        for (BridgeResult.FactorEffect e : r.factors()) {
            double expected = e.factor().name().equals(factor) ? change : 0;
            assertEquals(expected, e.exact().presentValue(), 1e-6, field + ": " + e.factor());
        }
        assertTrue(r.changes().stream().allMatch(c -> factor.equals("NONE") ? c.factor() == null
                : c.factor() != null && c.factor().name().equals(factor)), field + ": " + r.changes());
        assertTrue(!r.changes().isEmpty(), field);
    }

    private static SroiModel outcome(SroiModel m, int i, UnaryOperator<Outcome.Builder> change) {
        List<Outcome> outcomes = new ArrayList<>(m.outcomes());
        outcomes.set(i, change.apply(outcomes.get(i).toBuilder()).build());
        return m.toBuilder().outcomes(outcomes).build();
    }
}
