package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import nl.sroi.core.jackson.Jackson;

/**
 * A hostile client, seeded: thousands of requests against the in-process server, made of the bundled models
 * mutated (extreme numbers, long texts, wrong types, huge arrays, deep nesting, broken bytes, missing or wrong
 * content types) on every route, and raw HTTP faults (broken framing, short bodies, bad escapes, long URIs and
 * headers, unknown versions). Every answer must be a 4xx or 2xx (505 only for an HTTP version the server does not
 * speak), every error an {@code application/problem+json} document with its status, the server must still
 * answer its health, and a valid request interleaved must give byte-identical output every time.
 *
 * <p>Issue 10: 310 of 10,000 such requests once got a 5xx, and some took the process down.
 */
class HostileClientsTest {

    static final long SEED = 20_261_123L;
    static final int REQUESTS = 3000;
    static final String JSON = "application/json";
    static final String[] MODELS = {"jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg"};
    static final String[] HOSTILE_NUMBERS = {"1e-1000000000", "1e-2147483647", "1e-2147483648", "1e2147483648",
        "1e400", "-1e400", "0e-999999999", "1e-20000000", "-0", "1e-400", "4.9e-325", "99999999999999999999999",
        "123456789012345678901234567890.123456789", "0.1e1", "3.0", "1E+2", "2147483648", "-2147483649", "1e12",
        "1000000000001", "0.000000000000000000000000000000000000000000000000000000000001"};

