package nl.sroi.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import nl.sroi.core.ReferenceAssertions;
import nl.sroi.core.TestResources;
import nl.sroi.core.internal.Kernel;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;

/** The reference cases (computed independently of this library) through the kernel and the result document. */
class ReferenceCasesTest {

    static final String[] CASES = TestResources.REFERENCE_CASES;

    @ParameterizedTest
    @FieldSource("CASES")
    void kernel_matchesReferenceExactly(String name) {
        SroiModel model = TestResources.referenceModel(name);
        JsonNode expected = TestResources.referenceExpected(name);
        Kernel k = Kernel.of(ModelValidator.DEFAULT.check(model).value());
        double presentValue = k.evaluate();
        assertEquals(expected.get("presentValue").asDouble(), presentValue, 1e-9 * presentValue, "present value");
        assertEquals(expected.get("inputsValue").asDouble(), k.inputsValue(), 1e-9, "inputs value");
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void resultDocument_matchesReference(String name) throws Exception {
        SroiResult result = SroiCalculator.DEFAULT.calculate(TestResources.referenceModel(name));
        ReferenceAssertions.assertMatchesReference(name, Jackson.reader().readTree(ResultJson.write(result)));
    }
}
