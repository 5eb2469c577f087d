package nl.sroi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;

import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.internal.MinorUnits;

/**
 * The library states the context of the amounts it makes (34 digits, half-even: {@link MinorUnits#CONTEXT}) and
 * leaves Moneta's global default alone: it ships no {@code javamoney.properties}, so the default stays what Moneta
 * ships (256 digits, which its javadoc calls DECIMAL64).
 */
class MoneyContextTest {

    static final SroiResult WORKED_CHECK = SroiCalculator.DEFAULT.calculate(TestResources.referenceModel("worked-check"));

    @Test
    void amountsOfAResult_have34Digits_halfEven() {
        MonetaryContext context = WORKED_CHECK.money(WORKED_CHECK.totals().presentValue()).getContext();
        assertEquals(34, context.getPrecision());
        assertEquals(RoundingMode.HALF_EVEN, context.get(RoundingMode.class));
        // a third of the inputs value (10,000.00) in 34 significant digits, not Moneta's default 256
        MonetaryAmount third = WORKED_CHECK.money(WORKED_CHECK.totals().inputsValue()).divide(3);
        assertEquals("3333." + "3".repeat(30), third.getNumber().toString());
    }

    @Test
    void theLibraryShipsNoJavamoneyProperties_andLeavesMonetasDefaultAlone() {
        // moneta-core's own file is the only one on the class path: the library adds none
        assertEquals(1, count("javamoney.properties"));
        assertEquals(256, Money.of(1, "EUR").getContext().getPrecision());
    }

    private static int count(String resource) {
        try {
            return java.util.Collections.list(MinorUnits.class.getClassLoader().getResources(resource)).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loading Moneta's Money quietly gives Moneta's announcer back the level it had (none set). */
    @Test
    void theLibrary_leavesMonetasLoggerAsItFoundIt() {
        assertEquals(null, java.util.logging.Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory")
                .getLevel());
    }
}
