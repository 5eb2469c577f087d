package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import nl.sroi.core.ReferenceAssertions;
import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;

/** The shaded jar as a user runs it: {@code java -jar sroi.jar calculate FILE}, in its own process. */
class JarIT {

    static final String[] CASES = TestResources.REFERENCE_CASES;

    record Result(int status, String out, String err) {
    }

    static Result java(Path stdin, String... args) throws IOException, InterruptedException {
        return run(List.of(), stdin, args);
    }

    static Result javaWith(String jvmOption, String... args) throws IOException, InterruptedException {
        return run(List.of(jvmOption), null, args);
    }

    /** Runs the jar's main class with {@code first} ahead of the jar on the class path. */
    static Result javaWithClassPathFirst(Path first, String... args) throws IOException, InterruptedException {
        return run(List.of("-cp", first + java.io.File.pathSeparator + System.getProperty("sroi.jar")), null,
                prepend(Main.class.getName(), args));
    }

    private static String[] prepend(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private static Result run(List<String> jvmOptions, Path stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (jvmOptions.stream().noneMatch(o -> o.equals("-cp"))) {
            command.addAll(List.of("-jar", System.getProperty("sroi.jar")));
        }
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void calculate_matchesTheReference(String name, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.write(file, TestResources.bytes("reference/" + name + ".model.json"));
        Result r = java(null, "calculate", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err(), "nothing but the document is printed");
        ReferenceAssertions.assertMatchesReference(name, Jackson.reader().readTree(r.out()));
        Result fromStdin = java(file, "calculate", "-");
        assertEquals(r.out(), fromStdin.out(), "the same model gives the same bytes");
    }

    /** The catalogue is read from inside the shaded jar, and the table prints in UTF-8 (€, →). */
    @org.junit.jupiter.api.Test
    void proxies_searchesTheLibraryBundledInTheJar() throws Exception {
        Result r = java(null, "proxies", "mantelzorg", "--price-year", "2024");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        // KH2024 replacement cost of informal care, € 18.80 in 2022 prices × 1.038 × 1.033 = 20.158
        assertTrue(r.out().lines().anyMatch(l -> l.matches("mantelzorg-uur +€ 20,16 +per uur +2022 → 2024 .*")),
                r.out());
    }

    @org.junit.jupiter.api.Test
    void calculate_everyModelOfTheModelsFolder() throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(Path.of(System.getProperty("sroi.models")))) {
            List<Path> models = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertEquals(3, models.size());
            for (Path model : models) {
                Result r = java(null, "calculate", model.toString());
                assertEquals(0, r.status(), model + ": " + r.out() + r.err());
                assertEquals("sroi-result/1", Jackson.reader().readTree(r.out()).get("format").asText());
            }
        }
    }

    /** The worked local business case of models/scenarios: Jongeren en schulden continued by one municipality. */
    @org.junit.jupiter.api.Test
    void theLocalBusinessCases_ofJongerenEnSchulden() throws Exception {
        String file = Path.of(System.getProperty("sroi.models"), "scenarios", "jongeren-en-schulden-lokaal.json")
                .toString();
        Result comparison = java(null, "scenarios", file);
        assertEquals(0, comparison.status(), comparison.out());
        var doc = Jackson.reader().readTree(comparison.out());
        assertEquals("1.28", doc.at("/base/totals/ratioDisplay").asText());
        assertEquals("hengelo-2027", doc.at("/scenarios/0/id").asText());
        assertEquals(91972.19, doc.at("/scenarios/0/totals/presentValue").asDouble(), 0);
        assertEquals(96137.56, doc.at("/scenarios/0/totals/inputsValue").asDouble(), 0);
        assertEquals(174747.16, doc.at("/scenarios/1/totals/presentValue").asDouble(), 0);
        // social assistance and unemployment benefit saved are transfers: the welfare view leaves them out
        assertEquals("0.97", doc.at("/base/welfare/ratioDisplay").asText());
        Result hengelo = java(null, "business-case", file, "--for", "gemeenten", "--scenario", "hengelo-2027");
        var party = Jackson.reader().readTree(hengelo.out()).get("party");
        assertEquals("Gemeente Hengelo", party.get("name").asText());
        assertEquals(88721.20, party.get("invested").asDouble(), 0);
        assertEquals(31322.97, party.get("received").asDouble(), 0);
        assertEquals(2027, party.at("/periods/0/year").asInt());
    }

