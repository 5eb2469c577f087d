package nl.sroi.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.Documents;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.validation.ValidModel;
import nl.sroi.core.validation.Validated;

/** Every rule of the format, each broken alone in an otherwise valid document: its pointer and its code. */
public class ValidationRulesTest {

    /** Every rule, broken alone: the pointer and code of the problem, and how to break a valid document. */
    public static Stream<Arguments> rules() {
        return Stream.of(
                rule("/format", ProblemCode.UNSUPPORTED_FORMAT, d -> Documents.set(d, "/format", "\"sroi-model/2\"")),
                rule("/format", ProblemCode.REQUIRED, d -> Documents.remove(d, "/format")),
                rule("/id", ProblemCode.INVALID_ID, d -> Documents.set(d, "/id", "\"Jongeren en schulden\"")),
                rule("/id", ProblemCode.INVALID_ID, d -> Documents.set(d, "/id", "\"" + "a".repeat(65) + "\"")),
                rule("/title", ProblemCode.EMPTY, d -> Documents.set(d, "/title", "\"  \"")),
                rule("/title", ProblemCode.REQUIRED, d -> Documents.remove(d, "/title")),
                rule("/title", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/title", "5")),
                rule("/kind", ProblemCode.INVALID_VALUE, d -> Documents.set(d, "/kind", "\"forcast\"")),
                rule("/kind", ProblemCode.REQUIRED, d -> Documents.remove(d, "/kind")),
                rule("/currency", ProblemCode.UNKNOWN_CURRENCY, d -> Documents.set(d, "/currency", "\"EURO\"")),
                rule("/currency", ProblemCode.UNKNOWN_CURRENCY, d -> Documents.set(d, "/currency", "\"XAU\"")),
                rule("/priceYear", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/priceYear", "0")),
                rule("/firstYear", ProblemCode.NOT_WHOLE, d -> Documents.set(d, "/firstYear", "2024.5")),
                rule("/horizonYears", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/horizonYears", "0")),
                rule("/discounting", ProblemCode.REQUIRED, d -> Documents.remove(d, "/discounting")),
                rule("/discounting/rate", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/discounting/rate", "1")),
                rule("/discounting/rate", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/discounting/rate", "-0.01")),
                rule("/discounting/rate", ProblemCode.REQUIRED, d -> Documents.remove(d, "/discounting/rate")),
                rule("/discounting/firstPeriod", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/discounting/firstPeriod", "\"start\"")),
                rule("/discounting/inputs", ProblemCode.WRONG_TYPE,
                        d -> Documents.set(d, "/discounting/inputs", "\"yes\"")),
                rule("/stakeholders", ProblemCode.EMPTY, d -> Documents.set(d, "/stakeholders", "[]")),
                rule("/stakeholders", ProblemCode.REQUIRED, d -> Documents.remove(d, "/stakeholders")),
                rule("/stakeholders/1/id", ProblemCode.DUPLICATE_ID,
                        d -> Documents.set(d, "/stakeholders/1/id", "\"jongeren\"")),
                rule("/stakeholders/0/name", ProblemCode.REQUIRED, d -> Documents.remove(d, "/stakeholders/0/name")),
                rule("/stakeholders/0", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/stakeholders/0", "null")),
                rule("/inputs", ProblemCode.EMPTY, d -> Documents.set(d, "/inputs", "[]")),
                rule("/inputs/0/stakeholder", ProblemCode.UNKNOWN_STAKEHOLDER,
                        d -> Documents.set(d, "/inputs/0/stakeholder", "\"provincie\"")),
                rule("/inputs/0/amounts/1", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/inputs/0/amounts/1", "-1")),
                rule("/inputs/0/amounts", ProblemCode.EMPTY, d -> Documents.set(d, "/inputs/0/amounts", "[]")),
                rule("/inputs/0/amounts", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/inputs/0/amounts", "\"44000\"")),
                rule("/inputs/1/id", ProblemCode.DUPLICATE_ID, d -> Documents.set(d, "/inputs/1",
                        "{\"id\":\"projectleiding\",\"stakeholder\":\"gemeente\",\"description\":\"x\",\"amounts\":1}")),
                rule("/inputs/0/description", ProblemCode.REQUIRED, d -> Documents.remove(d, "/inputs/0/description")),
                rule("/inputs/0/inKind", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/inputs/0/inKind", "0")),
                rule("/outcomes", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes")),
                rule("/outcomes/1/id", ProblemCode.DUPLICATE_ID,
                        d -> Documents.set(d, "/outcomes/1/id", "\"schuldenvrij\"")),
                rule("/outcomes/0/id", ProblemCode.EMPTY, d -> Documents.set(d, "/outcomes/0/id", "\"\"")),
                rule("/outcomes/0/stakeholder", ProblemCode.UNKNOWN_STAKEHOLDER,
                        d -> Documents.set(d, "/outcomes/0/stakeholder", "\"menzis\"")),
                rule("/outcomes/0/description", ProblemCode.REQUIRED,
                        d -> Documents.remove(d, "/outcomes/0/description")),
                rule("/outcomes/0/indicator", ProblemCode.EMPTY, d -> Documents.set(d, "/outcomes/0/indicator", "\"\"")),
                rule("/outcomes/0/valueTo", ProblemCode.SHARES_DO_NOT_ADD_UP,
                        d -> Documents.set(d, "/outcomes/0/valueTo/1/share", "0.4")),
                rule("/outcomes/0/valueTo/1/share", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/valueTo/1/share", "0")),
                rule("/outcomes/0/valueTo/1/stakeholder", ProblemCode.DUPLICATE_ID,
                        d -> Documents.set(d, "/outcomes/0/valueTo/1/stakeholder", "\"jongeren\"")),
                rule("/outcomes/0/valueTo/0/stakeholder", ProblemCode.UNKNOWN_STAKEHOLDER,
                        d -> Documents.set(d, "/outcomes/0/valueTo/0/stakeholder", "\"menzis\"")),
                rule("/outcomes/0/valueTo", ProblemCode.EMPTY, d -> Documents.set(d, "/outcomes/0/valueTo", "[]")),
                rule("/outcomes/0/quantity/1", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/quantity/1", "-1")),
                rule("/outcomes/0/quantity", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/quantity")),
                rule("/outcomes/0/proxy", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/proxy")),
                rule("/outcomes/0/proxy/value", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/proxy/value")),
                rule("/outcomes/0/proxy/source", ProblemCode.EMPTY,
                        d -> Documents.set(d, "/outcomes/0/proxy/source", "\"\"")),
                rule("/outcomes/0/proxy/unit", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/proxy/unit")),
                rule("/outcomes/0/proxy/value", ProblemCode.LIMIT_EXCEEDED,
                        d -> Documents.set(d, "/outcomes/0/proxy/value", "2e12")),
                rule("/outcomes/0/proxy/value", ProblemCode.NUMBER_NOT_REPRESENTABLE,
                        d -> Documents.set(d, "/outcomes/0/proxy/value", "1e400")),
                rule("/outcomes/0/proxy/value", ProblemCode.NUMBER_NOT_REPRESENTABLE,
                        d -> Documents.set(d, "/outcomes/0/proxy/value", "1e-400")),
                rule("/outcomes/0/proxy/priceYear", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/proxy/priceYear", "10000")),
                rule("/outcomes/0/duration", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/outcomes/0/duration", "0")),
                rule("/outcomes/0/duration", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/outcomes/0/duration", "51")),
                rule("/outcomes/0/duration", ProblemCode.NOT_WHOLE, d -> Documents.set(d, "/outcomes/0/duration", "2.5")),
                rule("/outcomes/0/duration", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/duration", "99999999999")),
                rule("/outcomes/0/startOffset", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/startOffset", "2")),
                rule("/outcomes/0/deadweight", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/deadweight", "1.3")),
                rule("/outcomes/0/deadweight", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/deadweight")),
                rule("/outcomes/0/displacement", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/displacement", "-0.1")),
                rule("/outcomes/0/attribution", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/attribution", "1.0000000000000000001")),
                rule("/outcomes/0/dropOff", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/outcomes/0/dropOff", "2")),
                rule("/outcomes/0/dropOffMode", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/outcomes/0/dropOffMode", "\"exponential\"")),
                rule("/outcomes/0/attributon", ProblemCode.UNKNOWN_FIELD,
                        d -> Documents.set(d, "/outcomes/0/attributon", "0.3")),
                rule("/extra~1field", ProblemCode.UNKNOWN_FIELD, d -> Documents.set(d, "/extra~1field", "1")),
                rule("/outcomes/0/ranges/deadweight/low", ProblemCode.RANGE_EXCLUDES_VALUE,
                        d -> Documents.set(d, "/outcomes/0/ranges/deadweight/low", "0.3")),
                rule("/outcomes/0/ranges/deadweight/high", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/ranges/deadweight/high", "1.2")),
                rule("/outcomes/0/ranges/deadweight/high", ProblemCode.REQUIRED,
                        d -> Documents.remove(d, "/outcomes/0/ranges/deadweight/high")),
                rule("/outcomes/0/ranges/deadweight/distribution", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/outcomes/0/ranges/deadweight/distribution", "\"normal\"")),
                rule("/outcomes/0/ranges/duration/low", ProblemCode.NOT_WHOLE,
                        d -> Documents.set(d, "/outcomes/0/ranges/duration/low", "1.5")),
                rule("/outcomes/0/ranges/duration/high", ProblemCode.RANGE_EXCLUDES_VALUE,
                        d -> Documents.set(d, "/outcomes/0/ranges/duration/high", "2")),
                rule("/outcomes/0/ranges/quantity/high", ProblemCode.RANGE_EXCLUDES_VALUE,
                        d -> Documents.set(d, "/outcomes/0/ranges/quantity", "{\"low\":0.5,\"high\":0.9}")),
                rule("/outcomes/0/ranges/rate", ProblemCode.UNKNOWN_FIELD,
                        d -> Documents.set(d, "/outcomes/0/ranges/rate", "{\"low\":0,\"high\":0.1}")),
                rule("/ranges/rates", ProblemCode.UNKNOWN_FIELD,
                        d -> Documents.set(d, "/ranges/rates", "{\"low\":0,\"high\":0.1}")),
                rule("/ranges/rate/high", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/ranges/rate/high", "1")),
                rule("/ranges/inputs/low", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/ranges/inputs", "{\"low\":-0.1,\"high\":1.2}")));
    }

    private static Arguments rule(String pointer, ProblemCode code, UnaryOperator<ObjectNode> breakIt) {
        return Arguments.of(pointer, code, breakIt);
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("rules")
    void eachRule_isReportedAtItsPointer(String pointer, ProblemCode code, UnaryOperator<ObjectNode> breakIt) {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(breakIt.apply(Documents.validModel())));
        assertFalse(reading.isValid(), "the broken document must be rejected");
        assertTrue(reading.errors().stream().anyMatch(p -> p.pointer().equals(pointer) && p.code() == code),
                () -> "expected " + code + " at " + pointer + ", got " + reading.errors());
        assertTrue(reading.errors().stream().allMatch(p -> !p.message().isBlank()));
    }

    @Test
    void theValidModel_isValid() {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(Documents.validModel()));
        assertEquals(List.of(), reading.errors());
    }

    @Test
    void message_namesTheFieldAndShowsTheValue() {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(
                Documents.set(Documents.validModel(), "/outcomes/1/attribution", "1.3")));
        assertEquals(List.of("/outcomes/1/attribution OUT_OF_RANGE attribution must be between 0 and 1, was 1.3"),
                reading.errors().stream().map(p -> p.pointer() + " " + p.code() + " " + p.message()).toList());
    }

    @Test
    void allProblems_areReportedAtOnce_inDocumentOrder() {
        ObjectNode doc = Documents.validModel();
        Documents.set(doc, "/title", "7");
        Documents.set(doc, "/outcomes/0/deadweight", "1.5");
        Documents.remove(doc, "/outcomes/1/proxy/source");
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(doc));
        assertEquals(List.of("/title", "/outcomes/0/deadweight", "/outcomes/1/proxy/source"),
                reading.errors().stream().map(Problem::pointer).toList());
    }

    @Test
    void limits_onWhatAModelHolds_areReported() {
        ModelValidator small = new ModelValidator(new ModelLimits(1, 1, 1, 1));
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(Documents.validModel()), small);
        assertEquals(List.of("/stakeholders", "/inputs/0/amounts", "/outcomes"),
                reading.errors().stream().filter(p -> p.code() == ProblemCode.LIMIT_EXCEEDED)
                        .map(Problem::pointer).toList());
    }

    @Test
    void aModelBuiltInCode_withMissingFields_isReportedLikeAMissingJsonField() {
        SroiModel model = SroiModel.builder().id("x").title("t").kind(Kind.FORECAST).currency("EUR")
                .discounting(Discounting.of(0.035))
                .stakeholders(Stakeholder.of("a", "A"))
                .inputs(Input.of("i", "a", "input", 100))
                .outcomes(nl.sroi.core.model.Outcome.builder().id("o").stakeholder("a").build())
                .build();
        List<String> pointers = ModelValidator.DEFAULT.validate(model).stream().map(Problem::pointer).toList();
        assertEquals(List.of("/outcomes/0/description", "/outcomes/0/indicator", "/outcomes/0/quantity",
                "/outcomes/0/proxy", "/outcomes/0/duration", "/outcomes/0/deadweight", "/outcomes/0/displacement",
                "/outcomes/0/attribution", "/outcomes/0/dropOff"), pointers);
    }
}
