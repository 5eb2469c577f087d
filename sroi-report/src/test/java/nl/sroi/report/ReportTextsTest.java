package nl.sroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Words;
import org.junit.jupiter.api.Test;

/** The report's words: read through core's Messages, in both languages. */
class ReportTextsTest {

    @Test
    void dutchAndEnglish_haveTheSameTexts() {
        // Messages.load refuses a set whose languages differ in keys or placeholders; this loads it
        assertTrue(ReportHtml.TEXTS.keys().size() > 200, ReportHtml.TEXTS.keys().toString());
        for (String key : ReportHtml.TEXTS.keys()) {
            assertFalse(ReportHtml.TEXTS.template(key, Language.NL).isBlank(), key);
            assertFalse(ReportHtml.TEXTS.template(key, Language.EN).isBlank(), key);
        }
    }

    @Test
    void noText_holdsMarkup() {
        // texts are escaped when written, but placeholders are replaced by HTML: a stray < or & would be ambiguous
        for (Language l : Language.values()) {
            for (String key : ReportHtml.TEXTS.keys()) {
                assertFalse(ReportHtml.TEXTS.template(key, l).matches(".*[<>&].*"), l + " " + key);
            }
        }
    }

    @Test
    void placeholders_areFilledInOrder_withTheValuesAsGiven() {
        assertEquals("Businesscase: Gemeente Hengelo", ReportHtml.TEXTS.in(Language.NL).get("section.businessCase",
                "Gemeente Hengelo"));
        assertEquals("Business case: Gemeente Hengelo", ReportHtml.TEXTS.in(Language.EN).get("section.businessCase",
                "Gemeente Hengelo"));
        String long300 = "x".repeat(300); // a title is a document's, not a quote in a problem: never shortened
        assertEquals("Businesscase: " + long300, ReportHtml.TEXTS.in(Language.NL).get("section.businessCase",
                long300));
    }

    @Test
    void aWrongKeyOrNumberOfValues_isAProgramError() {
        Words nl = ReportHtml.TEXTS.in(Language.NL);
        assertThrows(IllegalArgumentException.class, () -> nl.get("section.nothing"));
        assertThrows(IllegalArgumentException.class, () -> nl.get("section.businessCase"));
    }

    @Test
    void theNamesOfEstimates_areCores() {
        Words nl = ReportHtml.TEXTS.in(Language.NL);
        Words en = ReportHtml.TEXTS.in(Language.EN);
        assertEquals("Toerekening", Estimate.ATTRIBUTION.heading().in(Language.NL));
        assertEquals("Attribution", Estimate.ATTRIBUTION.heading().in(Language.EN));
        assertFalse(nl.has("estimate.attribution"), "the report keeps no names of estimates of its own");
        assertEquals("correctie „CPBL”", nl.get("filter.named", "CPBL"));
        assertEquals("filter \"CPBL\"", en.get("filter.named", "CPBL"));
    }
}
