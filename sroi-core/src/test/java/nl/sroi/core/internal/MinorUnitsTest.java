package nl.sroi.core.internal;

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

    /**
     * Amounts near 10^24 leave billions of cents between a total and the sum of its parts as doubles. They are
     * handed out round the order as one at a time would (here the remainders are all zero, so in index order):
     * each part gets the same count, the first ones one more; counted, not looped (a loop took minutes).
     */
    @Test
    void allocate_handsOutBillionsOfMissingCents_byCount() {
        double[] parts = {1e24, 1e24 + 2 * Math.ulp(1e24), 1e24};
        BigDecimal total = new BigDecimal("3000000000000000000000000.00").add(new BigDecimal("30000000.01"));
        BigDecimal[] rounded = cents.allocate(parts, total);
        BigDecimal sumOfParts = BigDecimal.ZERO;
        for (double part : parts) {
            sumOfParts = sumOfParts.add(new BigDecimal(part));
        }
        long missing = total.subtract(sumOfParts).movePointRight(2).longValueExact();
        long each = missing / 3;
        long first = missing % 3;
        for (int i = 0; i < 3; i++) {
            long handed = rounded[i].subtract(new BigDecimal(parts[i])).movePointRight(2).longValueExact();
            assertEquals(each + (i < first ? 1 : 0), handed, "part " + i);
        }
        assertEquals(total, rounded[0].add(rounded[1]).add(rounded[2]));
    }

    /** The fast path in whole units must give exactly what the exact decimal path gives. */
    @Test
    void theFastPath_agreesWithExactDecimalRounding() {
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            double amount = (rnd.nextDouble() - 0.3) * Math.pow(10, rnd.nextInt(12));
            assertEquals(new BigDecimal(amount).setScale(2, java.math.RoundingMode.HALF_EVEN), cents.round(amount),
                    "amount " + amount);
        }
        assertEquals(new BigDecimal("1.00"), cents.round(1.005)); // 1.005 is 1.00499999999999989... in binary
        assertEquals(new BigDecimal("0.29"), cents.round(0.29)); // 0.29 × 100 = 28.999999999999996
    }

    @Test
    void allocate_fastAndExactPaths_agreeOnTheInvariant() {
        java.util.Random rnd = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            double[] parts = new double[1 + rnd.nextInt(8)];
            double sum = 0;
            for (int j = 0; j < parts.length; j++) {
                parts[j] = (rnd.nextDouble() - 0.2) * Math.pow(10, rnd.nextInt(8));
                sum += parts[j];
            }
            BigDecimal total = cents.round(sum);
            BigDecimal[] rounded = cents.allocate(parts, total);
            BigDecimal added = BigDecimal.ZERO;
            for (int j = 0; j < parts.length; j++) {
                added = added.add(rounded[j]);
                double off = Math.abs(rounded[j].doubleValue() - parts[j]);
                org.junit.jupiter.api.Assertions.assertTrue(off < 0.01 + 1e-9, "part " + parts[j] + " → " + rounded[j]);
            }
            assertEquals(total, added);
        }
    }

    @Test
    void allocate_handlesNegativeParts() {
        assertArrayEquals(new BigDecimal[] {new BigDecimal("10.01"), new BigDecimal("-5.01")},
                cents.allocate(new double[] {10.005, -5.005}, new BigDecimal("5.00")));
    }
}
