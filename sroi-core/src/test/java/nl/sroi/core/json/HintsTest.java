package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.sroi.core.Documents;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * The sentences an analyst reads when a model is refused: each says what is wrong and how to put it right, in
 * English and Dutch, without the JSON library's words, in the order of the document.
 */
class HintsTest {

    static List<Problem> errors(String json) {
        return ModelJson.read(json.getBytes(StandardCharsets.UTF_8)).errors();
    }

    static List<Problem> errors(ObjectNode document) {
        return ModelJson.read(Documents.bytes(document)).errors();
    }

    static Problem only(List<Problem> errors) {
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    /** The valid test model as text, with one piece of text replaced. */
    static String validWith(String from, String to) {
        String doc = new String(nl.sroi.core.TestResources.bytes("valid-model.json"), StandardCharsets.UTF_8);
        assertTrue(doc.contains(from), from);
        return doc.replace(from, to);
    }

    @Test
    void aShareWrittenAsAPercentage_saysThatSharesAreDecimals() {
        Problem p = only(errors(Documents.set(Documents.validModel(), "/outcomes/0/deadweight", "20")));
        assertEquals("/outcomes/0/deadweight", p.pointer());
        assertEquals(ProblemCode.OUT_OF_RANGE, p.code());
        assertEquals("deadweight must be between 0 and 1, was 20: shares are decimals, so 20 % is 0.2", p.message());
        assertEquals("deadweight moet tussen 0 en 1 zijn, was 20: aandelen zijn decimale getallen, dus 20 % is 0.2",
                p.message(Language.NL));
        Problem rate = only(errors(Documents.set(Documents.validModel(), "/discounting/rate", "3.5")));
        assertEquals("rate must be at least 0 and below 1, was 3.5: shares are decimals, so 3.5 % is 0.035",
                rate.message());
        // 1.3 is more likely a slip than 1.3 %: no hint
        assertEquals("attribution must be between 0 and 1, was 1.3",
                only(errors(Documents.set(Documents.validModel(), "/outcomes/0/attribution", "1.3"))).message());
    }

    @Test
    void anUnknownField_suggestsTheNearestKnownField() {
        ObjectNode doc = Documents.validModel();
        ((ObjectNode) doc.at("/outcomes/1")).set("dropoff", doc.at("/outcomes/1/dropOff"));
        ((ObjectNode) doc.at("/outcomes/1")).remove("dropOff");
        // one problem: the misspelt field; that dropOff is then missing goes without saying
        Problem unknown = only(errors(doc));
        assertEquals("/outcomes/1/dropoff", unknown.pointer());
        assertEquals("unknown field \"dropoff\" in an outcome: did you mean \"dropOff\"?", unknown.message());
        assertEquals("onbekend veld \"dropoff\" in een outcome: bedoelt u \"dropOff\"?", unknown.message(Language.NL));
        Problem far = only(errors(Documents.set(Documents.validModel(), "/discounting/colour", "1")));
        assertEquals("unknown field \"colour\" in discounting; its fields are rate, firstPeriod, inputs, schedule", far.message());
    }

    @Test
    void anUnknownStakeholder_namesTheKnownOnes() {
        Problem near = only(errors(Documents.set(Documents.validModel(), "/inputs/0/stakeholder", "\"gemeenten\"")));
        assertEquals("stakeholder \"gemeenten\" is not listed in stakeholders: did you mean \"gemeente\"? "
                + "The stakeholders are \"jongeren\", \"gemeente\"", near.message());
        Problem far = only(errors(Documents.set(Documents.validModel(), "/inputs/0/stakeholder", "\"provincie\"")));
        assertEquals("stakeholder \"provincie\" staat niet in stakeholders; de stakeholders zijn \"jongeren\", "
                + "\"gemeente\"", far.message(Language.NL));
    }

    @Test
    void aDecimalComma_isRecognised_andExplained() {
        Problem bare = only(errors(validWith("\"deadweight\": 0.25,", "\"deadweight\": 0,25,")));
        assertEquals(ProblemCode.MALFORMED_JSON, bare.code());
        assertTrue(bare.message().endsWith(": 0,25 looks like a number with a decimal comma; JSON writes decimals "
                + "with a point: 0.25"), bare.message());
        assertTrue(bare.message(Language.NL).endsWith(": 0,25 lijkt een getal met een decimale komma; JSON schrijft "
                + "decimalen met een punt: 0.25"), bare.message(Language.NL));
        Problem quoted = only(errors(Documents.set(Documents.validModel(), "/outcomes/0/deadweight", "\"0,25\"")));
        assertEquals(ProblemCode.WRONG_TYPE, quoted.code());
        assertEquals("deadweight must be a number, was a text: write \"0,25\" as the number 0.25, with a decimal point "
                + "and without quotes", quoted.message());
        Problem percent = only(errors(Documents.set(Documents.validModel(), "/outcomes/0/deadweight", "\"25%\"")));
        assertEquals("deadweight must be a number, was a text: shares are numbers without quotes or %, so 25 % is 0.25",
                percent.message());
    }

    /** Documents the JSON library refuses; none of its words may reach the reader. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": \"a\", \"id\": \"b\"}", "{} {}", "{\"a\": NaN}", "{\"a\": Infinity}",
            "{\"a\": 1", "{\"a\": 1]", "[1}", "{'a': 1}", "{\"a\": 'x'}", "{\"a\": 1 // note\n}", "# x\n{}",
            "{\"a\": 07}", "{\"a\": abc}", "{\"a\": \"x\ny\"}", "{\"a\": \"\\q\"}", "{\"a\": 1,}", "[1,]",
            "{\"a\" 1}", "{a: 1}", "{\"a\": 1 \"b\": 2}", "{\"a\": .5}", "{\"a\": 1.}", "{\"a\": +1}", "{\"a\": 0x10}",
            "", "  ", "{\"a\": \"x"})
    void malformedJson_isExplainedInOwnWords(String json) {
        Problem p = only(errors(json));
        assertEquals(ProblemCode.MALFORMED_JSON, p.code());
        for (Language language : Language.values()) {
            String m = p.message(language);
            for (String internal : List.of("Jackson", "jackson", "Feature", "FEATURE", "REDACTED", "`", "ObjectNode",
                    "JsonNode", "(code ", "Constraints", "com.fasterxml", "FAIL_ON", "ALLOW_", "START_OBJECT",
                    "VALUE_STRING", "Source:", "token")) {
                assertFalse(m.contains(internal), language + ": " + m);
            }
        }
    }

    @Test
    void malformedJson_saysWhatWasFound() {
        assertTrue(only(errors("{\"a\": 1,}")).message().endsWith("a comma stands before \"}\"; remove the last comma"));
        assertTrue(only(errors("{'a': 1}")).message().endsWith(
                "texts and field names are written in double quotes (\"), not single quotes (')"));
        assertTrue(only(errors("{\"a\": 1, \"a\": 2}")).message().endsWith(
                "the field \"a\" appears twice in the same object; keep one"));
        assertTrue(only(errors("{\"a\": NaN}")).message(Language.NL).endsWith("NaN is geen getal in JSON; geef een "
                + "getal, of laat het veld weg waar dat mag"));
    }

    @Test
    void errors_comeInTheOrderOfTheDocument() {
        // the document has currency before kind, and inputs before discounting
        String json = "{\"format\": \"sroi-model/1\", \"id\": \"x\", \"title\": \"X\", \"currency\": \"EURO\", "
                + "\"kind\": \"forcast\", \"stakeholders\": [{\"id\": \"a\", \"name\": \"A\"}], "
                + "\"inputs\": [{\"id\": \"i\", \"stakeholder\": \"b\", \"description\": \"I\", \"amounts\": 1}], "
                + "\"discounting\": {\"rate\": 2}, \"outcomes\": []}";
        List<String> pointers = errors(json).stream().map(Problem::pointer).toList();
        assertEquals(List.of("/currency", "/kind", "/inputs/0/stakeholder", "/discounting/rate", "/outcomes"),
                pointers);
        List<Problem> errors = errors(json);
        assertEquals("currency must be an ISO 4217 code of a currency with a minor unit, was \"EURO\": did you mean "
                + "\"EUR\"?", errors.get(0).message());
        assertEquals("kind must be one of \"forecast\", \"evaluation\", was \"forcast\": did you mean \"forecast\"?",
                errors.get(1).message());
    }

    @Test
    void anIdThatBreaksTheRule_getsAnExample() {
        Problem p = only(errors(Documents.set(Documents.validModel(), "/id", "\"Jongeren en Schulden\"")));
        assertEquals("id must be 1 to 64 characters of a-z, 0-9 and -, was \"Jongeren en Schulden\"; for example "
                + "\"jongeren-en-schulden\"", p.message());
    }

    @Test
    void aSingleNumber_isReportedAtTheNumber() {
        Problem p = only(errors(Documents.set(Documents.validModel(), "/outcomes/0/quantity", "-3")));
        assertEquals("/outcomes/0/quantity", p.pointer());
        assertEquals("quantity must be at least 0, was -3", p.message());
    }

    @Test
    void aScenariosDocument_readAsAModel_saysWhatItIs() {
        String scenarios = "{\"format\": \"sroi-scenarios/1\", \"model\": " + Documents.validModel()
                + ", \"scenarios\": [{\"id\": \"a\", \"title\": \"A\", \"set\": {\"/outcomes/0/deadweight\": 0.1}}]}";
        Problem p = only(errors(scenarios));
        assertEquals("/format", p.pointer());
        assertEquals(ProblemCode.UNSUPPORTED_FORMAT, p.code());
        assertTrue(p.message().startsWith("this is a sroi-scenarios/1 document, not a model: compare its scenarios "
                + "with /scenarios"), p.message());
        assertTrue(p.message(Language.NL).startsWith("dit is een sroi-scenarios/1-document, geen model"));
    }

    @Test
    void aBadPointerInAScenario_doesNotHideItsOtherMistakes() {
        String scenarios = "{\"format\": \"sroi-scenarios/1\", \"model\": " + Documents.validModel()
                + ", \"scenarios\": [{\"id\": \"A b\", \"title\": \"A\", \"set\": {\"/outcomes/9/deadweight\": 0.1, "
                + "\"/outcomes/0/attribution\": 1.5, \"/outcomes/0/dropoff\": 0.1}}]}";
        Validated<ScenarioSet> reading = ScenarioJson.read(scenarios.getBytes(StandardCharsets.UTF_8),
                ModelValidator.DEFAULT);
        List<String> found = reading.errors().stream().map(p -> p.code() + " " + p.pointer()).toList();
        assertEquals(List.of("INVALID_ID /scenarios/0/id",
                "INVALID_POINTER /scenarios/0/set/~1outcomes~19~1deadweight",
                "OUT_OF_RANGE /scenarios/0/set/~1outcomes~10~1attribution",
                "UNKNOWN_FIELD /scenarios/0/set/~1outcomes~10~1dropoff"), found);
        assertEquals("\"/outcomes/9/deadweight\" names no value of the model: /outcomes has 3 entries, numbered from 0",
                reading.errors().get(1).message());
        assertEquals("unknown field \"dropoff\" in an outcome: did you mean \"dropOff\"?",
                reading.errors().get(3).message());
    }

    @Test
    void aPointerThatLeavesTheModel_saysWhere() {
        String scenarios = "{\"format\": \"sroi-scenarios/1\", \"model\": " + Documents.validModel()
                + ", \"scenarios\": [{\"id\": \"a\", \"title\": \"A\", \"set\": {\"/outcome/0/deadweight\": 0.1}}]}";
        Validated<ScenarioSet> reading = ScenarioJson.read(scenarios.getBytes(StandardCharsets.UTF_8),
                ModelValidator.DEFAULT);
        assertEquals("\"/outcome/0/deadweight\" names no value of the model: / has no \"outcome\"; did you mean "
                + "\"outcomes\"?", only(reading.errors()).message());
    }

    @Test
    void validModels_stayValid() {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(Documents.validModel()));
        assertTrue(reading.isValid(), reading.errors().toString());
    }

    @Test
    void thousandsDotsThatAreNotJson_sayWhatWasMeant() {
        Problem p = only(errors(validWith("\"amounts\": [44000, 44000]", "\"amounts\": [1.234.567, 44000]")));
        assertEquals(ProblemCode.MALFORMED_JSON, p.code());
        assertTrue(p.message().endsWith(": 1.234.567 looks like a number with thousands dots: did you mean 1234567? "
                + "JSON has no thousands separator"), p.message());
        assertTrue(p.message(Language.NL).endsWith(": 1.234.567 lijkt een getal met duizendtalpunten: bedoelt u "
                + "1234567? JSON kent geen duizendtalscheiding"), p.message(Language.NL));
        Problem proxy = only(errors(validWith("\"value\": 1500,", "\"value\": 1.500.000,")));
        assertTrue(proxy.message().contains("did you mean 1500000?"), proxy.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"toerekening:attribution", "nuleffect:deadweight", "verplaatsing:displacement",
            "uitval:dropOff", "afname:dropOff", "Duur:duration", "aantal:quantity"})
    void aDutchTermAsAFieldName_pointsToTheField(String pair) {
        String dutch = pair.split(":")[0];
        String field = pair.split(":")[1];
        Problem p = errors(validWith("\"" + field + "\":", "\"" + dutch + "\":")).stream()
                .filter(x -> x.code() == ProblemCode.UNKNOWN_FIELD).findFirst().orElseThrow();
        assertEquals("unknown field \"" + dutch + "\" in an outcome: did you mean \"" + field + "\"?", p.message());
        assertEquals("onbekend veld \"" + dutch + "\" in een outcome: bedoelt u \"" + field + "\"?",
                p.message(Language.NL));
    }

    @Test
    void dutchTermsOfTheModel_pointToItsFields() {
        Problem p = errors(validWith("\"stakeholders\":", "\"belanghebbenden\":")).stream()
                .filter(x -> x.code() == ProblemCode.UNKNOWN_FIELD).findFirst().orElseThrow();
        assertEquals("/belanghebbenden", p.pointer());
        assertTrue(p.message().endsWith("did you mean \"stakeholders\"?"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"voorspellend:forecast", "evaluatief:evaluation"})
    void aDutchKind_pointsToItsEnglishName(String pair) {
        String dutch = pair.split(":")[0];
        Problem p = only(errors(Documents.set(Documents.validModel(), "/kind", "\"" + dutch + "\"")));
        assertEquals("/kind", p.pointer());
        assertEquals(ProblemCode.INVALID_VALUE, p.code());
        assertTrue(p.message().endsWith("was \"" + dutch + "\": did you mean \"" + pair.split(":")[1] + "\"?"),
                p.message());
    }

    @Test
    void aModelSentAsScenarios_isOneProblemThatSaysWhichDocumentIsWhich() {
        Validated<ScenarioSet> read = ScenarioJson.read(Documents.bytes(Documents.validModel()),
                ModelValidator.DEFAULT);
        Problem p = only(read.errors());
        assertEquals("/format", p.pointer());
        assertEquals(ProblemCode.UNSUPPORTED_FORMAT, p.code());
        assertTrue(p.message().startsWith("this is a sroi-model/1 document, not a scenarios document"), p.message());
        assertTrue(p.message(Language.NL).startsWith("dit is een sroi-model/1-document, geen scenariodocument"),
                p.message(Language.NL));
        // without its format too
        ObjectNode bare = Documents.validModel();
        bare.remove("format");
        assertEquals(ProblemCode.UNSUPPORTED_FORMAT,
                only(ScenarioJson.read(Documents.bytes(bare), ModelValidator.DEFAULT).errors()).code());
    }

    @Test
    void scenariosWithoutTheirFormatSentAsAModel_isOneProblem() {
        ObjectNode doc = Documents.validModel();
        ObjectNode scenarios = Documents.validModel().objectNode();
        scenarios.set("model", doc);
        scenarios.putArray("scenarios");
        Problem p = only(errors(scenarios));
        assertEquals(ProblemCode.UNSUPPORTED_FORMAT, p.code());
        assertTrue(p.message().startsWith("this is a sroi-scenarios/1 document, not a model"), p.message());
    }
}
