package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.Documents;
import nl.sroi.core.RandomModels;
import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidationRulesTest;

/**
 * The Model schema of openapi.json, checked by a JSON Schema validator (networknt, the OpenAPI 3.1 dialect), agrees
 * with the service: every invalid-model case of the project is sent to both. Where the rule is one a schema can
 * express (types, required fields, unknown fields, enums, patterns, lengths, ranges, list sizes), both reject the
 * document at the same pointer; where it is not (references between ids, unique ids, shares adding up to 1, a range
 * holding its point value, ISO currencies, numbers a double cannot hold), the schema accepts the document and only
 * the service refuses it. Every valid model, reference, bundled and random, passes both. So a client generated
 * from the description rejects what the service rejects, as far as a schema can say.
 */
class OpenApiSchemaAgreementTest {

    /** Codes of rules a JSON Schema states: a document that breaks one is refused by the schema at the pointer. */
    static final Set<ProblemCode> EXPRESSIBLE = Set.of(ProblemCode.WRONG_TYPE, ProblemCode.UNKNOWN_FIELD,
            ProblemCode.REQUIRED, ProblemCode.UNSUPPORTED_FORMAT, ProblemCode.INVALID_ID, ProblemCode.EMPTY,
            ProblemCode.INVALID_VALUE, ProblemCode.OUT_OF_RANGE, ProblemCode.NOT_WHOLE, ProblemCode.LIMIT_EXCEEDED);

    static Schema schema;
    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void schemaAndService(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        ObjectNode openapi = (ObjectNode) Jackson.reader().readTree(OpenApi.document());
        openapi.put("$ref", "#/components/schemas/Model");
        schema = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31()).getSchema(openapi);
        Files.write(dir.resolve("worked-check.json"), TestResources.bytes("reference/worked-check.model.json"));
        app = new SroiService(new ServiceConfig("127.0.0.1", 0, dir, 1 << 20, 0), ModelCatalog.fromDirectory(dir))
                .create().start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /** The schema's errors as service-style pointers: the value's own, or the missing or unknown field's. */
    static Set<String> schemaPointers(JsonNode document) {
        Set<String> pointers = new TreeSet<>();
        for (Error e : schema.validate(document)) {
            StringBuilder p = new StringBuilder();
            var at = e.getInstanceLocation();
            for (int i = 0; i < at.getNameCount(); i++) {
                p.append('/').append(at.getElement(i).toString().replace("~", "~0").replace("/", "~1"));
            }
            if (e.getProperty() != null && Set.of("required", "additionalProperties").contains(e.getKeyword())) {
                p.append('/').append(e.getProperty().replace("~", "~0").replace("/", "~1"));
            }
            pointers.add(p.toString());
        }
        return pointers;
    }

