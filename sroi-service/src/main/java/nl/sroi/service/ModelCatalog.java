package nl.sroi.service;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * The analyses the service serves, read, validated and calculated once at start-up, in file-name order. An
 * invalid model or a duplicate id stops the start: a service must not serve a catalogue it cannot stand behind.
 */
public final class ModelCatalog {

    /** One analysis with its documents already written. */
    public record Entry(ValidModel valid, SroiResult result, String modelJson, String resultJson) {
        public SroiModel model() {
            return valid.model();
        }
    }

    private final Map<String, Entry> entries;
    private final String summaries;

    private ModelCatalog(Map<String, Entry> entries) {
        this.entries = entries;
        List<SroiModel> models = entries.values().stream().map(Entry::model).toList();
        List<SroiResult> results = entries.values().stream().map(Entry::result).toList();
        this.summaries = JsonApi.catalogue(models, results);
    }

    /** The {@code *.json} files of a folder. */
    public static ModelCatalog fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder of models: " + dir);
        }
        return fromFiles(dir);
    }

    /** The models bundled in the jar under {@code /models}. */
    public static ModelCatalog bundled() throws IOException {
        URL url = ModelCatalog.class.getResource("/models");
        if (url == null) {
            return new ModelCatalog(Map.of());
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled models", e);
        }
        if (!uri.getScheme().equals("jar")) {
            return fromFiles(Path.of(uri));
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return fromFiles(jar.getPath("/models"));
        }
    }

    private static ModelCatalog fromFiles(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Path file : files) {
            Validated<ValidModel> reading = ModelJson.read(Files.readAllBytes(file));
            if (!reading.isValid()) {
                throw new IOException(file.getFileName() + " is not a valid model: " + reading.errors().get(0).pointer()
                        + " " + reading.errors().get(0).message() + " (" + reading.errors().size() + " problem(s))");
            }
            SroiModel model = reading.value().model();
            if (entries.containsKey(model.id())) {
                throw new IOException(file.getFileName() + " repeats the model id \"" + model.id() + "\"");
            }
            SroiResult result = SroiCalculator.DEFAULT.calculate(reading.value());
            entries.put(model.id(), new Entry(reading.value(), result, ModelJson.write(model),
                    ResultJson.write(result)));
        }
        return new ModelCatalog(entries);
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public int size() {
        return entries.size();
    }

    /** The catalogue as a JSON array of summaries. */
    public String summaries() {
        return summaries;
    }
}
