package nl.sroi.core.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;

/** Warnings for {@code proxy.ref}: unknown entries, and values that are not the entry's in the proxy's price year. */
class ProxyReferencesTest {

    private static final ProxyReferences REFS = ProxyReferences.BUNDLED;
    private static final PriceIndex CPI = PriceIndex.cbsCpi();
    private static final String AT = "/outcomes/3/proxy/ref";

    @Test
    void anUnknownEntry_isAWarningAtTheReference() {
        Problem p = REFS.check(AT, "o", "huisarts", new BigDecimal("30.87"), 2022, CPI).orElseThrow();
        assertEquals(AT, p.pointer());
        assertEquals(ProblemCode.PROXY_REF_UNKNOWN, p.code());
        assertEquals("the proxy of outcome \"o\" refers to \"huisarts\", which is not in the proxy library",
                p.message());
    }

    @Test
    void theEntrysValue_inItsOwnPriceYear_orIndexed_holds() {
        assertEquals(Optional.empty(), REFS.check(AT, "o", "huisarts-consult", new BigDecimal("30.87"), 2022, CPI));
        assertEquals(Optional.empty(), REFS.check(AT, "o", "huisarts-consult", new BigDecimal("30.87"), null, CPI));
        // 30.87 × 1.038 × 1.033 = 33.1004 (CBS CPI 2023 and 2024)
        assertEquals(Optional.empty(), REFS.check(AT, "o", "huisarts-consult", new BigDecimal("33.10"), 2024, CPI));
        // the respite model's 311.17 (an older CPI: 290 × 1.073) is 0.07 % from 290 × 1.072254 = 310.95
        assertEquals(Optional.empty(), REFS.check(AT, "o", "verpleeghuiszorg-dag", new BigDecimal("311.17"), 2024,
                CPI));
        // a negative outcome that costs a carer's hour: −20.17 against 18.80 × 1.072254 = 20.158
        assertEquals(Optional.empty(), REFS.check(AT, "o", "mantelzorg-uur", new BigDecimal("-20.17"), 2024, CPI));
    }

    @Test
    void aValueMoreThanHalfAPercentOff_isAWarning() {
        // 33.10 × 1.005 = 33.27: 33.26 holds, 33.30 does not
        assertEquals(Optional.empty(), REFS.check(AT, "o", "huisarts-consult", new BigDecimal("33.26"), 2024, CPI));
        Problem p = REFS.check(AT, "gp", "huisarts-consult", new BigDecimal("33.30"), 2024, CPI).orElseThrow();
        assertEquals(ProblemCode.PROXY_REF_VALUE_DIFFERS, p.code());
        assertEquals("the proxy of outcome \"gp\" is 33.30, but library entry \"huisarts-consult\" is 30.87 in "
                + "prices of 2022, 33.10 in prices of 2024 (cbs-cpi): take the entry's value, or remove the "
                + "reference if the value is the analyst's own", p.message());
        Problem half = REFS.check(AT, "o", "bijstand-jaar-incl-uitvoering", new BigDecimal("8781.42"), 2024, CPI)
                .orElseThrow();
        assertEquals("the proxy of outcome \"o\" is 8781.42, but library entry \"bijstand-jaar-incl-uitvoering\" is "
                + "17562.84 in prices of 2024: take the entry's value, or remove the reference if the value is the "
                + "analyst's own", half.message());
    }

    @Test
    void yearsTheIndexDoesNotCover_areNotCompared() {
        assertEquals(Optional.empty(), REFS.check(AT, "o", "huisarts-consult", new BigDecimal("1"), 1990, CPI));
    }
}
