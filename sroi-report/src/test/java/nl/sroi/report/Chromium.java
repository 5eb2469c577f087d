package nl.sroi.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket on loopback, JDK client, no driver library):
 * one page, its events recorded. Started with a fresh profile, every background service off and a proxy that
 * leads nowhere; the page's network is switched off before it loads anything.
 */
final class Chromium implements AutoCloseable {

    /** The flags that work on this project's machines (the brief's list) plus the DevTools port. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--remote-debugging-port=0");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private String session;

    /**
     * The Chromium on this machine: {@code chromium} (Debian) or {@code chromium-browser} on the PATH. Fails, never
     * skips, when there is none: this test must run wherever {@code mvn verify} runs.
     */
    static Path executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw new AssertionError("Chromium is needed for the browser test and is not on the PATH (looked for chromium "
                + "and chromium-browser). Install Debian's packages as root: apt-get update && apt-get install -y "
                + "chromium chromium-driver (bash .ci/run does this when it runs as root).");
    }

    Chromium() throws Exception {
        profile = Files.createTempDirectory("sroi-chromium-");
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Files.exists(active) || Files.readAllLines(active).size() < 2) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(active);
        URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new Listener())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Opens a new page and attaches to it; every later command goes to this page. */
    void openPage() throws Exception {
        String target = call("Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
                .path("targetId").asText();
        session = call("Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true))
                .path("sessionId").asText();
    }

    /** Sends a command and waits for its result; a protocol error fails the test. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? JSON.createObjectNode() : params);
        if (session != null && !method.startsWith("Target.")) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Waits for an event of this method (one that came already counts). */
    JsonNode await(String method) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (events) {
            while (true) {
                for (JsonNode e : events) {
                    if (e.path("method").asText().equals(method)) {
                        return e;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + method + " within " + WAIT);
                }
                events.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** The events received so far of these methods. */
    List<JsonNode> events(String... methods) {
        List<String> wanted = List.of(methods);
        synchronized (events) {
            return events.stream().filter(e -> wanted.contains(e.path("method").asText())).toList();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Collects text frames into messages: results complete their command, events are recorded. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
                        if (f != null) {
                            f.complete(message);
                        }
                    } else {
                        synchronized (events) {
                            events.add(message);
                            events.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("DevTools sent what is not JSON", e);
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
