package nl.sroi.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The service's OpenAPI 3.1 description, written by hand in {@code openapi.json} and tested against the routes. */
final class OpenApi {

    private static final String DOCUMENT = load();

    private OpenApi() {
    }

    static String document() {
        return DOCUMENT;
    }

    private static String load() {
        try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
