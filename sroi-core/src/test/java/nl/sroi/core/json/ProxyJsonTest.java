package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.proxy.ProxyCatalogue;
import nl.sroi.core.proxy.ProxyEntry;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/** Reading a catalogue strictly, every problem with its pointer; writing it back gives the same catalogue. */
class ProxyJsonTest {

    private static final String ENTRY = """
            { "id": "x", "description": "Iets", "unit": "per stuk", "value": 10.5, "priceYear": 2022,
              "currency": "EUR", "party": "gemeente", "domain": "jeugdzorg",
              "source": { "publication": "P", "location": "tabel 1", "year": 2023, "url": "https://example.org/p" },
              "taken": "2026-11-23", "checked": "source", "verification": "gezien in tabel 1" }""";

    @Test
    void theBundledCatalogue_readsBackFromWhatIsWritten() {
        ProxyCatalogue bundled = ProxyCatalogue.bundled();
        Validated<ProxyCatalogue> again = ProxyJson.read(ProxyJson.catalogue(bundled, "t").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), again.errors());
        assertEquals(bundled.entries(), again.value().entries());
    }

    @Test
    void aValidEntry_isRead() {
        Validated<ProxyCatalogue> reading = read(ENTRY);
        assertTrue(reading.isValid(), reading.errors().toString());
        ProxyEntry e = reading.value().entries().get(0);
        assertEquals("10.5", e.value().toPlainString());
        assertEquals(List.of(), e.keywords());
    }

    @Test
    void everyProblem_isReportedWithItsPointer() {
        String entry = ENTRY.replace("\"value\": 10.5", "\"value\": -3").replace("\"gemeente\"", "\"bank\"")
                .replace("https://example.org/p", "example.org").replace("2026-11-23", "23-11-2026")
                .replace("\"unit\": \"per stuk\", ", "").replace("\"checked\": \"source\"", "\"checkd\": \"source\"");
        List<Problem> problems = read(entry).errors();
        assertEquals(List.of(
                "/entries/0/checkd UNKNOWN_FIELD",
                "/entries/0/unit REQUIRED",
                "/entries/0/value INVALID_VALUE",
                "/entries/0/party INVALID_VALUE",
                "/entries/0/source/url INVALID_VALUE",
                "/entries/0/taken INVALID_VALUE",
                "/entries/0/checked REQUIRED"), problems.stream().map(p -> p.pointer() + " " + p.code()).toList());
        assertTrue(problems.get(3).message().contains("gemeente, zorgverzekeraar"), problems.get(3).message());
        assertFalse(read(entry).isValid());
        assertEquals(Validated.Failure.INVALID_CATALOGUE, read(entry).failure());
    }

    @Test
    void aNegativeValue_mustSaySo_andZeroIsNoValue() {
        assertTrue(read(ENTRY.replace("\"value\": 10.5", "\"value\": -3, \"negative\": true")).isValid());
        assertEquals(ProblemCode.INVALID_VALUE,
                read(ENTRY.replace("\"value\": 10.5", "\"value\": 3, \"negative\": true")).errors().get(0).code());
        assertEquals(ProblemCode.INVALID_VALUE, read(ENTRY.replace("\"value\": 10.5", "\"value\": 0"))
                .errors().get(0).code());
    }

    @Test
    void aRepeatedId_andABadFormat_areProblems() {
        String doc = "{ \"format\": \"sroi-proxies/2\", \"entries\": [" + ENTRY + ", " + ENTRY + "] }";
        List<Problem> problems = ProxyJson.read(doc.getBytes(StandardCharsets.UTF_8)).errors();
        assertEquals(List.of("/format UNSUPPORTED_FORMAT", "/entries/1/id DUPLICATE_ID"),
                problems.stream().map(p -> p.pointer() + " " + p.code()).toList());
    }

    @Test
    void malformedJson_givesTheLineAndColumn() {
        Validated<ProxyCatalogue> malformed = ProxyJson.read("{\n  \"entries\": [".getBytes(StandardCharsets.UTF_8));
        assertEquals(Validated.Failure.MALFORMED_JSON, malformed.failure());
        Problem p = malformed.errors().get(0);
        assertEquals(ProblemCode.MALFORMED_JSON, p.code());
        assertEquals(2, p.line());
    }

    @Test
    void anEntryWithItsIndexedValue_isWrittenWithTheFactor() throws Exception {
        ProxyEntry gp = ProxyCatalogue.bundled().find("huisarts-consult").orElseThrow();
        JsonNode doc = Jackson.reader().readTree(ProxyJson.entry(gp, gp.valueIn(2024, PriceIndex.cbsCpi())));
        assertEquals("huisarts-consult", doc.get("id").asText());
        assertEquals(2024, doc.at("/indexed/priceYear").asInt());
        assertEquals("33.10", doc.at("/indexed/value").decimalValue().toPlainString());
        assertEquals(1.072254, doc.at("/indexed/factor").asDouble(), 1e-12); // 1.038 × 1.033
        assertTrue(((ObjectNode) Jackson.reader().readTree(ProxyJson.entry(gp, null))).get("indexed") == null);
        JsonNode search = Jackson.reader().readTree(ProxyJson.search(List.of(gp)));
        assertEquals(1, search.get("count").asInt());
        assertEquals("huisarts-consult", search.at("/proxies/0/id").asText());
    }

    private static Validated<ProxyCatalogue> read(String entry) {
        String doc = "{ \"format\": \"sroi-proxies/1\", \"entries\": [" + entry + "] }";
        return ProxyJson.read(doc.getBytes(StandardCharsets.UTF_8));
    }
}
