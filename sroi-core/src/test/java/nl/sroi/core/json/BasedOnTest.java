package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.sroi.core.TestResources;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.model.BasedOn;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/** {@code basedOn}: read, validated with pointers, written back, and moving no figure. */
class BasedOnTest {

    static final String MODEL = new String(TestResources.bytes("reference/worked-check.model.json"),
            StandardCharsets.UTF_8);

    static Validated<ValidModel> read(String kind, String basedOn) {
        String doc = MODEL.replace("\"kind\":\"forecast\"", "\"kind\":\"" + kind + "\", \"basedOn\": " + basedOn);
        return ModelJson.read(doc.getBytes(StandardCharsets.UTF_8), ModelValidator.DEFAULT);
    }

    @Test
    void anEvaluationNamesItsForecast_andTheFiguresAreThoseWithout() {
        Validated<ValidModel> v = read("evaluation", "{\"analysis\": \"jongeren-en-schulden\", \"version\": 3}");
        assertTrue(v.isValid(), v.errors()::toString);
        assertEquals(new BasedOn("jongeren-en-schulden", 3), v.value().model().basedOn());
        String written = ModelJson.write(v.value().model());
        assertTrue(written.contains("\"basedOn\": {\n    \"analysis\": \"jongeren-en-schulden\",\n    \"version\": 3"),
                written);
        assertEquals(v.value().model(), ModelJson.read(written).value().model());
        ValidModel without = ModelJson.read(MODEL).value();
        assertEquals(SroiCalculator.DEFAULT.calculate(without).totals(),
                SroiCalculator.DEFAULT.calculate(v.value()).totals());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "forecast   | {\"analysis\": \"a\", \"version\": 1}  | /basedOn         | NOT_APPLICABLE",
        "evaluation | {\"analysis\": \"A b\", \"version\": 1} | /basedOn/analysis | INVALID_ID",
        "evaluation | {\"version\": 1}                       | /basedOn/analysis | REQUIRED",
        "evaluation | {\"analysis\": \"a\", \"version\": 0}  | /basedOn/version  | OUT_OF_RANGE",
        "evaluation | {\"analysis\": \"a\"}                   | /basedOn/version  | REQUIRED",
        "evaluation | {\"analysis\": \"a\", \"version\": 1.5} | /basedOn/version  | NOT_WHOLE",
        "evaluation | {\"analysis\": \"a\", \"versie\": 1}    | /basedOn/versie   | UNKNOWN_FIELD",
        "evaluation | \"a\"                                   | /basedOn          | WRONG_TYPE"})
    void aBadBasedOnIsNamedByItsPointer(String kind, String basedOn, String pointer, String code) {
        Validated<ValidModel> v = read(kind, basedOn);
        List<Problem> errors = v.errors();
        assertTrue(errors.stream().anyMatch(p -> p.pointer().equals(pointer) && p.code().name().equals(code)),
                errors::toString);
    }
}
