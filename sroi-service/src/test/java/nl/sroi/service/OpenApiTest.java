package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;

/**
 * The OpenAPI document against the service: the same routes, and what the routes answer fits the documented
 * schemas (types, required fields, no undocumented fields).
 */
class OpenApiTest {

    @TempDir
    static Path modelsDir;
    static SroiService service;
    static JsonNode doc;

    @BeforeAll
    static void setUp() throws IOException {
        Files.write(modelsDir.resolve("worked-check.json"), TestResources.bytes("reference/worked-check.model.json"));
        service = new SroiService(new ServiceConfig("127.0.0.1", 0, modelsDir, 1 << 20, 0),
                ModelCatalog.fromDirectory(modelsDir));
        doc = Jackson.reader().readTree(OpenApi.document());
    }

    @Test
    void everyRouteIsDocumented_andEveryDocumentedRouteExists() {
        Set<String> routes = new TreeSet<>();
        service.routes().forEach(r -> routes.add(r.method().name() + " " + r.path()));
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.get("paths").get(path).fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
        }
        assertEquals(routes, documented);
    }

    @Test
    void answers_fitTheDocumentedSchemas() {
        byte[] model = TestResources.bytes("reference/worked-check.model.json");
        byte[] zero = TestResources.bytes("reference/zero-inputs.model.json");
        byte[] ranged = TestResources.bytes("reference/worked-check-ranges.model.json");
        byte[] scenarios = ("{\"format\": \"sroi-scenarios/1\", \"model\": " + new String(model,
                java.nio.charset.StandardCharsets.UTF_8) + ", \"scenarios\": [{\"id\": \"a\", \"title\": \"A\", "
                + "\"set\": {\"/outcomes/0/quantity\": 4}}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JavalinTest.test(service.create(), (server, client) -> {
            MediaType json = MediaType.get("application/json");
            check(client.request("/api/v1/calculate", b -> b.post(RequestBody.create(model, json))),
                    "/api/v1/calculate", "post");
            check(client.request("/api/v1/calculate", b -> b.post(RequestBody.create(zero, json))),
                    "/api/v1/calculate", "post");
            check(client.request("/api/v1/calculate", b -> b.post(RequestBody.create("{}", json))),
                    "/api/v1/calculate", "post");
            check(client.request("/api/v1/calculate", b -> b.post(RequestBody.create("{", json))),
                    "/api/v1/calculate", "post");
            check(client.request("/api/v1/validate", b -> b.post(RequestBody.create("{}", json))),
                    "/api/v1/validate", "post");
            check(client.request("/api/v1/sensitivity", b -> b.post(RequestBody.create(ranged, json))),
                    "/api/v1/sensitivity", "post");
            check(client.request("/api/v1/simulate?iterations=500", b -> b.post(RequestBody.create(ranged, json))),
                    "/api/v1/simulate", "post");
            check(client.request("/api/v1/simulate", b -> b.post(RequestBody.create(zero, json))),
                    "/api/v1/simulate", "post");
            check(client.request("/api/v1/simulate?iterations=0", b -> b.post(RequestBody.create(ranged, json))),
                    "/api/v1/simulate", "post");
            check(client.request("/api/v1/scenarios", b -> b.post(RequestBody.create(scenarios, json))),
                    "/api/v1/scenarios", "post");
            check(client.request("/api/v1/scenarios", b -> b.post(RequestBody.create("{}", json))),
                    "/api/v1/scenarios", "post");
            String m = new String(model, java.nio.charset.StandardCharsets.UTF_8);
            byte[] bridge = ("{\"from\": " + m + ", \"to\": {\"document\": " + new String(scenarios,
                    java.nio.charset.StandardCharsets.UTF_8) + ", \"scenario\": \"a\"}}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            check(client.request("/api/v1/bridge", b -> b.post(RequestBody.create(bridge, json))),
                    "/api/v1/bridge", "post");
            byte[] currencies = ("{\"from\": " + m + ", \"to\": " + m.replace("\"EUR\"", "\"USD\"") + "}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            check(client.request("/api/v1/bridge", b -> b.post(RequestBody.create(currencies, json))),
                    "/api/v1/bridge", "post");
            check(client.request("/api/v1/business-case?for=financier", b -> b.post(RequestBody.create(model, json))),
                    "/api/v1/business-case", "post");
            check(client.request("/api/v1/business-case?for=nobody", b -> b.post(RequestBody.create(model, json))),
                    "/api/v1/business-case", "post");
            check(client.request("/api/v1/flows?scenario=a", b -> b.post(RequestBody.create(scenarios, json))),
                    "/api/v1/flows", "post");
            check(client.get("/api/v1/models/worked-check/export.xlsx"), "/api/v1/models/{id}/export.xlsx", "get");
            check(client.get("/api/v1/models/none/export.xlsx"), "/api/v1/models/{id}/export.xlsx", "get");
            check(client.get("/api/v1/models/worked-check/export.xlsx?for=financier&lang=en"),
                    "/api/v1/models/{id}/export.xlsx", "get");
            check(client.get("/api/v1/models/worked-check/export.xlsx?for=nobody"), "/api/v1/models/{id}/export.xlsx",
                    "get");
            check(client.request("/api/v1/export?scenario=a&lang=nl", b -> b.post(RequestBody.create(scenarios, json))),
                    "/api/v1/export", "post");
            check(client.request("/api/v1/export?lang=fr", b -> b.post(RequestBody.create(model, json))),
                    "/api/v1/export", "post");
            check(client.request("/api/v1/flows?lang=nl&for=financier", b -> b.post(RequestBody.create(model, json))),
                    "/api/v1/flows", "post");
            check(client.request("/api/v1/export", b -> b.post(RequestBody.create(model, json))), "/api/v1/export", "post");
            check(client.request("/api/v1/export", b -> b.post(RequestBody.create("{}", json))), "/api/v1/export", "post");
            check(client.get("/api/v1/models/worked-check/report?lang=en"), "/api/v1/models/{id}/report", "get");
            check(client.get("/api/v1/models/worked-check/report?format=pdf"), "/api/v1/models/{id}/report", "get");
            check(client.get("/api/v1/models/worked-check/report?lang=fr"), "/api/v1/models/{id}/report", "get");
            check(client.get("/api/v1/models/none/report"), "/api/v1/models/{id}/report", "get");
            check(client.request("/api/v1/report?for=financier", b -> b.post(RequestBody.create(ranged, json))),
                    "/api/v1/report", "post");
            check(client.request("/api/v1/report?scenario=a", b -> b.header("Accept", "application/pdf")
                    .post(RequestBody.create(scenarios, json))), "/api/v1/report", "post");
            check(client.request("/api/v1/report?for=nobody", b -> b.post(RequestBody.create(model, json))),
                    "/api/v1/report", "post");
            check(client.request("/api/v1/report", b -> b.post(RequestBody.create("{", json))), "/api/v1/report",
                    "post");
            check(client.get("/api/v1/models"), "/api/v1/models", "get");
            check(client.get("/api/v1/models/worked-check"), "/api/v1/models/{id}", "get");
            check(client.get("/api/v1/models/none"), "/api/v1/models/{id}", "get");
            check(client.get("/api/v1/models/worked-check/result"), "/api/v1/models/{id}/result", "get");
            check(client.get("/api/v1/proxies?q=huisarts"), "/api/v1/proxies", "get");
            check(client.get("/api/v1/proxies?domain=nope"), "/api/v1/proxies", "get");
            check(client.get("/api/v1/proxies/huisarts-consult?priceYear=2024"), "/api/v1/proxies/{id}", "get");
            check(client.get("/api/v1/proxies/huisarts-consult?priceYear=1990"), "/api/v1/proxies/{id}", "get");
            check(client.get("/api/v1/proxies/nope"), "/api/v1/proxies/{id}", "get");
            check(client.get("/api/v1/health"), "/api/v1/health", "get");
            check(client.get("/api/v1/openapi.json"), "/api/v1/openapi.json", "get");
            check(client.get("/api/v1/problems"), "/api/v1/problems", "get");
            check(client.get("/api/v1/problems", b -> b.header("Accept", "application/json")), "/api/v1/problems",
                    "get");
            check(client.get("/api/v1/problems/invalid-model"), "/api/v1/problems/{type}", "get");
            check(client.get("/api/v1/problems/invalid-model", b -> b.header("Accept", "application/json")),
                    "/api/v1/problems/{type}", "get");
            check(client.get("/api/v1/problems/nothing"), "/api/v1/problems/{type}", "get");
            check(client.get("/api/v1/health?verbose=1"), "/api/v1/health", "get");
            check(client.request("/api/v1/calculate?scenario=a", b -> b.post(RequestBody.create(scenarios, json))),
                    "/api/v1/calculate", "post");
            check(client.request("/api/v1/calculate", b -> b.post(RequestBody.create(scenarios, json))),
                    "/api/v1/calculate", "post");
            check(client.request("/api/v1/validate", b -> b.post(RequestBody.create(scenarios, json))),
                    "/api/v1/validate", "post");
            check(client.request("/api/v1/business-case", b -> b.post(RequestBody.create(model, json))),
                    "/api/v1/business-case", "post");
            check(client.request("/api/v1/health", b -> b.delete()), "/api/v1/health", "get");
            check(client.request("/api/v1/sensitivity?scenario=a",
                    b -> b.post(RequestBody.create(scenarios, json)).header("Accept-Language", "nl")),
                    "/api/v1/sensitivity", "post");
        });
    }

    @Test
    void everyRoutesQueryParameters_areDocumented() {
        for (SroiService.Route route : service.routes()) {
            JsonNode op = doc.at("/paths/" + route.path().replace("~", "~0").replace("/", "~1") + "/"
                    + route.method().name().toLowerCase(Locale.ROOT));
            Set<String> documented = new TreeSet<>();
            for (JsonNode p : op.path("parameters")) {
                JsonNode parameter = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
                if (parameter.get("in").asText().equals("query")) {
                    documented.add(parameter.get("name").asText());
                }
            }
            assertEquals(new TreeSet<>(route.parameters()), documented, route.method() + " " + route.path());
        }
    }

    @Test
    void theCodesAndTypes_areTheServicesOwn() {
        List<String> codes = new ArrayList<>();
        schema("Problem").at("/properties/code/enum").forEach(c -> codes.add(c.asText()));
        assertEquals(java.util.Arrays.stream(nl.sroi.core.validation.ProblemCode.values()).map(Enum::name).toList(),
                codes, "every code of core, in its order");
        List<String> types = new ArrayList<>();
        doc.at("/paths/~1api~1v1~1problems~1{type}/get/parameters/0/schema/enum").forEach(t -> types.add(t.asText()));
        assertEquals(ProblemPages.slugs(), types);
    }

    @Test
    void theScenariosSchema_describesTheRequest() {
        List<String> errors = new ArrayList<>();
        fit(Jackson.object().put("format", "sroi-scenarios/1"), schema("Scenarios"), "", errors);
        assertEquals(List.of(": missing model", ": missing scenarios"), errors);
    }

    @Test
    void theModelSchema_fitsTheReferenceModels() throws IOException {
        for (String name : TestResources.REFERENCE_CASES) {
            List<String> errors = new ArrayList<>();
            fit(Jackson.reader().readTree(TestResources.bytes("reference/" + name + ".model.json")),
                    schema("Model"), "", errors);
            assertEquals(List.of(), errors, name);
        }
    }

    private static void check(Response response, String path, String method) throws IOException {
        JsonNode documented = doc.at("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
                + "/responses/" + response.code());
        if (documented.has("$ref")) {
            documented = doc.at(documented.get("$ref").asText().substring(1));
        }
        assertTrue(!documented.isMissingNode(), method + " " + path + " answered " + response.code()
                + ", which is not documented");
        String type = response.header("Content-Type");
        if (response.code() == 405) {
            assertTrue(response.header("Allow") != null, "a 405 names the methods the path takes");
        }
        JsonNode media = documented.at("/content/" + type.replace("/", "~1"));
        if (media.isMissingNode() && type.startsWith("text/html")) {
            media = documented.at("/content/text~1html"); // the server writes "text/html;charset=utf-8"
        }
        assertTrue(!media.isMissingNode(), method + " " + path + " answered " + type + ", not documented");
        List<String> errors = new ArrayList<>();
        String body = response.body().string();
        if (type.startsWith("text/csv")) {
            String csv = body.startsWith("\uFEFF") ? body.substring(1) : body; // the Dutch variant's byte order mark
            assertTrue(csv.startsWith("stakeholder,") || csv.startsWith("scenario,scenarioTitle,stakeholder,")
                    || csv.startsWith("partij;"), body);
            return;
        }
        if (type.startsWith("text/html")) {
            assertTrue(body.startsWith("<!DOCTYPE html>"), "a report or a problem type's page is an HTML page");
            return;
        }
        if (type.equals("application/pdf")) {
            assertTrue(body.startsWith("%PDF-"), "a PDF report starts with its header");
            return;
        }
        if (type.equals(SroiService.XLSX)) {
            assertTrue(body.startsWith("PK"), "a workbook is a zip file");
            return;
        }
        fit(Jackson.reader().readTree(body), media.get("schema"), "", errors);
        assertEquals(List.of(), errors, method + " " + path + " " + response.code());
    }

    private static JsonNode schema(String name) {
        return doc.at("/components/schemas/" + name);
    }

    /** A small JSON Schema check: $ref, type (with null), properties, required, additionalProperties, items, enum. */
    private static void fit(JsonNode value, JsonNode schema, String at, List<String> errors) {
        if (schema.has("$ref")) {
            fit(value, doc.at(schema.get("$ref").asText().substring(1)), at, errors);
            return;
        }
        if (schema.has("oneOf")) {
            int fitting = 0;
            for (JsonNode alternative : schema.get("oneOf")) {
                List<String> local = new ArrayList<>();
                fit(value, alternative, at, local);
                fitting += local.isEmpty() ? 1 : 0;
            }
            if (fitting != 1) {
                errors.add(at + ": fits " + fitting + " of the oneOf alternatives");
            }
            return;
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(t -> types.add(t.asText()));
            } else {
                types.add(schema.get("type").asText());
            }
            if (types.stream().noneMatch(t -> is(value, t))) {
                errors.add(at + ": " + value.getNodeType() + " is not " + types);
                return;
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) {
                listed |= e.equals(value) || (e.isNumber() && value.isNumber() && e.asDouble() == value.asDouble());
            }
            if (!listed) {
                errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    errors.add(at + ": missing " + r.asText());
                }
            });
            value.fields().forEachRemaining(f -> {
                if (properties.has(f.getKey())) {
                    fit(f.getValue(), properties.get(f.getKey()), at + "/" + f.getKey(), errors);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    errors.add(at + ": undocumented field " + f.getKey());
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                fit(value.get(i), schema.get("items"), at + "/" + i, errors);
            }
        }
    }

    private static boolean is(JsonNode v, String type) {
        switch (type) {
            case "object": return v.isObject();
            case "array": return v.isArray();
            case "string": return v.isTextual();
            case "number": return v.isNumber();
            case "integer": return v.isIntegralNumber();
            case "boolean": return v.isBoolean();
            case "null": return v.isNull();
            default:
                fail("unknown schema type " + type);
                return false;
        }
    }
}
