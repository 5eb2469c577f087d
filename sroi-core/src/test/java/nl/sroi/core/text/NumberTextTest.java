package nl.sroi.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;

import javax.money.Monetary;

import org.junit.jupiter.api.Test;

import nl.sroi.core.validation.Parameters;
import nl.sroi.core.validation.ProblemCode;

/** Dutch and English numbers, written the same on any machine (expected texts as the Dutch and English write them). */
class NumberTextTest {

    @Test
    void money_inDutch_andInEnglish() {
        var eur = Monetary.getCurrency("EUR");
        assertEquals("€ 454.258,52", NumberText.money(new BigDecimal("454258.52"), eur, Language.NL));
        assertEquals("€ -57.410,06", NumberText.money(new BigDecimal("-57410.06"), eur, Language.NL));
        assertEquals("€454,258.52", NumberText.money(new BigDecimal("454258.52"), eur, Language.EN));
        assertEquals("-€57,410.06", NumberText.money(new BigDecimal("-57410.06"), eur, Language.EN));
        assertEquals("€ 0,00", NumberText.money(new BigDecimal("-0.001"), eur, Language.NL));
        assertEquals("JPY 1.234", NumberText.money(new BigDecimal("1234.5"), Monetary.getCurrency("JPY"), Language.NL)); // half-even
        assertEquals("USD 1,000.00", NumberText.money(new BigDecimal("1000"), Monetary.getCurrency("USD"), Language.EN));
    }

    @Test
    void numbers_percentages_andRatios() {
        assertEquals("454258,52", NumberText.plain(new BigDecimal("454258.52"), Language.NL));
        assertEquals("-1234.5", NumberText.plain(new BigDecimal("-1234.5"), Language.EN));
        assertEquals("1.234.567,000", NumberText.grouped(new BigDecimal("1234567"), 3, Language.NL));
        assertEquals("999", NumberText.grouped(new BigDecimal("999"), 0, Language.EN));
        assertEquals("2,25 %", NumberText.percent(0.0225, 2, Language.NL));
        assertEquals("22.5%", NumberText.percent(0.225, 1, Language.EN));
        assertEquals("1,28", NumberText.ratio(1.2812, Language.NL));
        assertEquals("1.29", NumberText.ratio(1.285, Language.EN)); // half up, as reports print it
    }

    @Test
    void languageParameter() {
        assertEquals(Language.NL, Parameters.language(null, Language.NL).value());
        assertEquals(Language.EN, Parameters.language("en", Language.NL).value());
        var bad = Parameters.language("NL", Language.EN);
        assertFalse(bad.isValid());
        assertEquals(ProblemCode.INVALID_VALUE, bad.errors().get(0).code());
        assertEquals("lang must be nl or en, was \"NL\"", bad.errors().get(0).message());
    }
}
