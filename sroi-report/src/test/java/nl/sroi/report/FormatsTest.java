package nl.sroi.report;

import nl.sroi.core.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import javax.money.Monetary;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats nl = new Formats(Language.NL, Monetary.getCurrency("EUR"));
    private final Formats en = new Formats(Language.EN, Monetary.getCurrency("EUR"));

    @Test
    void dutch_asTheIssueWritesThem() {
        // the issue's examples: € 454.258,52; 22,5 %; 1,28 (with no-break spaces, so they never break)
        assertEquals("€\u00a0454.258,52", nl.money(Money.of(new BigDecimal("454258.52"), "EUR")));
        assertEquals("22,5\u00a0%", nl.percent(0.225, 1));
        assertEquals("1,28", nl.ratio(1.2812));
        assertEquals("1,28", nl.ratioDisplay("1.28"));
        assertEquals("€\u00a0\u221257.410,06", nl.money(new BigDecimal("-57410.06")));
        assertEquals("8,75", nl.number(new BigDecimal("8.750")));
        assertEquals("13", nl.number(new BigDecimal("1.3E+1")));
        assertEquals("€\u00a0120.000", nl.moneyWhole(119999.5));
        assertEquals("€\u00a0120.000", nl.moneyAxisFormat().format(120000));
    }

    @Test
    void english() {
        assertEquals("€454,258.52", en.money(new BigDecimal("454258.52")));
        assertEquals("\u2212€57,410.06", en.money(new BigDecimal("-57410.06")));
        assertEquals("22.5%", en.percent(0.225, 1));
        assertEquals("2.25%", en.percent(new BigDecimal("0.0225"), 2));
        assertEquals("1.28", en.ratio(1.2812));
    }

    @Test
    void ratios_roundHalfUp_asTheResultsRatioDisplay() {
        // SroiCalculator rounds ratioDisplay half up from BigDecimal.valueOf(ratio)
        assertEquals("1,29", nl.ratio(1.285));
        assertEquals("0,35", nl.ratio(0.3529));
    }

    @Test
    void aMoneyAmount_readsBackAsTheSameNumber() {
        for (String amount : new String[] {"0.00", "0.01", "-0.01", "999.99", "1000.00", "-1234567.89"}) {
            BigDecimal a = new BigDecimal(amount);
            assertEquals(a, Reports.number(nl.money(a), Language.NL), amount);
            assertEquals(a, Reports.number(en.money(a), Language.EN), amount);
        }
    }
}