    /** Raw requests that no client library would send; {@code %d} is replaced by the port where needed. */
    static final String[] RAW_FAULTS = {
        "GET /api/v1/health HTTP/1.2\r\nHost: x\r\n\r\n",
        "GET /api/v1/health HTTP/9.9\r\nHost: x\r\n\r\n",
        "GET /api/v1/health FOO/1.1\r\nHost: x\r\n\r\n",
        "\u0000\u0001\u0002 hello\r\n\r\n",
        "GET /api/v1/health HTTP/1.1\r\n\r\n",
        "GET /api/v1/models/%u002e HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/models/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/models/%2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/models/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/models/%c3%28 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/models/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/health?a=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "POST /api/v1/simulate?iterations=%zz HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{\"a\":\r\n",
        "POST /api/v1/sensitivity HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nffffffffffffffffff\r\nabc\r\n0\r\n\r\n",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000\r\nConnection: close\r\n\r\n{\"format\":",
        "POST /api/v1/simulate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 99999999999999999999\r\nConnection: close\r\n\r\n{}",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: -1\r\nConnection: close\r\n\r\n{}",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{}",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}",
        "POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: \u0001\u0002\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}",
        "BREW /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "DELETE /api/v1/models HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-A: " + "a".repeat(20_000) + "\r\n\r\n",
        "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
        "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n X-Folded: continued\r\n\r\n",
        "GET  /api/v1/health  HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/health\r\n\r\n",
    };

    static byte[] resource(String path) {
        try (InputStream in = HostileClientsTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSeededHostileClient_getsOnlyProblemDocuments_andTheServiceStaysWhole() throws Exception {
        // a generous deadline and a small budget: priced work is short even on a busy machine, so a 503 would be
        // a fault of the service, not of the machine
        WorkLimits limits = new WorkLimits(300_000_000L, 60_000, 2, 8, 64 * 1024);
        Javalin app = new SroiService(new ServiceConfig("127.0.0.1", 0, null, ServiceConfig.DEFAULT_MAX_BODY_BYTES,
                0, ServiceConfig.DEFAULT_LANGUAGE, limits), ModelCatalog.bundled()).create().start("127.0.0.1", 0);
        try {
            run(app.port());
        } finally {
            app.stop();
        }
    }

    private void run(int port) throws IOException {
        Random random = new Random(SEED);
        List<JsonNode> models = new ArrayList<>();
        for (String name : MODELS) {
            models.add(Jackson.reader().readTree(resource("/models/" + name + ".json")));
        }
        byte[] valid = resource("/models/jongeren-en-schulden.json");
        byte[] expected = exchange(port, RawHttp.request("POST", "/api/v1/calculate", JSON, valid), false).body();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int n = 0; n < REQUESTS; n++) {
            boolean raw = random.nextInt(10) == 0;
            byte[] request = raw ? rawFault(random) : mutatedRequest(random, models);
            RawHttp.Answer answer = exchange(port, request, raw, n);
            statuses.merge(answer.status(), 1, Integer::sum);
            if (n % 50 == 0) {
                RawHttp.Answer health = exchange(port, RawHttp.request("GET", "/api/v1/health", null, null), false);
                assertEquals(200, health.status(), "health after request " + n);
                RawHttp.Answer again = exchange(port, RawHttp.request("POST", "/api/v1/calculate", JSON, valid),
                        false);
                assertArrayEquals(expected, again.body(), "the valid calculation after request " + n);
            }
        }
        // the mix reached the routes' refusals, not only the reader's
        assertTrue(statuses.getOrDefault(200, 0) > 100, statuses.toString());
        assertTrue(statuses.getOrDefault(400, 0) > 100, statuses.toString());
        assertTrue(statuses.getOrDefault(422, 0) > 100, statuses.toString());
        assertTrue(statuses.getOrDefault(415, 0) > 10, statuses.toString());
    }

    /** Sends and checks the answer's class: never a 5xx (505 for an unknown version), errors as problems. */
    private static RawHttp.Answer exchange(int port, byte[] request, boolean halfClose, int n) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(port, request, halfClose, 30_000);
        String what = "request " + n + ": " + new String(request, 0, Math.min(300, request.length),
                StandardCharsets.ISO_8859_1) + "\n→ " + answer.status() + " " + answer.text();
        if (answer.status() >= 500 && answer.status() != 505) {
            fail("a 5xx: " + what);
        }
        if (answer.status() >= 400) {
            assertEquals("application/problem+json", answer.header("Content-Type"), what);
            JsonNode problem = Jackson.reader().readTree(answer.body());
            assertEquals(answer.status(), problem.get("status").asInt(), what);
            assertTrue(answer.body().length < 100 * 1024, "a long problem document: " + what);
        }
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), what);
        return answer;
    }

    private static RawHttp.Answer exchange(int port, byte[] request, boolean halfClose) throws IOException {
        return exchange(port, request, halfClose, -1);
    }

    private static byte[] rawFault(Random random) {
        return RAW_FAULTS[random.nextInt(RAW_FAULTS.length)].getBytes(StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------------------------------ mutations

    private static byte[] mutatedRequest(Random random, List<JsonNode> models) {
        JsonNode model = models.get(random.nextInt(models.size())).deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutateTree(random, model);
        }
        String route = route(random);
        JsonNode document = route.startsWith("/api/v1/scenarios") || random.nextInt(20) == 0
                ? scenarios(random, model) : model;
        byte[] body = document.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0) {
            body = mutateBytes(random, body);
        }
        if (route.startsWith("GET ")) {
            return RawHttp.request("GET", route.substring(4), null, null);
        }
        return RawHttp.request("POST", route, contentType(random), body);
    }

    private static String route(Random random) {
        int r = random.nextInt(100);
        if (r < 28) {
            return "/api/v1/calculate";
        }
        if (r < 40) {
            return "/api/v1/validate";
        }
        if (r < 50) {
            return "/api/v1/sensitivity";
        }
        if (r < 62) {
            return "/api/v1/simulate" + query(random, "iterations", new String[] {"10", "500", "1000", "0", "-1",
                "1000001", "1e3", "\uff11\uff10", "٣", "9".repeat(30), "0x10", " 5", "", "+7", "abc"}, "seed",
                new String[] {"1", "-9223372036854775808", "9223372036854775808", "x", ""});
        }
        if (r < 70) {
            return "/api/v1/scenarios";
        }
        if (r < 80) {
            return "/api/v1/business-case" + query(random, "for", new String[] {"jongeren", "gemeenten", "x", "",
                "a".repeat(3000), "\u0000", "\u202e"}, "scenario", new String[] {"a", "", "s0"});
        }
        if (r < 86) {
            return "/api/v1/flows" + query(random, "scenario", new String[] {"s0", "x", ""}, "x", new String[] {"1"});
        }
        if (r < 88) {
            return "/api/v1/export";
        }
        String[] gets = {"/api/v1/models/" + MODELS[random.nextInt(3)], "/api/v1/models/nope",
            "/api/v1/models/" + MODELS[random.nextInt(3)] + "/result", "/api/v1/models/%2e%2e",
            "/api/v1/models/" + "x".repeat(2000), "/api/v1/models", "/api/v1/health", "/api/v1/openapi.json",
            "/api/v1/models/a%20b/result", "/nothing/here", "/api/v1/models/respijtzorg/export.xlsx"};
        return "GET " + gets[random.nextInt(gets.length)];
    }

    private static String query(Random random, String name, String[] values, String other, String[] others) {
        StringBuilder q = new StringBuilder();
        if (random.nextInt(4) > 0) {
            q.append(name).append('=').append(encode(values[random.nextInt(values.length)]));
        }
        if (random.nextInt(3) == 0) {
            q.append(q.length() > 0 ? "&" : "").append(other).append('=')
                    .append(encode(others[random.nextInt(others.length)]));
        }
        return q.length() == 0 ? "" : "?" + q;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String contentType(Random random) {
        int r = random.nextInt(100);
        if (r < 88) {
            return JSON;
        }
        String[] others = {null, "text/plain", "application/json; charset=utf-8", "application/problem+json",
            "*/*", "application/x-www-form-urlencoded", "application/jsonx", ";;;"};
        return others[random.nextInt(others.length)];
    }

    private static JsonNode scenarios(Random random, JsonNode model) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("format", "sroi-scenarios/1");
        doc.set("model", model);
        ArrayNode list = doc.putArray("scenarios");
        int count = random.nextInt(8) == 0 ? 51 : 1 + random.nextInt(3);
        String[] pointers = {"/outcomes/0/quantity", "/outcomes/0/deadweight", "/inputs/0/amounts", "/title",
            "/outcomes/99/id", "nonsense", "/outcomes/0/proxy/value", "/discounting/rate", "/~2", ""};
        for (int i = 0; i < count; i++) {
            ObjectNode s = list.addObject().put("id", "s" + i).put("title", "Scenario " + i);
            s.putObject("set").set(pointers[random.nextInt(pointers.length)], hostileValue(random));
        }
        return doc;
    }

    /** Replaces, removes or adds one value somewhere in the tree. */
    private static void mutateTree(Random random, JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        if (parent instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int r = random.nextInt(10);
            if (r == 0 || names.isEmpty()) {
                object.set(r == 0 && random.nextBoolean() ? "x".repeat(300) : "unknownField", hostileValue(random));
            } else if (r == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), hostileValue(random));
            }
        } else if (parent instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextInt(5) == 0) {
                array.add(hostileValue(random));
            } else {
                array.set(random.nextInt(array.size()), hostileValue(random));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    private static JsonNode hostileValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(12)) {
            case 0, 1, 2:
                try {
                    return Jackson.reader().readTree(HOSTILE_NUMBERS[random.nextInt(HOSTILE_NUMBERS.length)]);
                } catch (IOException | RuntimeException e) {
                    return f.numberNode(new java.math.BigDecimal("1e-99999"));
                }
            case 3:
                return f.textNode("x".repeat(random.nextBoolean() ? 40_000 : 33_000));
            case 4:
                return f.textNode(new String[] {"", " ", "\u0000", "\u202e\u200f", "😀", "\ud800", "NaN",
                    "Infinity", "geometric", "EUR", "forecast"}[random.nextInt(11)]);
            case 5:
                return random.nextBoolean() ? f.nullNode() : f.booleanNode(random.nextBoolean());
            case 6: {
                ArrayNode many = f.arrayNode();
                int n = random.nextBoolean() ? 100_000 : 101;
                for (int i = 0; i < n; i++) {
                    many.add(random.nextBoolean() ? f.objectNode() : f.numberNode(i));
                }
                return many;
            }
            case 7: {
                JsonNode deep = f.arrayNode();
                for (int i = 0; i < 70 + random.nextInt(200); i++) {
                    ArrayNode outer = f.arrayNode();
                    outer.add(deep);
                    deep = outer;
                }
                return deep;
            }
            case 8:
                return f.objectNode().put("low", 0.1).put("high", random.nextBoolean() ? 0.9 : 1e300);
            case 9:
                return f.numberNode(random.nextInt(200) - 50);
            case 10:
                return f.numberNode(random.nextDouble());
            default:
                return f.arrayNode().add(1).add("two").add(f.objectNode());
        }
    }

    /** Breaks the bytes: cut short, a byte changed (also to invalid UTF-8), junk inserted, a BOM, or UTF-16. */
    private static byte[] mutateBytes(Random random, byte[] body) {
        switch (random.nextInt(6)) {
            case 0:
                return java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
            case 1: {
                byte[] b = body.clone();
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                return b;
            }
            case 2: {
                String[] junk = {"NaN", "Infinity", "01", "1e", "--1", ",", "\"id\":\"x\",", "}", "\u0000", "\\u"};
                int at = random.nextInt(body.length);
                byte[] j = junk[random.nextInt(junk.length)].getBytes(StandardCharsets.UTF_8);
                return RawHttp.concat(RawHttp.concat(java.util.Arrays.copyOf(body, at), j),
                        java.util.Arrays.copyOfRange(body, at, body.length));
            }
            case 3:
                return RawHttp.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
            case 4:
                return new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
            default:
                return RawHttp.concat(body, "\n{}".getBytes(StandardCharsets.UTF_8));
        }
    }
}
