package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import nl.sroi.core.ReferenceAssertions;
import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;

/** The command line, in process: exit statuses and documents. */
class MainTest {

    static final String[] CASES = TestResources.REFERENCE_CASES;

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return Jackson.reader().readTree(out);
        }
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void calculate_fromStandardInput_matchesTheReference(String name) throws Exception {
        Run run = run(TestResources.bytes("reference/" + name + ".model.json"), "calculate", "-");
        assertEquals(0, run.status(), run.err());
        ReferenceAssertions.assertMatchesReference(name, run.json());
    }

    @Test
    void calculate_fromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        Files.write(file, TestResources.bytes("reference/worked-check.model.json"));
        Run run = run(new byte[0], "calculate", file.toString());
        assertEquals(0, run.status());
        assertEquals("1.37", run.json().at("/totals/ratioDisplay").asText());
    }

    @Test
    void anInvalidModel_printsTheProblemDocument_andExits2() throws Exception {
        Run run = run("{\"format\": \"sroi-model/1\"}".getBytes(StandardCharsets.UTF_8), "calculate", "-");
        assertEquals(2, run.status());
        JsonNode problem = run.json();
        assertEquals(422, problem.get("status").asInt());
        assertEquals("/api/v1/problems/invalid-model", problem.get("type").asText());
        assertEquals("/id", problem.at("/errors/0/pointer").asText());
        assertEquals("REQUIRED", problem.at("/errors/0/code").asText());
    }

    @Test
    void malformedJson_printsLineAndColumn_andExits2() throws Exception {
        Run run = run("{\n\"id\": nope}".getBytes(StandardCharsets.UTF_8), "calculate", "-");
        assertEquals(2, run.status());
        assertEquals(400, run.json().get("status").asInt());
        assertEquals(2, run.json().at("/errors/0/line").asInt());
    }

    @Test
    void businessCase_ofAScenario_isOneCommand() throws Exception {
        byte[] model = TestResources.bytes("reference/worked-check.model.json");
        String doc = "{\"format\": \"sroi-scenarios/1\", \"model\": " + new String(model, StandardCharsets.UTF_8)
                + ", \"scenarios\": [{\"id\": \"half\", \"title\": \"Half\", \"set\": {\"/inputs/0/amounts\": [5000]}}]}";
        Run run = run(doc.getBytes(StandardCharsets.UTF_8), "business-case", "-", "--for", "financier", "--scenario", "half");
        assertEquals(0, run.status(), run.out());
        assertEquals(5000.0, run.json().at("/party/invested").asDouble());
        assertEquals(2, run(model, "business-case", "-", "--for", "nobody").status());
        Run withoutParty = run(model, "business-case", "-");
        assertEquals(2, withoutParty.status());
        assertEquals("name the stakeholder whose business case you want; the stakeholders are \"deelnemers\", "
                + "\"financier\"", withoutParty.json().get("detail").asText());
    }

    @Test
    void report_writesHtmlOrPdf_andRefusesWhatItCannotDo(@TempDir Path dir) throws Exception {
        byte[] model = TestResources.bytes("reference/worked-check-ranges.model.json");
        Path html = dir.resolve("report.html");
        assertEquals(0, run(model, "report", "-", html.toString(), "--lang", "en", "--for", "financier").status());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("lang=\"en\""), "an English page");
        assertTrue(page.contains("Business case: Financier"), "the party's page");
        Path pdf = dir.resolve("report.pdf");
        assertEquals(0, run(model, "report", "-", pdf.toString(), "--iterations", "500", "--seed", "3").status());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        Run unknown = run(model, "report", "-", html.toString(), "--for", "nobody");
        assertEquals(2, unknown.status());
        assertTrue(unknown.out().contains("there is no stakeholder"), unknown.out());
        Run french = run(model, "report", "-", html.toString(), "--lang", "fr");
        assertEquals(1, french.status(), "--lang is an option of every command, refused alike");
        assertEquals("sroi: --lang must be nl or en, was \"fr\"", french.err().strip());
        assertEquals(2, run("{}".getBytes(StandardCharsets.UTF_8), "report", "-", html.toString()).status());
        assertEquals(1, run(model, "report", "-", dir.resolve("report.docx").toString()).status());
        assertEquals(1, run(model, "report", "-", html.toString(), "--colour", "red").status());
    }

    @Test
    void export_writesAWorkbookOrTheFlows(@TempDir Path dir) throws Exception {
        byte[] model = TestResources.bytes("reference/worked-check.model.json");
        Path xlsx = dir.resolve("model.xlsx");
        assertEquals(0, run(model, "export", "-", xlsx.toString()).status());
        assertEquals(java.util.List.of("Samenvatting", "Uitgangspunten", "Waardekaart", "Waarde naar", "Investeringen",
                "Doorwerking", "Berekening", "Resultaat", "Per partij", "Afronding"), sheets(xlsx));
        assertEquals(0, run(model, "export", "-", xlsx.toString(), "--lang", "en", "--for", "financier").status());
        assertEquals(java.util.List.of("Summary", "Settings", "Value map", "Value to", "Inputs", "Persistence",
                "Calculation", "Result", "By party", "Rounding"), sheets(xlsx));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals("Business case for Financier", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        Path csv = dir.resolve("flows.csv");
        assertEquals(0, run(model, "export", "-", csv.toString()).status());
        assertTrue(Files.readString(csv).startsWith("stakeholder,name,period"));
        assertEquals(0, run(model, "export", "-", csv.toString(), "--lang", "nl", "--for", "financier").status());
        String dutch = Files.readString(csv);
        assertTrue(dutch.startsWith("\uFEFFpartij;naam;periode;jaar;"), dutch);
        assertTrue(dutch.contains("financier;Financier;1;;10000,00;0,00;10000,00;"), dutch);
        assertEquals(2, run("{}".getBytes(StandardCharsets.UTF_8), "export", "-", xlsx.toString()).status());
        assertEquals(1, run(model, "export", "-", dir.resolve("model.pdf").toString()).status());
        assertEquals(1, run(model, "export", "-", xlsx.toString(), "--lang", "fr").status()); // as every command
        assertEquals(2, run(model, "export", "-", xlsx.toString(), "--for", "nobody").status());
        assertEquals(1, run(model, "export", "-", xlsx.toString(), "--colour", "blue").status());
    }

    /** A scenarios document: each scenario, or without one the base and every scenario, never the base silently. */
    @Test
    void export_ofAScenariosDocument_givesTheScenarioOrAllOfThem(@TempDir Path dir) throws Exception {
        byte[] doc = Files.readAllBytes(Path.of("../models/scenarios/jongeren-en-schulden-lokaal.json")); // module dir
        Path xlsx = dir.resolve("lokaal.xlsx");
        assertEquals(0, run(doc, "export", "-", xlsx.toString(), "--scenario", "hengelo-2027", "--for", "gemeenten")
                .status());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals("Businesscase voor Gemeente Hengelo", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(2027, wb.getSheet("Uitgangspunten").getRow(12).getCell(1).getNumericCellValue());
        }
        assertEquals(0, run(doc, "export", "-", xlsx.toString()).status());
        java.util.List<String> sheets = sheets(xlsx);
        assertEquals(1 + 3 * 9 + 2, sheets.size(), sheets.toString()); // and a sheet "Verschil" per scenario
        assertTrue(sheets.containsAll(java.util.List.of("Samenvatting", "Resultaat", "Resultaat (hengelo-2027)",
                "Resultaat (enschede-2027)")), sheets.toString());
        Path csv = dir.resolve("lokaal.csv");
        assertEquals(0, run(doc, "export", "-", csv.toString()).status());
        String all = Files.readString(csv);
        assertTrue(all.startsWith("scenario,scenarioTitle,stakeholder,"), all);
        assertTrue(all.contains("\r\n,Jongeren en schulden,jongeren,"), "the base first");
        assertTrue(all.contains("\r\nhengelo-2027,\"Voortzetting door Hengelo, 2027-2030\",gemeenten,Gemeente Hengelo,1,2027,"),
                all);
        assertTrue(all.contains("\r\nenschede-2027,"), all);
        assertEquals(0, run(doc, "export", "-", csv.toString(), "--scenario", "enschede-2027").status());
        assertTrue(!Files.readString(csv).contains("hengelo-2027"));
        assertEquals(2, run(doc, "export", "-", csv.toString(), "--scenario", "almelo").status());
    }

    /** export EVALUATION OUT.xlsx --compare-with FORECAST: the sheet "Verschil" from the forecast; not for a CSV. */
    @Test
    void export_ofAnEvaluationWithItsForecast_addsTheSheetVerschil(@TempDir Path dir) throws Exception {
        String forecast = "../models/jongeren-en-schulden.json";
        String evaluation = "../models/evaluations/jongeren-en-schulden-evaluatie.json";
        Path xlsx = dir.resolve("evaluatie.xlsx");
        assertEquals(0, run(new byte[0], "export", evaluation, xlsx.toString(), "--compare-with", forecast).status());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("Verschil");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Verschil met de prognose"));
            assertEquals(1.2811, sheet.getRow(4).getCell(5).getNumericCellValue(), 0.0);
            assertEquals(0.8731, sheet.getRow(12).getCell(5).getNumericCellValue(), 0.0);
        }
        Run wrong = run(new byte[0], "export", forecast, xlsx.toString(), "--compare-with", forecast);
        assertEquals(2, wrong.status());
        assertTrue(wrong.out().contains("\"/compareWith\""), wrong.out());
        Run csv = run(new byte[0], "export", evaluation, dir.resolve("e.csv").toString(), "--compare-with", forecast);
        assertEquals(1, csv.status());
        assertTrue(csv.err().contains("--compare-with"), csv.err());
        // each file is read on its own: a forecast that is not JSON is named at /compareWith, at its own line
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": x\n}");
        Run notJson = run(new byte[0], "export", evaluation, xlsx.toString(), "--compare-with", bad.toString());
        assertEquals(2, notJson.status());
        assertTrue(notJson.out().contains("\"/compareWith\"") && notJson.out().contains("\"line\": 2"), notJson.out());
        Path spliced = Files.writeString(dir.resolve("spliced.json"), "{}, \"document\": {}");
        assertEquals(2, run(new byte[0], "export", evaluation, xlsx.toString(), "--compare-with", spliced.toString())
                .status());
    }

    /** bridge FROM TO: the scenarios' base to Hengelo; the effects add up to the change of the ratio. */
    @Test
    void bridge_betweenTheBaseAndAScenario(@TempDir Path dir) throws Exception {
        String doc = "../models/scenarios/jongeren-en-schulden-lokaal.json";
        Run run = run(new byte[0], "bridge", doc, doc, "--to-scenario", "hengelo-2027");
        assertEquals(0, run.status(), run.err());
        JsonNode b = run.json();
        assertEquals("sroi-bridge/1", b.get("format").asText());
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode f : b.get("factors")) {
            sum = sum.add(f.at("/rounded/ratio").decimalValue());
        }
        java.math.BigDecimal change = new java.math.BigDecimal(b.at("/to/ratio").asText()).setScale(4,
                java.math.RoundingMode.HALF_EVEN).subtract(new java.math.BigDecimal(b.at("/from/ratio").asText())
                .setScale(4, java.math.RoundingMode.HALF_EVEN));
        assertEquals(0, change.compareTo(sum), sum + " vs " + change);
        assertEquals(2, run(new byte[0], "bridge", doc, doc, "--to-scenario", "almelo").status());
        Run model = run(new byte[0], "bridge", "../models/jongeren-en-schulden.json", doc, "--from-scenario", "x");
        assertEquals(2, model.status());
        assertEquals(1, run(new byte[0], "bridge", doc, dir.resolve("none.json").toString()).status());
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Run nothing = run(new byte[0], "bridge", empty.toString(), doc);
        assertEquals(2, nothing.status());
        assertFalse(nothing.err().contains("from is required"), nothing.err());
    }

    private static java.util.List<String> sheets(Path xlsx) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            return java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
        }
    }

    @Test
    void aMissingFile_orUnknownCommand_exits1_withAMessage() {
        Run missing = run(new byte[0], "calculate", "/no/such/model.json");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals("", missing.out());
        Run unknown = run(new byte[0], "calculat", "x");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().startsWith("usage:"));
    }

    @Test
    void aPortInUse_orAnUnknownHost_isOneLine_andExits1() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Run inUse = run(new byte[0], "serve", "--host", "127.0.0.1", "--port", Integer.toString(port));
            assertEquals(1, inUse.status());
            assertEquals("sroi: cannot listen on 127.0.0.1:" + port + ": Address already in use\n", inUse.err());
        }
        Run unknown = run(new byte[0], "serve", "--host", "no-such-host.invalid", "--port", "0");
        assertEquals(1, unknown.status());
        assertEquals("sroi: cannot listen on no-such-host.invalid:0: no such host\n", unknown.err());
        Run badLimit = run(new byte[0], "serve", "--deadline-ms", "soon");
        assertEquals(1, badLimit.status());
        assertTrue(badLimit.err().startsWith("sroi: deadline-ms must be a whole number, was \"soon\"\n"), badLimit.err());
    }

    @Test
    void validate_ofAnInvalidModel_printsItsErrors_andExits2() throws Exception {
        Run invalid = run("{\"format\": \"sroi-model/1\"}".getBytes(StandardCharsets.UTF_8), "validate", "-");
        assertEquals(Main.INVALID, invalid.status(), invalid.err());
        assertEquals(false, invalid.json().get("valid").asBoolean());
        assertEquals("REQUIRED", invalid.json().at("/errors/0/code").asText());
        Run valid = run(TestResources.bytes("reference/worked-check.model.json"), "validate", "-");
        assertEquals(Main.OK, valid.status(), valid.err());
        assertEquals(true, valid.json().get("valid").asBoolean());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--help", "-h", "calculate --help",
            "export model.json out.xlsx -h", "serve --port 1 --help"})
    void help_printsTheUsage_andExits0(String command) {
        Run run = run(new byte[0], command.split(" "));
        assertEquals(Main.OK, run.status(), run.err());
        assertTrue(run.out().startsWith("usage: java -jar sroi.jar [serve]"), run.out());
        assertTrue(run.out().contains("java -jar sroi.jar proxies [WORDS...]"), run.out());
        assertTrue(run.out().contains("Exit status: 0 done; 2 an invalid document"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void help_inDutch() {
        Run run = run(new byte[0], "--help", "--lang", "nl");
        assertEquals(Main.OK, run.status());
        assertTrue(run.out().contains("reken een sroi-model/1-document door"), run.out());
        assertTrue(run.out().contains("Afsluitstatus: 0 gedaan; 2 een ongeldig document"), run.out());
    }

    @Test
    void aModelGivenToScenarios_isOneProblem_andExits2() throws Exception {
        Run run = run(TestResources.bytes("reference/worked-check.model.json"), "scenarios", "-");
        assertEquals(Main.INVALID, run.status(), run.err());
        assertEquals(1, run.json().get("errors").size(), run.out());
        assertEquals("UNSUPPORTED_FORMAT", run.json().at("/errors/0/code").asText());
    }
}
