package nl.sroi.report;

import nl.sroi.core.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void dutchAndEnglish_haveTheSameTexts() {
        assertEquals(Texts.of(Language.NL).keys(), Texts.of(Language.EN).keys());
    }

    @Test
    void noText_holdsMarkup() {
        // texts are escaped when written, but placeholders are replaced by HTML: a stray < or & would be ambiguous
        for (Language l : Language.values()) {
            Texts t = Texts.of(l);
            for (String key : t.keys()) {
                assertFalse(t.get(key).matches(".*[<>&].*"), l + " " + key);
            }
        }
    }

    @Test
    void placeholders_areFilledInOrder() {
        assertEquals("Businesscase: Gemeente Hengelo", Texts.of(Language.NL).get("section.businessCase",
                "Gemeente Hengelo"));
    }
}