    /** The README's report commands, run from the jar: a PDF and an HTML page, and nothing printed. */
    @org.junit.jupiter.api.Test
    void report_ofJongerenEnSchulden_andTheHengeloBusinessCase(@TempDir Path dir) throws Exception {
        Path models = Path.of(System.getProperty("sroi.models"));
        Path pdf = dir.resolve("out.pdf");
        Result r = java(null, "report", models.resolve("jongeren-en-schulden.json").toString(), pdf.toString(),
                "--lang", "nl");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out() + r.err(), "the report is written to the file; nothing is printed");
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        Path html = dir.resolve("hengelo.html");
        Result h = java(null, "report", models.resolve("scenarios/jongeren-en-schulden-lokaal.json").toString(),
                html.toString(), "--scenario", "hengelo-2027", "--for", "gemeenten");
        assertEquals(0, h.status(), h.err());
        String page = Files.readString(html);
        assertTrue(page.contains("Businesscase: Gemeente Hengelo"), "the municipality's page");
        assertTrue(page.contains("data-figure=\"party.received\">€\u00a031.322,97<"), "its receipts, as business-case");
    }

    /** The same model, iterations and seed give byte-identical output on one core and on two. */
    @org.junit.jupiter.api.Test
    void simulate_isTheSameOnOneCoreAndOnTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        Files.write(file, TestResources.bytes("reference/worked-check-ranges.model.json"));
        Result one = javaWith("-XX:ActiveProcessorCount=1", "simulate", file.toString(), "--iterations", "20000",
                "--seed", "5");
        Result two = javaWith("-XX:ActiveProcessorCount=2", "simulate", file.toString(), "--iterations", "20000",
                "--seed", "5");
        assertEquals(0, one.status(), one.err());
        assertEquals(one.out(), two.out());
        assertEquals(20000, Jackson.reader().readTree(one.out()).get("iterations").asInt());
        Result sensitivity = java(null, "sensitivity", file.toString());
        assertEquals(0, sensitivity.status());
        assertEquals("/outcomes/0/duration",
                Jackson.reader().readTree(sensitivity.out()).at("/tornado/0/pointer").asText());
        Result tooMany = java(null, "simulate", file.toString(), "--iterations", "2000000");
        assertEquals(2, tooMany.status());
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void anInvalidModel_exits2(String name, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        String model = new String(TestResources.bytes("reference/" + name + ".model.json"), StandardCharsets.UTF_8);
        Files.writeString(file, model.replaceFirst("\"deadweight\": ?[0-9.]+", "\"deadweight\": 1.5"));
        Result r = java(null, "calculate", file.toString());
        assertEquals(2, r.status());
        assertEquals("/outcomes/0/deadweight", Jackson.reader().readTree(r.out()).at("/errors/0/pointer").asText());
    }

    /**
     * The jar carries no HTTP client nor okio (moneta-core's unused loader dependencies), and only Moneta's own
     * {@code javamoney.properties}; the library's jar carries none.
     */
    @org.junit.jupiter.api.Test
    void theJars_carryNoOkHttp_andNoJavamoneyPropertiesOfOurs() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(System.getProperty("sroi.jar"))) {
            List<String> names = jar.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertTrue(names.stream().noneMatch(n -> n.startsWith("okhttp3/") || n.startsWith("okio/")));
            assertEquals(List.of("javamoney.properties"),
                    names.stream().filter(n -> n.endsWith("javamoney.properties")).toList());
        }
        Path coreTarget = Path.of(System.getProperty("sroi.jar")).getParent().resolve("../../sroi-core/target");
        try (java.util.stream.Stream<Path> files = Files.list(coreTarget)) {
            Path coreJar = files.filter(f -> f.getFileName().toString().matches("sroi-core-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow();
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(coreJar.toFile())) {
                assertTrue(jar.stream().noneMatch(e -> e.getName().endsWith("javamoney.properties")), coreJar.toString());
            }
        }
    }

    /**
     * Every amount states its own context, so a {@code javamoney.properties} of the host that wins over Moneta's
     * (here: 7 digits, at a higher priority) changes no figure.
     */
    @org.junit.jupiter.api.Test
    void theFigures_doNotDependOnWhichJavamoneyPropertiesWins(@TempDir Path dir) throws Exception {
        Path hostile = Files.createDirectories(dir.resolve("host"));
        Files.writeString(hostile.resolve("javamoney.properties"),
                "{10}org.javamoney.moneta.Money.defaults.precision=7\n"
                        + "{10}org.javamoney.moneta.Money.defaults.roundingMode=DOWN\n");
        String file = Path.of(System.getProperty("sroi.models"), "scenarios", "jongeren-en-schulden-lokaal.json")
                .toString();
        for (String[] command : List.of(new String[] {"scenarios", file},
                new String[] {"business-case", file, "--for", "gemeenten", "--scenario", "hengelo-2027"})) {
            Result plain = java(null, command);
            Result withHost = javaWithClassPathFirst(hostile, command);
            assertEquals(0, plain.status(), plain.err());
            assertEquals(plain.out(), withHost.out());
        }
    }
}
