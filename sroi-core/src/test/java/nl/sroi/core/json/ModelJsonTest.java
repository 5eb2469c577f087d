package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import nl.sroi.core.Documents;
import nl.sroi.core.TestResources;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

class ModelJsonTest {

    static final String[] CASES = TestResources.REFERENCE_CASES;

    @Test
    void aSingleNumber_meansPeriodOneOnly() {
        SroiModel model = TestResources.referenceModel("worked-check");
        assertEquals(List.of(new BigDecimal("10")), model.outcomes().get(0).quantity());
    }

    @Test
    void numbers_areReadAsExactDecimals() {
        SroiModel model = TestResources.referenceModel("cohorts-offset-horizon");
        assertEquals(new BigDecimal("0.0225"), model.discounting().rate());
        assertEquals(new BigDecimal("5854.27"), model.outcomes().get(0).proxy().value());
    }

    @Test
    void defaults_areTheOnesTheFormatNames() {
        SroiModel model = TestResources.referenceModel("worked-check");
        assertEquals(nl.sroi.core.model.FirstPeriod.DISCOUNTED, model.discounting().firstPeriod());
        assertFalse(model.discounting().inputs());
        assertEquals(0, model.outcomes().get(0).startOffset());
        assertEquals(nl.sroi.core.model.DropOffMode.GEOMETRIC, model.outcomes().get(0).dropOffMode());
        assertEquals("deelnemers", model.outcomes().get(0).valueShares().get(0).stakeholder());
    }

    @Test
    void aWholeDecimal_isAcceptedAsAWholeNumber() {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(
                Documents.set(Documents.validModel(), "/firstYear", "2024.0")));
        assertEquals(2024, reading.value().model().firstYear());
    }

    @Test
    void aFractionalDuration_isReadAsTheExactDecimal() {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(
                Documents.set(Documents.validModel(), "/outcomes/0/duration", "2.5")));
        assertEquals(new java.math.BigDecimal("2.5"), reading.value().model().outcomes().get(0).duration());
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void writingAndReadingBack_givesAnEqualModel(String name) {
        SroiModel model = TestResources.referenceModel(name);
        assertEquals(model, ModelJson.read(ModelJson.write(model)).value().model());
    }

    @Test
    void malformedJson_isReportedWithLineAndColumn() {
        Validated<ValidModel> reading = ModelJson.read("{\n  \"format\": \"sroi-model/1\",\n  \"id\": }");
        assertTrue((reading.failure() == Validated.Failure.MALFORMED_JSON));
        Problem p = reading.errors().get(0);
        assertEquals(ProblemCode.MALFORMED_JSON, p.code());
        assertEquals("", p.pointer());
        assertEquals(3, p.line());
        assertEquals(9, p.column());
        assertTrue(p.message().contains("line 3, column 9"), p.message());
    }

    @Test
    void notANumber_andInfinity_areMalformed() {
        assertTrue((ModelJson.read("{\"discounting\": {\"rate\": NaN}}").failure() == Validated.Failure.MALFORMED_JSON));
        assertTrue((ModelJson.read("{\"discounting\": {\"rate\": Infinity}}").failure() == Validated.Failure.MALFORMED_JSON));
        assertTrue((ModelJson.read("{\"discounting\": {\"rate\": -Infinity}}").failure() == Validated.Failure.MALFORMED_JSON));
    }

    @Test
    void duplicateKeys_trailingTokens_andEmptyDocuments_areMalformed() {
        assertTrue((ModelJson.read("{\"id\": \"a\", \"id\": \"b\"}").failure() == Validated.Failure.MALFORMED_JSON));
        assertTrue((ModelJson.read("{} {}").failure() == Validated.Failure.MALFORMED_JSON));
        assertTrue((ModelJson.read("").failure() == Validated.Failure.MALFORMED_JSON));
        assertTrue((ModelJson.read("   ").failure() == Validated.Failure.MALFORMED_JSON));
    }

    @Test
    void aDocumentThatIsNotAnObject_isInvalid_notMalformed() {
        Validated<ValidModel> reading = ModelJson.read("[1, 2]");
        assertFalse((reading.failure() == Validated.Failure.MALFORMED_JSON));
        assertEquals(1, reading.errors().size());
        Problem p = reading.errors().get(0);
        assertEquals("", p.pointer());
        assertEquals(ProblemCode.WRONG_TYPE, p.code());
        assertEquals("the model must be a JSON object, was an array", p.message());
        assertEquals("het model moet een JSON-object zijn, was een lijst (array)", p.message(Language.NL));
    }

    @Test
    void aWrongTypeInsideAList_isReportedOnce_atTheElement() {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(
                Documents.set(Documents.validModel(), "/inputs/0/amounts/1", "\"44000\"")));
        assertEquals(1, reading.errors().size());
        Problem p = reading.errors().get(0);
        assertEquals("/inputs/0/amounts/1", p.pointer());
        assertEquals(ProblemCode.WRONG_TYPE, p.code());
        assertEquals("amounts must be a number, was a text: write 44000 without quotes", p.message());
    }
}
