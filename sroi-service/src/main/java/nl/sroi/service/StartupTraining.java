package nl.sroi.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.javalin.Javalin;

/**
 * The run from which the build makes the service's class-data-sharing archive ({@code sroi-service/target/sroi.jsa},
 * named in {@code jvm.options}): the service started on a free loopback port with the bundled models, asked for its
 * health, a calculation and a problem, then stopped. The JVM writes the classes this loaded when it exits
 * ({@code -XX:ArchiveClassesAtExit}); mapping them from the archive at the next start, instead of loading some 3,500
 * classes from the jar, is what keeps the start to the first answer near one second (see the README).
 */
final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        ServiceConfig config = ServiceConfig.from(new String[] {"--port", "0"}, Map.of());
        ModelCatalog catalog = ModelCatalog.bundled();
        Javalin app = new SroiService(config, catalog).create().start(config.host(), 0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://" + config.host() + ":" + app.port() + SroiService.API;
            String model = catalog.find("jongeren-en-schulden").orElseThrow().modelJson();
            for (HttpRequest request : new HttpRequest[] {
                    HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    post(base + "/calculate", model),
                    post(base + "/calculate", "{\"format\": \"sroi-model/1\"}")}) {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }
        } finally {
            app.stop();
        }
    }

    private static HttpRequest post(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
