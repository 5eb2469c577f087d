package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.TestResources;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Validated;

/**
 * Today's result documents against the ones main gave before the result path was rewritten (issue 16; how they
 * were made: {@code src/test/resources/golden/README.md}): the same JSON documents, number for number.
 */
class GoldenResultsTest {

    static final Path MODELS = Path.of("../models");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** One golden document: what was calculated, in which language, and the file holding the answer. */
    record Case(String name, byte[] document, String scenario, Language language, Path expected) {
        @Override
        public String toString() {
            return name + " (" + language.code() + ")";
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String name : TestResources.REFERENCE_CASES) {
            add(cases, name, TestResources.bytes("reference/" + name + ".model.json"), null);
        }
        try (Stream<Path> models = Files.list(MODELS)) {
            for (Path m : models.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                add(cases, m.getFileName().toString().replace(".json", ""), Files.readAllBytes(m), null);
            }
        }
        try (Stream<Path> sets = Files.list(MODELS.resolve("scenarios"))) {
            for (Path s : sets.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(s);
                String set = s.getFileName().toString().replace(".json", "");
                for (JsonNode scenario : Jackson.reader().readTree(bytes).get("scenarios")) {
                    String id = scenario.get("id").asText();
                    add(cases, set + "." + id, bytes, id);
                }
            }
        }
        return cases;
    }

    /** English always; Dutch from its own file where it differs, else the English file. */
    private static void add(List<Case> cases, String name, byte[] document, String scenario) {
        Path en = GOLDEN.resolve(name + ".en.result.json");
        Path nl = GOLDEN.resolve(name + ".nl.result.json");
        cases.add(new Case(name, document, scenario, Language.EN, en));
        cases.add(new Case(name, document, scenario, Language.NL, Files.exists(nl) ? nl : en));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resultDocument_equalsGolden_numberForNumber(Case c) throws IOException {
        Validated<ValidModel> model = c.scenario() == null ? ModelJson.read(c.document())
                : ScenarioJson.readModel(c.document(), ModelValidator.DEFAULT, c.scenario());
        assertTrue(model.isValid(), () -> c + ": " + model.errors());
        String written = ResultJson.write(SroiCalculator.DEFAULT.calculate(model.value()), c.language());
        assertSameDocument(Jackson.reader().readTree(Files.readAllBytes(c.expected())),
                Jackson.reader().readTree(written), "");
    }

    @Test
    void everyGoldenFile_isCompared() throws IOException {
        List<Path> compared = cases().stream().map(Case::expected).distinct().sorted().toList();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertEquals(files.filter(p -> p.toString().endsWith(".result.json")).sorted().toList(), compared);
        }
    }

    @Test
    void comparison_findsAChangedCent() throws IOException {
        JsonNode a = Jackson.reader().readTree("{\"v\": [1.50, {\"w\": \"x\"}]}");
        assertSameDocument(a, Jackson.reader().readTree("{\"v\": [1.5, {\"w\": \"x\"}]}"), "");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> assertSameDocument(a, Jackson.reader().readTree("{\"v\": [1.51, {\"w\": \"x\"}]}"), ""));
        assertTrue(e.getMessage().contains("/v/0"), e.getMessage());
    }

    /** Equal trees, numbers compared as decimals (10.50 = 10.5), naming the pointer of the first difference. */
    static void assertSameDocument(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                fail(pointer + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            assertEquals(names(expected), names(actual), pointer + ": fields");
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                assertSameDocument(f.getValue(), actual.get(f.getKey()), pointer + "/" + f.getKey());
            }
        } else if (expected.isArray() && actual.isArray()) {
            assertEquals(expected.size(), actual.size(), pointer + ": length");
            for (int i = 0; i < expected.size(); i++) {
                assertSameDocument(expected.get(i), actual.get(i), pointer + "/" + i);
            }
        } else if (!expected.equals(actual)) {
            fail(pointer + ": expected " + expected + " but was " + actual);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }
}
