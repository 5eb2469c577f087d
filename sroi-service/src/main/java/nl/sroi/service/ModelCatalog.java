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
import java.util.EnumMap;
import java.util.HashMap;
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
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * The analyses the service serves, read, validated and calculated once at start-up, in file-name order. An
 * invalid model or a duplicate id stops the start, listing every problem of every file: a service must not serve a
 * catalogue it cannot stand behind.
 */
public final class ModelCatalog {

    /**
     * One analysis with its documents already written, the result in every language (its warnings differ).
     *
     * @param valid       the model
     * @param result      its result
     * @param modelJson   the model document
     * @param resultJsons the result document per language
     */
    public record Entry(ValidModel valid, SroiResult result, String modelJson, Map<Language, String> resultJsons) {
        public SroiModel model() {
            return valid.model();
        }

        /** The result document in English. */
        public String resultJson() {
            return resultJson(Language.EN);
        }

        /** The result document with its warnings in a language. */
        public String resultJson(Language language) {
            return resultJsons.get(language);
        }
    }

    /**
     * A folder of models the service cannot serve: every problem of every file, each with the file's name, so that
     * one start shows all there is to put right.
     */
    public static final class InvalidCatalogException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient List<FileProblem> problems;

        InvalidCatalogException(List<FileProblem> problems) {
            super(problems.size() + " problem(s) in the models");
            this.problems = List.copyOf(problems);
        }

        /** Every problem, file by file in file-name order, each file's in document order. */
        public List<FileProblem> problems() {
            return problems;
        }

        /** One line per problem: {@code file.json /outcomes/0/deadweight OUT_OF_RANGE: message}. */
        public List<String> lines(Language language) {
            return problems.stream().map(p -> p.line(language)).toList();
        }
    }

    /**
     * A problem of one file of the folder; {@code problem} is {@code null} for a problem of the file as a whole
     * (a repeated model id), which {@code text} then says.
     *
     * @param file    the file's name
     * @param pointer the JSON Pointer in the file ({@code ""} for the whole file)
     * @param code    the problem's code
     * @param text    the sentence
     */
    public record FileProblem(String file, String pointer, String code, Message text) {
        String line(Language language) {
            return file + " " + (pointer.isEmpty() ? "/" : pointer) + " " + code + ": " + text.in(language);
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
        Map<String, String> fileOf = new HashMap<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Validated<ValidModel> reading = ModelJson.read(Files.readAllBytes(file));
            if (!reading.isValid()) {
                reading.errors().forEach(p -> problems.add(new FileProblem(name, p.pointer(), p.code().name(),
                        p.text())));
                continue;
            }
            SroiModel model = reading.value().model();
            if (fileOf.containsKey(model.id())) {
                problems.add(new FileProblem(name, "/id", ProblemCode.DUPLICATE_ID.name(),
                        ServiceTexts.message("catalogue.repeatedId", model.id(), fileOf.get(model.id()))));
                continue;
            }
            fileOf.put(model.id(), name);
            SroiResult result = SroiCalculator.DEFAULT.calculate(reading.value());
            Map<Language, String> results = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                results.put(language, ResultJson.write(result, language));
            }
            entries.put(model.id(), new Entry(reading.value(), result, ModelJson.write(model), Map.copyOf(results)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return new ModelCatalog(entries);
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public int size() {
        return entries.size();
    }

    /** The ids of the analyses, in the catalogue's order. */
    public List<String> ids() {
        return List.copyOf(entries.keySet());
    }

    /** The catalogue as a JSON array of summaries. */
    public String summaries() {
        return summaries;
    }
}
