package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.sroi.core.Documents;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.rules.ModelLimits;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * Documents made to cost the reader time or memory, or to make it answer at length: each is refused with a short
 * problem at its pointer, in bounded time and size (issue 10, "Found" 1, 3, 5 and 7).
 */
class HostileInputTest {

    static final String[] WHOLE_NUMBER_FIELDS = {"/firstYear", "/priceYear", "/horizonYears", "/outcomes/0/duration",
        "/outcomes/0/startOffset", "/outcomes/0/proxy/priceYear"};

    static Validated<ValidModel> read(JsonNode doc) {
        return ModelJson.read(Documents.bytes(doc));
    }

    static Problem at(Validated<ValidModel> reading, String pointer) {
        return reading.errors().stream().filter(p -> p.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + pointer + " in " + reading.errors()));
    }

    /** 1e-1000000000 has a plain form of a billion digits: four such requests once took 6.4 GB. */
    @ParameterizedTest
    @ValueSource(strings = {"1e-1000000000", "1e-2147483647", "1e-20000000", "0e-1000000000", "1e+1000000000",
        "-1e-2147483647"})
    void aNumberWithAnExtremeExponent_inAWholeNumberField_isRefusedShortly(String number) {
        for (String pointer : WHOLE_NUMBER_FIELDS) {
            Validated<ValidModel> reading = read(Documents.set(Documents.validModel(), pointer, number));
            Problem problem = at(reading, pointer);
            assertEquals(ProblemCode.NUMBER_NOT_REPRESENTABLE, problem.code(), pointer);
            assertTrue(problem.message().length() < 120, problem.message());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/discounting/rate", "/outcomes/0/deadweight", "/outcomes/0/quantity/0",
        "/outcomes/0/valueTo/0/share", "/outcomes/0/ranges/deadweight/low", "/inputs/0/amounts/1"})
    void aZeroWithAnExtremeExponent_inADecimalField_isRefused(String pointer) {
        // 0E-1000000000 is zero and fits a double, but writing it out (a message, the workbook) takes a billion digits
        Validated<ValidModel> reading = read(Documents.set(Documents.validModel(), pointer, "0e-1000000000"));
        assertEquals(ProblemCode.NUMBER_NOT_REPRESENTABLE, at(reading, pointer).code());
    }

    @Test
    void aDecimalWithManyDigits_isQuotedInScientificNotation() {
        String digits = "0." + "0".repeat(250) + "1234567890123456789012345";
        Validated<ValidModel> reading = read(Documents.set(Documents.validModel(), "/outcomes/0/deadweight", "-" + digits));
        // expected: the value rounded to 17 significant digits, as BigDecimal writes it
        assertEquals("deadweight must be between 0 and 1, was -1.2345678901234568E-251",
                at(reading, "/outcomes/0/deadweight").message());
    }

    @Test
    void aNumberWhoseExponentBigDecimalCannotHold_isMalformedJson() {
        for (String json : new String[] {"{\"format\":1e-2147483648}", "{\"format\":1e2147483648}"}) {
            Validated<ValidModel> reading = ModelJson.read(json);
            assertTrue(reading.failure() == Validated.Failure.MALFORMED_JSON, json);
            assertEquals("the document is not valid JSON: a number has an exponent too large to be read",
                    reading.errors().get(0).message());
        }
    }

    @Test
    void deepNesting_isMalformed_inTheProjectsWords() {
        String json = "{\"format\":" + "[".repeat(Jackson.MAX_DEPTH + 1) + "]".repeat(Jackson.MAX_DEPTH + 1) + "}";
        Validated<ValidModel> reading = ModelJson.read(json);
        assertTrue(reading.failure() == Validated.Failure.MALFORMED_JSON);
        String message = reading.errors().get(0).message();
        assertTrue(message.endsWith("arrays and objects are nested more than 64 levels deep"), message);
        assertFalse(message.contains("StreamReadConstraints") || message.contains("`"), message);
    }

    @Test
    void aLongFieldName_isMalformed_withoutEchoingIt() {
        String json = "{\"" + "a".repeat(Jackson.MAX_NAME_LENGTH + 1) + "\":1}";
        Validated<ValidModel> reading = ModelJson.read(json);
        assertTrue(reading.failure() == Validated.Failure.MALFORMED_JSON);
        assertTrue(reading.errors().get(0).message().endsWith("a field name is longer than 256 characters"));
    }

    @Test
    void echoedText_isCut() {
        String id = "X".repeat(100_000);
        Validated<ValidModel> reading = read(Documents.set(Documents.validModel(), "/id", "\"" + id + "\""));
        String message = at(reading, "/id").message();
        assertTrue(message.startsWith("id must be 1 to 64 characters of a-z, 0-9 and -, was \"" + "X".repeat(200)
                + "… (100000 characters)\""), message);
        assertTrue(message.length() < 600, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/title", "/description", "/stakeholders/0/name", "/stakeholders/1/description",
        "/inputs/0/description", "/outcomes/0/description", "/outcomes/0/indicator", "/outcomes/0/proxy/unit",
        "/outcomes/0/proxy/source", "/outcomes/0/id", "/inputs/0/id"})
    void textOverTheCellLimit_isRefusedByValidation(String pointer) {
        ObjectNode doc = Documents.validModel();
        Documents.set(doc, pointer, Json.NODES.textNode("a".repeat(ModelLimits.MAX_TEXT_LENGTH + 1)));
        Problem problem = at(read(doc), pointer);
        assertEquals(ProblemCode.LIMIT_EXCEEDED, problem.code());
        assertTrue(problem.message().endsWith("may be at most 32767 characters long, was 32768"), problem.message());
        Documents.set(doc, pointer, Json.NODES.textNode("a".repeat(ModelLimits.MAX_TEXT_LENGTH)));
        assertTrue(read(doc).errors().stream().noneMatch(p -> p.pointer().equals(pointer)), "at the limit");
    }

    /** 100,000 empty valueTo entries once gave a 25 MB problem document. */
    @Test
    void manyProblems_areListedUpToTheLimit_andTheRestCounted() {
        ObjectNode doc = Documents.validModel();
        String entries = String.join(",", java.util.Collections.nCopies(100_000, "{}"));
        Documents.set(doc, "/outcomes/0/valueTo", "[" + entries + "]");
        Validated<ValidModel> reading = read(doc);
        // each empty share lacks its stakeholder and its share: 200,000 problems
        assertEquals(200_000, reading.errors().size());
        String document = ResultJson.validation(reading.errors(), List.of(), nl.sroi.core.text.Language.EN);
        JsonNode problem = Documents.parse(document);
        assertEquals(ResultJson.MAX_LISTED, problem.get("errors").size());
        assertEquals(200_000 - ResultJson.MAX_LISTED, problem.get("errorsNotListed").asInt());
        assertTrue(document.length() < 20_000, "answer of " + document.length() + " characters");
    }

    @Test
    void fewProblems_haveNoCount() {
        Validated<ValidModel> reading = read(Documents.set(Documents.validModel(), "/id", "\"A\""));
        assertNull(Documents.parse(ResultJson.validation(reading.errors(), List.of(), nl.sroi.core.text.Language.EN)).get("errorsNotListed"));
    }

    @Test
    void scenarios_areLimitedInNumber() {
        String scenario = "{\"id\":\"s%d\",\"title\":\"t\",\"set\":{\"/title\":\"x\"}}";
        StringBuilder list = new StringBuilder();
        for (int i = 0; i <= ScenarioJson.MAX_SCENARIOS; i++) {
            list.append(i == 0 ? "" : ",").append(String.format(scenario, i));
        }
        String doc = "{\"format\":\"sroi-scenarios/1\",\"model\":" + Documents.validModel() + ",\"scenarios\":["
                + list + "]}";
        Validated<nl.sroi.core.analysis.ScenarioSet> reading = ScenarioJson.read(doc.getBytes(StandardCharsets.UTF_8),
                nl.sroi.core.rules.ModelValidator.DEFAULT);
        assertEquals(1, reading.errors().size());
        Problem problem = reading.errors().get(0);
        assertEquals("/scenarios", problem.pointer());
        assertEquals(ProblemCode.LIMIT_EXCEEDED, problem.code());
        assertEquals("scenarios may hold at most 50 entries, has 51", problem.message());
    }
}
