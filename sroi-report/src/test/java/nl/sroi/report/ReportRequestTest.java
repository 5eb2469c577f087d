package nl.sroi.report;

import nl.sroi.core.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.Validated;

class ReportRequestTest {

    private static Problem refused(String lang, String party, String scenario, String iterations, String seed) {
        Validated<ReportRequest> r = ReportRequest.of(lang, party, scenario, iterations, seed);
        assertFalse(r.isValid());
        assertEquals(Validated.Failure.INVALID_PARAMETER, r.failure());
        return r.errors().get(0);
    }

    private static Validated<Report> report(byte[] document, String party, String scenario) {
        return ReportRequest.of(null, party, scenario, null, null).flatMap(r -> Reporter.DEFAULT.report(document, r));
    }

    @Test
    void wrongParameters_areRefused_namingTheParameter() {
        Problem lang = refused("fr", null, null, null, null);
        assertEquals("lang", lang.parameter());
        // the same rules and words as every other operation's lang, iterations and seed
        assertEquals("lang must be nl or en, was \"fr\"", lang.message());
        assertEquals("lang", refused("EN", null, null, null, null).parameter());
        assertEquals("iterations must be between 1 and 1000000, was 0", refused(null, null, null, "0", null).message());
        assertEquals("iterations must be a whole number in the digits 0 to 9, was \"many\"",
                refused(null, null, null, "many", null).message());
        assertEquals("seed", refused(null, null, null, null, "x").parameter());
        assertEquals("for", refused(null, " ", null, null, null).parameter());
    }

    @Test
    void defaults_areDutch_tenThousandIterations_seedOne() {
        Report.Options o = ReportRequest.of(null, null, null, null, null).value().options();
        assertEquals(new Report.Options(Language.NL, null, 10_000, 1), o);
        assertEquals(Language.EN, ReportRequest.of("en", null, null, null, null).value().options().language());
    }

    @Test
    void anUnknownParty_orScenario_isRefused_listingTheKnownOnes() {
        byte[] model = Reports.bytes(Reports.JONGEREN);
        byte[] scenarios = Reports.bytes(Reports.LOKAAL);
        Validated<Report> party = report(model, "nobody", null);
        assertEquals(Validated.Failure.INVALID_PARAMETER, party.failure());
        String message = party.errors().get(0).message();
        assertTrue(message.contains("\"nobody\"") && message.contains("gemeenten"), message);
        Validated<Report> scenario = report(scenarios, null, "almelo");
        assertTrue(scenario.errors().get(0).message().contains("hengelo-2027"), scenario.toString());
        Validated<Report> onModel = report(model, null, "hengelo-2027");
        assertTrue(onModel.errors().get(0).message().contains("sroi-scenarios/1"), onModel.toString());
        Validated<Report> hengelo = report(scenarios, "gemeenten", "hengelo-2027");
        assertEquals("Voortzetting door Hengelo, 2027-2030", hengelo.value().scenario().title());
    }

    @Test
    void badDocuments_areRefused_withEveryProblem() {
        Validated<Report> malformed = report("{\"id\": nope}".getBytes(StandardCharsets.UTF_8), null, null);
        assertEquals(Validated.Failure.MALFORMED_JSON, malformed.failure());
        assertEquals(1, malformed.errors().get(0).line());
        Validated<Report> invalid = report("{\"format\": \"sroi-model/1\"}".getBytes(StandardCharsets.UTF_8), null,
                null);
        assertEquals(Validated.Failure.INVALID_MODEL, invalid.failure());
        assertTrue(invalid.errors().stream().anyMatch(p -> "/id".equals(p.pointer())), invalid.toString());
        Validated<Report> scenarios = report("{\"format\": \"sroi-scenarios/1\"}".getBytes(StandardCharsets.UTF_8),
                null, null);
        assertEquals(Validated.Failure.INVALID_SCENARIOS, scenarios.failure());
    }

    @Test
    void format_fromTheParameter_elseTheAcceptHeader_elseHtml() {
        assertEquals(ReportFormat.PDF, ReportFormat.of("pdf", "text/html").value());
        assertEquals(ReportFormat.HTML, ReportFormat.of("HTML", "application/pdf").value());
        assertEquals(ReportFormat.PDF, ReportFormat.of(null, "application/pdf").value());
        assertEquals(ReportFormat.HTML, ReportFormat.of(null, "text/html,application/pdf;q=0.5").value());
        assertEquals(ReportFormat.HTML, ReportFormat.of(null, null).value());
        assertEquals("format", ReportFormat.of("docx", null).errors().get(0).parameter());
        assertEquals(ReportFormat.PDF, ReportFormat.ofFileName("out.PDF"));
        assertEquals(null, ReportFormat.ofFileName("out.txt"));
    }
}
