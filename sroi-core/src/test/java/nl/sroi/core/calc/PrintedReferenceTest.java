package nl.sroi.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import nl.sroi.core.ReferenceAssertions;
import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ResultJson;

/**
 * The reference cases of section 12 of the format (other filters, a late start, an outcome's own rate, a declining
 * schedule, a started year in full, and all together): the expected figures come from {@link ExactCalculation}, an
 * exact-decimal implementation in the tests that shares no code with the kernel, and are kept in the files.
 */
class PrintedReferenceTest {

    static final String[] CASES = {
        "printed-other-filters", "printed-late-start", "printed-own-rate", "printed-schedule", "printed-full-year",
        "printed-together"
    };

    @ParameterizedTest
    @FieldSource("CASES")
    void expectedFile_isTheExactCalculation(String name) throws Exception {
        JsonNode file = TestResources.referenceExpected(name);
        JsonNode exact = Jackson.reader().readTree(
                Jackson.pretty(ExactCalculation.expectedDocument(TestResources.referenceModel(name))));
        assertEquals(exact, file, name + ": the expected file is not what the exact calculation gives");
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void resultDocument_matchesTheExactCalculation(String name) throws Exception {
        SroiResult result = SroiCalculator.DEFAULT.calculate(TestResources.referenceModel(name));
        ReferenceAssertions.assertMatchesReference(name, Jackson.reader().readTree(ResultJson.write(result)));
    }
}
