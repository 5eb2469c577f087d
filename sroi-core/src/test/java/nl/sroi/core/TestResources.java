package nl.sroi.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/** Loads the test resources: the reference cases copied from the project's shared design folder. */
public final class TestResources {

    /**
     * The reference cases with a model and expected results: the five of the shared design folder, then the
     * project's own for section 11 of the format, whose expected figures {@code src/test/independent/section11.py}
     * computes in exact decimals, apart from the library.
     */
    public static final String[] REFERENCE_CASES = {
        "worked-check", "cohorts-offset-horizon", "negative-outcome", "zero-inputs", "worked-check-ranges",
        "partial-years", "net-and-transfer", "price-index", "own-price-index"
    };

    private TestResources() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SroiModel referenceModel(String name) {
        Validated<ValidModel> reading = ModelJson.read(bytes("reference/" + name + ".model.json"));
        if (!reading.isValid()) {
            throw new AssertionError(name + " should be valid: " + reading.errors());
        }
        return reading.value().model();
    }

    public static JsonNode referenceExpected(String name) {
        try {
            return Jackson.reader().readTree(bytes("reference/" + name + ".expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