    /** What the service says of the document: POST /api/v1/validate. */
    static JsonNode service(JsonNode document) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/api/v1/validate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Documents.bytes(document))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Jackson.reader().readTree(response.body());
    }

    /** The project's invalid-model cases, and cases for the rules of the schema they do not reach. */
    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>(ValidationRulesTest.rules().toList());
        all.add(Arguments.of("/stakeholders", ProblemCode.LIMIT_EXCEEDED, (UnaryOperator<ObjectNode>) d -> {
            var list = d.putArray("stakeholders");
            for (int i = 0; i < 101; i++) {
                list.addObject().put("id", "s" + i).put("name", "S" + i);
            }
            list.addObject().put("id", "jongeren").put("name", "Jongeren");
            list.addObject().put("id", "gemeente").put("name", "Gemeente");
            return d;
        }));
        all.add(Arguments.of("/inputs/0/amounts/0", ProblemCode.LIMIT_EXCEEDED,
                (UnaryOperator<ObjectNode>) d -> Documents.set(d, "/inputs/0/amounts/0", "2e12")));
        all.add(Arguments.of("/outcomes/0/proxy/value", ProblemCode.LIMIT_EXCEEDED,
                (UnaryOperator<ObjectNode>) d -> Documents.set(d, "/outcomes/0/proxy/value", "-2e12")));
        all.add(Arguments.of("/outcomes/0/quantity", ProblemCode.OUT_OF_RANGE,
                (UnaryOperator<ObjectNode>) d -> Documents.set(d, "/outcomes/0/quantity", "-3")));
        all.add(Arguments.of("/outcomes/0/deadweight", ProblemCode.OUT_OF_RANGE,
                (UnaryOperator<ObjectNode>) d -> Documents.set(d, "/outcomes/0/deadweight", "20")));
        all.add(Arguments.of("/currency", ProblemCode.UNKNOWN_CURRENCY,
                (UnaryOperator<ObjectNode>) d -> Documents.set(d, "/currency", "\"eur\"")));
        all.add(Arguments.of("/stakeholders/0/id", ProblemCode.INVALID_ID,
                (UnaryOperator<ObjectNode>) d -> Documents.set(d, "/stakeholders/0/id", "\"Jongeren\"")));
        all.add(Arguments.of("/outcomes/0/ranges/proxy/low", ProblemCode.LIMIT_EXCEEDED,
                (UnaryOperator<ObjectNode>) d -> Documents.set(d, "/outcomes/0/ranges/proxy",
                        "{\"low\": -5e12, \"high\": 1e3}")));
        all.add(Arguments.of("/outcomes/0/dropOffMode", ProblemCode.WRONG_TYPE,
                (UnaryOperator<ObjectNode>) d -> Documents.set(d, "/outcomes/0/dropOffMode", "null")));
        return all.stream();
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("cases")
    void theSchemaAndTheService_agree(String pointer, ProblemCode code, UnaryOperator<ObjectNode> breakIt)
            throws Exception {
        JsonNode document = breakIt.apply(Documents.validModel());
        JsonNode answer = service(document);
        assertFalse(answer.get("valid").asBoolean(), "the service refuses it");
        List<String> servicePointers = new ArrayList<>();
        answer.get("errors").forEach(e -> servicePointers.add(e.get("pointer").asText()));
        assertTrue(servicePointers.contains(pointer), servicePointers.toString());
        Set<String> schemaPointers = schemaPointers(document);
        if (EXPRESSIBLE.contains(code)) {
            assertTrue(schemaPointers.contains(pointer),
                    code + " at " + pointer + ": the schema must refuse it there, it says " + schemaPointers);
        } else if (code == ProblemCode.UNKNOWN_CURRENCY || code == ProblemCode.NUMBER_NOT_REPRESENTABLE) {
            // a pattern catches "EURO" and "eur" but not "XAU"; a maximum catches 1e400 but not 1e-400
            assertTrue(schemaPointers.isEmpty() || schemaPointers.equals(Set.of(pointer)), schemaPointers.toString());
        } else {
            assertEquals(Set.of(), schemaPointers, code + " is a rule no schema states; the schema accepts the "
                    + "document and only the service refuses it");
        }
        // never a schema error where the service has none
        assertTrue(servicePointers.containsAll(schemaPointers),
                "schema " + schemaPointers + " against service " + servicePointers);
    }

    @Test
    void everyValidModel_passesTheSchema() throws IOException {
        List<JsonNode> valid = new ArrayList<>();
        valid.add(Documents.validModel());
        for (String name : TestResources.REFERENCE_CASES) {
            valid.add(Jackson.reader().readTree(TestResources.bytes("reference/" + name + ".model.json")));
        }
        try (Stream<Path> files = Files.list(Path.of("..", "models"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                valid.add(Jackson.reader().readTree(Files.readAllBytes(f)));
            }
        }
        RandomModels.seeds().limit(100).forEach(seed -> valid.add(nl.sroi.core.Documents.parse(ModelJson.write(RandomModels.generate(seed, false)))));
        assertTrue(valid.size() > 100);
        for (JsonNode model : valid) {
            assertEquals(Set.of(), schemaPointers(model), model.path("id").asText());
        }
    }
}
