package nl.sroi.core.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MinorUnitsTest {

    private final MinorUnits cents = new MinorUnits(2);

    @Test
    void round_isHalfEven() {
        assertEquals(new BigDecimal("0.12"), cents.round(0.125)); // 0.125 is exact in binary: a true tie
        assertEquals(new BigDecimal("0.38"), cents.round(0.375));
        assertEquals(new BigDecimal("-0.12"), cents.round(-0.125));
    }

    @Test
    void allocate_givesTheMissingCentToTheLargestRemainder() {
        double third = 100.0 / 3;
        assertArrayEquals(new BigDecimal[] {new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")},
                cents.allocate(new double[] {third, third, third}, new BigDecimal("100.00")));
        assertArrayEquals(new BigDecimal[] {new BigDecimal("0.33"), new BigDecimal("0.67")},
                cents.allocate(new double[] {0.333, 0.666}, new BigDecimal("1.00")));
    }

    @Test
    void allocate_takesCentsBackFromTheSmallestRemainders_whenTheTotalIsLower() {
        assertArrayEquals(new BigDecimal[] {new BigDecimal("0.99"), new BigDecimal("0.00")},
                cents.allocate(new double[] {0.999, 0.001}, new BigDecimal("0.99")));
    }

    @Test
    void allocate_handlesNegativeParts() {
        assertArrayEquals(new BigDecimal[] {new BigDecimal("10.01"), new BigDecimal("-5.01")},
                cents.allocate(new double[] {10.005, -5.005}, new BigDecimal("5.00")));
    }
}
