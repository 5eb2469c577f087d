package nl.sroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Validated;

/** The page "Verschil met het basismodel" of a scenario and "Verschil met de prognose" of an evaluation. */
class ReportBridgeTest {

    static byte[] file(String name) throws Exception {
        return Files.readAllBytes(Path.of("../models/" + name)); // the module's directory
    }

    static Validated<Report> report(byte[] document, String scenario, String lang) {
        return ReportRequest.of(lang, null, scenario, "200", null).flatMap(r -> Reporter.DEFAULT.report(document, r));
    }

    @Test
    void aScenariosReport_explainsTheDifferenceFromTheBase() throws Exception {
        Report r = report(file("scenarios/jongeren-en-schulden-lokaal.json"), "hengelo-2027", "nl").value();
        String html = ReportHtml.write(r);
        assertTrue(html.contains("<section id=\"bridge\">"), "the page");
        assertTrue(html.contains("Verschil met het basismodel"));
        assertTrue(html.contains("id=\"chart-bridge\""), "the waterfall");
        assertTrue(html.contains("1,2811") && html.contains("0,9567"), "from the base's ratio to the scenario's");
        assertTrue(html.contains("Aantallen verlagen de contante waarde van"), "the largest outcome effects");
        assertEquals(5, html.split("<ol class=\"largest\">")[1].split("</ol>")[0].split("<li>").length - 1);
        String en = ReportHtml.write(report(file("scenarios/jongeren-en-schulden-lokaal.json"), "hengelo-2027", "en")
                .value());
        assertTrue(en.contains("Difference from the base model") && en.contains("Quantities lower the present value"));
        assertFalse(ReportHtml.write(report(file("jongeren-en-schulden.json"), null, "nl").value())
                .contains("id=\"bridge\""), "a model alone has no such page");
    }

    @Test
    void anEvaluation_postedWithItsForecast_getsTheDifferenceFromTheForecast() throws Exception {
        String forecast = new String(file("jongeren-en-schulden.json"), StandardCharsets.UTF_8);
        String evaluation = forecast.replaceFirst("\"kind\": \"forecast\"",
                "\"kind\": \"evaluation\", \"basedOn\": {\"analysis\": \"jongeren-en-schulden\", \"version\": 1}");
        assertTrue(evaluation.contains("basedOn"), "the model names its kind as expected");
        byte[] posted = ("{\"document\": " + evaluation + ", \"compareWith\": " + forecast + "}")
                .getBytes(StandardCharsets.UTF_8);
        Report r = report(posted, null, "nl").value();
        String html = ReportHtml.write(r);
        assertTrue(html.contains("Verschil met de prognose"), "the page's title");
        assertTrue(html.contains(">/kind</span>") && html.contains(">/basedOn</span>"), "texts changed");
        byte[] wrong = ("{\"document\": " + forecast + ", \"compareWith\": " + forecast + "}")
                .getBytes(StandardCharsets.UTF_8);
        Validated<Report> refused = report(wrong, null, "nl");
        assertEquals("/compareWith", refused.errors().get(0).pointer());
        byte[] notAForecast = ("{\"document\": " + evaluation + ", \"compareWith\": " + evaluation + "}")
                .getBytes(StandardCharsets.UTF_8);
        Validated<Report> twoEvaluations = report(notAForecast, null, "nl");
        assertEquals("/compareWith/kind", twoEvaluations.errors().get(0).pointer());
        assertTrue(twoEvaluations.errors().get(0).message(Language.NL).contains("\"evaluation\""),
                twoEvaluations.errors().toString());
        byte[] broken = ("{\"document\": " + evaluation + ", \"compareWith\": {\"format\": \"sroi-model/1\"}}")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(report(broken, null, "nl").errors().stream().allMatch(p -> p.pointer().startsWith("/compareWith")));
    }
}
