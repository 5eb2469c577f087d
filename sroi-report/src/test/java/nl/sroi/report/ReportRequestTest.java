package nl.sroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.sroi.core.validation.ModelValidator;

class ReportRequestTest {

    private static Refusal refusal(String lang, String party, String scenario, String iterations, String seed) {
        Refusal.Checked<ReportRequest> r = ReportRequest.of(lang, party, scenario, iterations, seed);
        assertFalse(r.ok());
        return r.refusal();
    }

    @Test
    void wrongParameters_areRefused_namingTheParameter() {
        assertTrue(refusal("fr", null, null, null, null).detail().startsWith("lang must be nl or en"));
        assertTrue(refusal(null, null, null, "0", null).detail().startsWith("iterations must be between 1 and"));
        assertTrue(refusal(null, null, null, "many", null).detail().startsWith("iterations must be a whole number"));
        assertTrue(refusal(null, null, null, null, "x").detail().startsWith("seed must be a whole number"));
        assertTrue(refusal(null, " ", null, null, null).detail().startsWith("for must name a stakeholder"));
        assertEquals(Refusal.Kind.INVALID_PARAMETER, refusal("de", null, null, null, null).kind());
    }

    @Test
    void defaults_areDutch_tenThousandIterations_seedOne() {
        Report.Options o = ReportRequest.of(null, null, null, null, null).value().options();
        assertEquals(new Report.Options(Language.NL, null, 10_000, 1), o);
        assertEquals(Language.EN, ReportRequest.of("EN", null, null, null, null).value().options().language());
    }

    @Test
    void anUnknownParty_orScenario_isRefused_listingTheKnownOnes() {
        byte[] model = Reports.bytes(Reports.JONGEREN);
        byte[] scenarios = Reports.bytes(Reports.LOKAAL);
        Refusal party = ReportRequest.of(null, "nobody", null, null, null).value().on(model, ModelValidator.DEFAULT)
                .refusal();
        assertEquals(Refusal.Kind.INVALID_PARAMETER, party.kind());
        assertTrue(party.detail().contains("\"nobody\"") && party.detail().contains("gemeenten"), party.detail());
        Refusal scenario = ReportRequest.of(null, null, "almelo", null, null).value()
                .on(scenarios, ModelValidator.DEFAULT).refusal();
        assertTrue(scenario.detail().contains("hengelo-2027"), scenario.detail());
        Refusal onModel = ReportRequest.of(null, null, "hengelo-2027", null, null).value()
                .on(model, ModelValidator.DEFAULT).refusal();
        assertTrue(onModel.detail().contains("sroi-scenarios/1"), onModel.detail());
    }

    @Test
    void badDocuments_areRefused_withEveryProblem() {
        ReportRequest request = ReportRequest.of(null, null, null, null, null).value();
        Refusal malformed = request.on("{\"id\": nope}".getBytes(StandardCharsets.UTF_8), ModelValidator.DEFAULT)
                .refusal();
        assertEquals(Refusal.Kind.MALFORMED, malformed.kind());
        assertEquals(1, malformed.problems().get(0).line());
        Refusal invalid = request.on("{\"format\": \"sroi-model/1\"}".getBytes(StandardCharsets.UTF_8),
                ModelValidator.DEFAULT).refusal();
        assertEquals(Refusal.Kind.INVALID_MODEL, invalid.kind());
        assertTrue(invalid.problems().stream().anyMatch(p -> p.pointer().equals("/id")), invalid.toString());
        Refusal scenarios = request.on("{\"format\": \"sroi-scenarios/1\"}".getBytes(StandardCharsets.UTF_8),
                ModelValidator.DEFAULT).refusal();
        assertEquals(Refusal.Kind.INVALID_SCENARIOS, scenarios.kind());
    }

    @Test
    void format_fromTheParameter_elseTheAcceptHeader_elseHtml() {
        assertEquals(ReportFormat.PDF, ReportFormat.of("pdf", "text/html").value());
        assertEquals(ReportFormat.HTML, ReportFormat.of("HTML", "application/pdf").value());
        assertEquals(ReportFormat.PDF, ReportFormat.of(null, "application/pdf").value());
        assertEquals(ReportFormat.HTML, ReportFormat.of(null, "text/html,application/pdf;q=0.5").value());
        assertEquals(ReportFormat.HTML, ReportFormat.of(null, null).value());
        assertTrue(ReportFormat.of("docx", null).refusal().detail().startsWith("format must be html or pdf"));
        assertEquals(ReportFormat.PDF, ReportFormat.ofFileName("out.PDF"));
        assertEquals(null, ReportFormat.ofFileName("out.txt"));
    }
}
