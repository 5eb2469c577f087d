package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The jar started as the README starts it: it serves its bundled models, logs each request, stops on SIGTERM. */
class ServeIT {

    private static final Pattern SERVING = Pattern.compile("serving (\\d+) analyses on (http://\\S+)");

    @Test
    void theJar_serves_andStopsOnSigterm() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("sroi.jar"), "serve", "--port", "0");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader log = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String base = null;
        for (String line; base == null && (line = log.readLine()) != null; ) {
            lines.add(line);
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                base = m.group(2);
            }
        }
        assertTrue(base != null, "no start line in " + lines);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        HttpResponse<String> models = http.send(HttpRequest.newBuilder(URI.create(base + "/models")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, models.statusCode());

        p.toHandle().destroy(); // SIGTERM, leaving the log stream open to read the rest
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the service did not stop on SIGTERM");
        for (String line; (line = log.readLine()) != null; ) {
            lines.add(line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*GET /api/v1/health 200 [0-9.]+ ms")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Exception")), lines.toString());
    }
}
