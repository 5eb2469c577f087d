package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One Dutch term per concept (docs/glossary-nl.md, from the design's glossary): the Dutch texts of every module
 * (core's messages, the report's, the workbook's and the service's texts: every template read through core's
 * Messages) and the Dutch guide use the chosen term, never a deprecated alternative.
 */
class DutchTermsTest {

    /** The repository: tests run in the module's folder. */
    private static final Path ROOT = Path.of("..");

    /** Deprecated word (lower case) → the term to use. */
    private static final Map<String, String> DEPRECATED = Map.ofEntries(
            Map.entry("disconteringsvoet", "discontovoet"),
            Map.entry("disconteringsfactor", "discontofactor"),
            Map.entry("prijsjaar", "prijspeil"),
            Map.entry("omslagpunt", "omslagwaarde"),
            Map.entry("kantelpunt", "omslagwaarde"),
            Map.entry("terugverdienperiode", "terugverdientijd"),
            Map.entry("attributie", "toerekening"),
            Map.entry("impactkaart", "waardekaart"),
            Map.entry("verdeelsleutel", "aandeel van de gemeente"),
            Map.entry("business case", "businesscase"),
            Map.entry("welvaartsquotiënt", "welvaartsratio"));

    /** Every Dutch text a person reads: file and the lines that are Dutch in it. */
    static List<String[]> dutchTexts() throws IOException {
        List<String[]> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT, 8)) {
            for (Path f : files.filter(p -> p.toString().contains("/src/main/resources/")
                    && p.getFileName().toString().endsWith("_nl.properties")).toList()) {
                texts.add(new String[] {f.toString(), Files.readString(f)});
            }
        }
        texts.add(new String[] {"docs/handleiding.md", Files.readString(ROOT.resolve("docs/handleiding.md"))});
        return texts;
    }

    @Test
    void dutchTexts_useTheGlossarysTerms() throws IOException {
        List<String[]> texts = dutchTexts();
        assertTrue(texts.size() >= 5, "Dutch texts found: " + texts.size()); // four modules' templates, the guide
        List<String> found = new ArrayList<>();
        for (String[] t : texts) {
            String lower = t[1].toLowerCase(Locale.ROOT);
            DEPRECATED.forEach((word, term) -> {
                if (lower.contains(word)) {
                    found.add(t[0] + ": \"" + word + "\", write \"" + term + "\"");
                }
            });
        }
        assertEquals(List.of(), found);
    }
}
