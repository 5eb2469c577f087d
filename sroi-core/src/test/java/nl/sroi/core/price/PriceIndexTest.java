package nl.sroi.core.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PriceIndexTest {

    @Test
    void cbsCpi_factor2022To2024_isTheTwoYearlyChangesChained() {
        // section 11.3 of the format: 2023 +3.8 %, 2024 +3.3 % (research/cbs-cpi.md) → 1.038 × 1.033 = 1.072254
        assertEquals(1.072254, PriceIndex.cbsCpi().factor(2022, 2024), 0.0);
        assertEquals(1 / 1.072254, PriceIndex.cbsCpi().factor(2024, 2022), 1e-15);
    }

    @Test
    void cbsCpi_factorOverTheWholeSeries_isTheProductOfEveryChange() {
        // the 21 yearly changes 2005–2025 of research/cbs-cpi.md, multiplied out by hand in this order
        double[] changes = {1.7, 1.1, 1.6, 2.5, 1.2, 1.3, 2.3, 2.5, 2.5, 1.0, 0.6, 0.3, 1.4, 1.7, 2.6, 1.3, 2.7,
                10.0, 3.8, 3.3, 3.3};
        double product = 1;
        for (double change : changes) {
            product *= 1 + change / 100;
        }
        assertEquals(product, PriceIndex.cbsCpi().factor(2004, 2025), 1e-14);
    }

    @Test
    void cbsCpi_coversTheYearsOfTheSeries_only() {
        PriceIndex cpi = PriceIndex.cbsCpi();
        assertEquals("cbs-cpi", cpi.name());
        assertTrue(cpi.source().contains("83131NED") && cpi.source().contains("taken 2026-11-23"), cpi.source());
        assertTrue(cpi.covers(2004) && cpi.covers(2018) && cpi.covers(2025));
        assertFalse(cpi.covers(2003));
        assertFalse(cpi.covers(2026));
        assertEquals(22, cpi.levels().size());
        assertEquals(1.0, cpi.factor(2019, 2019), 0.0);
    }

    @Test
    void aYearOutsideTheIndex_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PriceIndex.cbsCpi().factor(2003, 2024));
        assertTrue(e.getMessage().contains("2003"), e.getMessage());
    }

    @Test
    void anIndexGivenAsLevels_dividesTheLevels() {
        PriceIndex own = PriceIndex.of("eigen", "begroting", Map.of(2019, new BigDecimal("100.0"),
                2024, new BigDecimal("119.3")));
        assertEquals(1.193, own.factor(2019, 2024), 0.0);
        assertThrows(UnsupportedOperationException.class, () -> own.levels().put(2020, BigDecimal.ONE));
        PriceIndex zero = PriceIndex.of("nul", "test", Map.of(2019, BigDecimal.ZERO, 2024, BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> zero.factor(2019, 2024));
    }
}
