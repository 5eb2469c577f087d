package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.sroi.core.RandomModels;
import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.jackson.MalformedJsonException;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.Validated;

/**
 * The streaming reader ({@link ModelJson}) answers every document exactly as the tree-walking reader it replaced
 * ({@link OracleModelJson}, kept in test scope as the oracle): the same failure, the same problems in the same order
 * (pointer, code, line, column, message and its values, the sentence in English and Dutch), or an equal model.
 *
 * <p>The documents are seeded random corruptions of the bundled analyses, the reference cases, the rule tests' valid
 * model and random valid models: values of the wrong type, unknown and misspelt fields, removed and added fields,
 * shuffled members, repeated keys, numbers a double cannot hold or BigDecimal cannot read, deep nesting, the fields
 * of section 11 with good and bad values, then bytes cut, dropped, added or changed. Each document is also read from
 * its tree (as a scenario's model is), where it parses.
 */
class StreamingReaderDifferentialTest {

    private static final int DOCUMENTS_PER_SEED = 25;
    private static final ModelValidator VALIDATOR = ModelValidator.DEFAULT;
    private static final List<JsonNode> BASES = bases();

    /** Field names of the format, wherever they stand: added to any object, they are known in some and not others. */
    private static final String[] KNOWN = {"format", "id", "title", "description", "kind", "currency", "priceYear",
        "firstYear", "horizonYears", "discounting", "stakeholders", "inputs", "outcomes", "ranges", "priceIndex", "rate",
        "firstPeriod", "name", "stakeholder", "inKind", "amounts", "source", "basis", "indicator", "valueTo",
        "quantity", "quantityBasis", "proxy", "duration", "startOffset", "deadweight", "displacement", "attribution",
        "dropOff", "dropOffMode", "dropOffFrom", "alreadyNet", "transfer", "share", "value", "unit", "ref", "values",
        "low", "high", "distribution"};
    private static final String[] UNKNOWN = {"bogus", "dropoff", "Duration", "valueto", "deadWeight", "atribution",
        "proxi", "", "a/b", "x~y", "2020", "0999", "abc", "é", "stakeholdres", "priceindex", "durration"};
    /** Values written as they stand in the document, some of which a tree cannot hold (nor, then, a reader). */
    private static final String[] VALUES = {"null", "true", "false", "0", "-0", "1", "-1", "0.5", "2.5", "0.0",
        "3.0", "2024", "2024.0", "1.50", "1E+2", "1e3", "100", "51.5", "-0.25", "1.5", "3000000000",
        "12345678901234567890123", "1e400", "-1e400", "1e-400", "0e-1000000000", "1e-2147483647", "1e+1000000000",
        "0." + "0".repeat(250) + "123456789012345678901", "1e-2147483648", "1e2147483648", "9".repeat(1001),
        "\"\"", "\"x\"", "\"42\"", "\"0,2\"", "\"20%\"", "\" 12.5 \"", "\"1e3\"", "\"abc\"", "\"firstYear\"",
        "\"secondYear\"", "\"firstyear\"", "\"geometric\"", "\"linear\"", "\"discounted\"", "\"forecast\"",
        "\"evaluation\"", "\"measured\"", "\"published\"", "\"assumption\"", "\"estimate\"", "\"pert\"",
        "\"triangular\"", "\"uniform\"", "\"EUR\"", "\"USD\"", "\"sroi-model/1\"", "\"sroi-scenarios/1\"",
        "\"cbs-cpi\"", "\"cbs\"", "\"huisarts-consult\"", "\"" + "x".repeat(300) + "\"", "\"a/b~c\"",
        "\"s0\"", "\"deelnemers\"", "\"gemeente\"", "[]", "{}", "[1,2]", "[1,\"2\"]", "[null]", "[[1]]",
        "{\"a\":1}", "{\"low\":0.1,\"high\":0.2}", "{\"low\":0.1,\"high\":0.2,\"distribution\":\"pert\"}",
        "{\"stakeholder\":\"s0\",\"share\":1}", "{\"value\":10,\"unit\":\"u\",\"source\":\"s\"}",
        "{\"name\":\"Eigen\",\"source\":\"CBS\",\"values\":{\"2020\":100,\"2024\":110}}",
        "{\"name\":\"Eigen\",\"source\":\"CBS\",\"values\":{\"0999\":100,\"abc\":1,\"2024\":\"x\"}}",
        "{\"name\":1,\"values\":[]}", "{\"source\":\"CBS\",\"bogus\":1,\"values\":{\"2024\":-1,\"2025\":1e999}}",
        "{\"rate\":{\"low\":0.01,\"high\":0.05},\"inputs\":{\"low\":0.9,\"high\":1.1}}",
        // not JSON: the whole document is malformed
        "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "0,2", "'x'", "tru", "nul", "[1,]", "{\"a\":1,}",
        "{\"a\" 1}", "/* c */ 1", "\"bad \\q escape\"", "\"ctl \u0001 char\"", "{\"dup\":1,\"dup\":2}",
        "{\"dup\":{},\"dup\":1}", "{\"a\":{\"b\":1,\"b\":[1,2]}}", "[" + "[".repeat(70) + "]".repeat(70) + "]",
        "{\"" + "n".repeat(300) + "\":1}", "[1 2]", "{\"a\":1 \"b\":2}"};
    /** Bytes put into a document's text. */
    private static final byte[] BYTES = "{}[],:\"0-e.\\x \n\t/*'".getBytes(StandardCharsets.US_ASCII);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 240);
    }

    @Test
    void everyBase_readsTheSame_andValid() {
        for (JsonNode base : BASES) {
            byte[] doc = Json.pretty(base).getBytes(StandardCharsets.UTF_8);
            assertTrue(ModelJson.read(doc).isValid(), () -> ModelJson.read(doc).errors().toString());
            assertSameOutcome(doc, () -> base.path("id").asText());
        }
    }

    /** Documents that are no model at all, or hardly JSON. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\uFEFF", "null", "null x", "1 2", "\"s\" {}", "[1,2]", "[1,2] 3", "[1,2] x",
        "{} {}", "{}", "{} ", "{\"a\":1,\"a\":2}", "{\"a\":{},\"a\":1}", "1e-2147483648", "[1e-2147483648]", "\"x",
        "{\"format\":\"sroi-scenarios/1\",\"bogus\":1}", "{\"format\":\"sroi-scenarios/1\"} 1", "true", "-0",
        "{\"priceIndex\":{\"values\":{\"2020\":1,\"2020\":2}}}", "{\"outcomes\":[{\"quantity\":-3}]}"})
    void aDocumentThatIsNoModel_isAnsweredAsTheTreeReaderAnsweredIt(String json) {
        assertSameOutcome(json.getBytes(StandardCharsets.UTF_8), () -> json);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCorruptedDocument_isAnsweredAsTheTreeReaderAnsweredIt(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < DOCUMENTS_PER_SEED; i++) {
            byte[] doc = corrupt(rnd);
            int n = i;
            assertSameOutcome(doc, () -> "seed " + seed + ", document " + n + ": "
                    + cut(new String(doc, StandardCharsets.UTF_8)));
        }
    }

    /** Both readers' outcomes for the bytes, and (where the bytes parse) for their tree. */
    private static void assertSameOutcome(byte[] doc, Supplier<String> what) {
        assertSame(OracleModelJson.read(doc, VALIDATOR), ModelJson.read(doc, VALIDATOR), what);
        JsonNode tree;
        try {
            tree = ModelJson.parse(doc);
        } catch (MalformedJsonException e) {
            return;
        }
        assertSame(OracleModelJson.read(tree, VALIDATOR), ModelJson.read(tree, VALIDATOR),
                () -> "from the tree: " + what.get());
    }

    private static void assertSame(Validated<ValidModel> expected, Validated<ValidModel> actual,
                                   Supplier<String> what) {
        assertEquals(expected.failure(), actual.failure(), what);
        assertEquals(expected.errors(), actual.errors(), what);
        assertEquals(sentences(expected.errors(), Language.EN), sentences(actual.errors(), Language.EN), what);
        assertEquals(sentences(expected.errors(), Language.NL), sentences(actual.errors(), Language.NL), what);
        if (expected.isValid()) {
            assertEquals(expected.value().model(), actual.value().model(), what);
        }
    }

    private static List<String> sentences(List<Problem> problems, Language language) {
        return problems.stream().map(p -> p.message(language)).toList();
    }

    // ------------------------------------------------------------------------------------------- corruptions

    /** One corrupted document: a base, changed in its structure, written, then perhaps changed in its bytes. */
    private static byte[] corrupt(Random rnd) {
        JsonNode doc = rnd.nextInt(5) == 0
                ? ModelJson.tree(RandomModels.generate(1 + rnd.nextInt(300), rnd.nextBoolean()))
                : BASES.get(rnd.nextInt(BASES.size())).deepCopy();
        List<String> raw = new ArrayList<>();
        int changes = rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(3);
        for (int i = 0; i < changes; i++) {
            change((ObjectNode) doc, rnd, raw);
        }
        String text = rnd.nextBoolean() ? Json.pretty(doc) : doc.toString();
        for (int i = 0; i < raw.size(); i++) {
            text = text.replace("\"@@" + i + "@@\"", raw.get(i));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return rnd.nextInt(4) == 0 ? changeBytes(bytes, rnd) : bytes;
    }

    /**
     * One change of the tree. What the tree cannot hold (a number BigDecimal cannot read, a repeated key) stands in
     * it as a marker {@code "@@n@@"} for the n-th raw text, put in its place once the tree is written.
     */
    private static void change(ObjectNode doc, Random rnd, List<String> raw) {
        List<String> pointers = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        collect(doc, "", pointers, objects);
        String target = pointers.get(rnd.nextInt(pointers.size()));
        String object = objects.get(rnd.nextInt(objects.size()));
        switch (rnd.nextInt(10)) {
            case 0, 1 -> replace(doc, target, marker(raw, pick(rnd, VALUES)));
            case 2 -> {
                if (!target.isEmpty()) {
                    remove(doc, target);
                }
            }
            case 3 -> ((ObjectNode) doc.at(object)).set(pick(rnd, UNKNOWN), marker(raw, pick(rnd, VALUES)));
            case 4 -> ((ObjectNode) doc.at(object)).set(pick(rnd, KNOWN), marker(raw, pick(rnd, VALUES)));
            case 5 -> reorder((ObjectNode) doc.at(object), rnd, null, null);
            case 6 -> {
                // the same key twice, with a value of its own or the same one
                ObjectNode o = (ObjectNode) doc.at(object);
                if (!o.isEmpty()) {
                    List<String> names = new ArrayList<>();
                    o.fieldNames().forEachRemaining(names::add);
                    String name = names.get(rnd.nextInt(names.size()));
                    String again = "@@" + raw.size() + "@@";
                    raw.add(Json.NODES.textNode(name).toString());
                    reorder(o, rnd, again, rnd.nextBoolean() ? o.get(name).deepCopy()
                            : marker(raw, pick(rnd, VALUES)));
                }
            }
            case 7 -> section11(doc, rnd, raw);
            case 8 -> {
                JsonNode value = doc.at(target);
                if (value.isArray() && !value.isEmpty()) {
                    ((ArrayNode) value).insert(rnd.nextInt(value.size()), value.get(rnd.nextInt(value.size())).deepCopy());
                } else if (!target.isEmpty()) {
                    replace(doc, target, rnd.nextBoolean() ? Json.NODES.arrayNode().add(value.deepCopy())
                            : Json.NODES.objectNode().set("x", value.deepCopy()));
                }
            }
            default -> {
                int depth = 55 + rnd.nextInt(12);
                String open = rnd.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                replace(doc, target, marker(raw, open.repeat(depth) + "1" + close.repeat(depth)));
            }
        }
    }

    /** The fields of section 11, good and bad, on an outcome, an input, a proxy or the model. */
    private static void section11(ObjectNode doc, Random rnd, List<String> raw) {
        String[][] fields = {
            {"/outcomes/%d", "duration", "2.5", "0.5", "\"2,5\"", "51.5", "1e-400", "2.50"},
            {"/outcomes/%d", "dropOffFrom", "\"firstYear\"", "\"secondYear\"", "\"firstyear\"", "1", "null"},
            {"/outcomes/%d", "alreadyNet", "true", "false", "\"true\"", "1"},
            {"/outcomes/%d", "transfer", "true", "false", "\"ja\"", "[]"},
            {"/outcomes/%d", "quantityBasis", "\"measured\"", "\"published\"", "\"assumption\"", "\"guess\"", "2"},
            {"/outcomes/%d/proxy", "basis", "\"measured\"", "\"assumed\"", "{}"},
            {"/outcomes/%d/proxy", "ref", "\"huisarts-consult\"", "\"bogus-ref\"", "7", "\"\""},
            {"/outcomes/%d/proxy", "priceYear", "2019", "1999", "2030", "2024.5", "\"2024\""},
            {"/inputs/%d", "source", "\"Begroting 2024\"", "42", "null"},
            {"/inputs/%d", "basis", "\"published\"", "\"Published\"", "false"},
            {"", "priceIndex", "\"cbs-cpi\"", "\"cbs\"", "\"CBS-CPI\"", "12",
                "{\"name\":\"Eigen\",\"source\":\"CBS\",\"values\":{\"2020\":100,\"2024\":110.5}}",
                "{\"name\":\"Eigen\",\"values\":{\"2020\":0}}", "{\"values\":{\"20201\":1,\"x\":2}}",
                "{\"name\":\"E\",\"source\":\"S\",\"values\":{\"2020\":\"100\",\"2021\":null}}"},
            {"", "priceYear", "2019", "2004", "1990", "2026"},
        };
        String[] field = fields[rnd.nextInt(fields.length)];
        int count = field[0].startsWith("/outcomes") ? doc.path("outcomes").size() : doc.path("inputs").size();
        JsonNode at = doc.at(String.format(field[0], rnd.nextInt(Math.max(1, count))));
        if (at.isObject()) {
            ((ObjectNode) at).set(field[1], marker(raw, field[2 + rnd.nextInt(field.length - 2)]));
        }
    }

    private static JsonNode marker(List<String> raw, String json) {
        raw.add(json);
        return Json.NODES.textNode("@@" + (raw.size() - 1) + "@@");
    }

    /** The object's members in a random order, with {@code extra} (if any) among them. */
    private static void reorder(ObjectNode o, Random rnd, String extra, JsonNode extraValue) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        o.fields().forEachRemaining(members::add);
        if (extra != null) {
            members.add(rnd.nextInt(members.size() + 1), Map.entry(extra, extraValue));
        } else {
            java.util.Collections.shuffle(members, rnd);
        }
        ObjectNode copy = Json.NODES.objectNode();
        members.forEach(e -> copy.set(e.getKey(), e.getValue()));
        o.removeAll();
        o.setAll(copy);
    }

    private static void replace(ObjectNode doc, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return;
        }
        JsonNode parent = doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
        String last = unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static void remove(ObjectNode doc, String pointer) {
        JsonNode parent = doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
        String last = unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (parent.isArray()) {
            ((ArrayNode) parent).remove(Integer.parseInt(last));
        } else {
            ((ObjectNode) parent).remove(last);
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Every pointer of the document, the root's ({@code ""}) first, and those of its objects. */
    private static void collect(JsonNode node, String pointer, List<String> all, List<String> objects) {
        all.add(pointer);
        if (node.isObject()) {
            objects.add(pointer);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), all, objects);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, all, objects);
            }
        }
    }

    /** Bytes cut, dropped, added, changed, swapped or appended; a decimal point made a comma; a byte order mark. */
    private static byte[] changeBytes(byte[] doc, Random rnd) {
        int at = rnd.nextInt(doc.length);
        return switch (rnd.nextInt(8)) {
            case 0 -> java.util.Arrays.copyOf(doc, at);
            case 1 -> join(java.util.Arrays.copyOf(doc, at), java.util.Arrays.copyOfRange(doc, at + 1, doc.length));
            case 2 -> join(java.util.Arrays.copyOf(doc, at), new byte[] {anyByte(rnd)},
                    java.util.Arrays.copyOfRange(doc, at, doc.length));
            case 3 -> {
                byte[] changed = doc.clone();
                changed[at] = anyByte(rnd);
                yield changed;
            }
            case 4 -> {
                byte[] swapped = doc.clone();
                int next = Math.min(at + 1, doc.length - 1);
                swapped[at] = doc[next];
                swapped[next] = doc[at];
                yield swapped;
            }
            case 5 -> join(doc, pick(rnd, new String[] {"x", " {}", " 1", "]", "}", "\n\n", " null", ","})
                    .getBytes(StandardCharsets.UTF_8));
            case 6 -> {
                String text = new String(doc, StandardCharsets.UTF_8);
                yield text.replaceFirst("([0-9])\\.([0-9])", "$1,$2").getBytes(StandardCharsets.UTF_8);
            }
            default -> join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, doc);
        };
    }

    private static byte anyByte(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> (byte) (0x80 + rnd.nextInt(0x80)); // not UTF-8 on its own
            case 1 -> (byte) rnd.nextInt(0x20); // a control character
            default -> BYTES[rnd.nextInt(BYTES.length)];
        };
    }

    private static byte[] join(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private static String cut(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "…";
    }

    /** The bundled analyses, the reference cases' models and the rule tests' valid model, as trees. */
    private static List<JsonNode> bases() {
        List<JsonNode> bases = new ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of(StreamingReaderDifferentialTest.class
                .getResource("/models").toURI()))) {
            for (Path model : models.sorted().toList()) {
                bases.add(Jackson.reader().readTree(Files.readAllBytes(model)));
            }
            for (String name : TestResources.REFERENCE_CASES) {
                bases.add(Jackson.reader().readTree(TestResources.bytes("reference/" + name + ".model.json")));
            }
            bases.add(Jackson.reader().readTree(TestResources.bytes("valid-model.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return bases;
    }
}
