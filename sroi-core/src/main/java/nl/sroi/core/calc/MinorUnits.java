package nl.sroi.core.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Rounding of exact {@code double} amounts to a currency's minor unit: half-even for a single amount, and by
 * largest remainder for a breakdown, so that the rounded parts add up exactly to a given rounded total.
 */
final class MinorUnits {

    private final int digits;
    private final BigDecimal unit;

    MinorUnits(int digits) {
        this.digits = digits;
        this.unit = BigDecimal.ONE.movePointLeft(digits);
    }

    BigDecimal round(double amount) {
        return new BigDecimal(amount).setScale(digits, RoundingMode.HALF_EVEN);
    }

    /**
     * Rounds every part down, then hands the units still missing to the total to the parts with the largest
     * remainders (ties: the earlier part). Each part ends within one unit of its exact value.
     */
    BigDecimal[] allocate(double[] parts, BigDecimal total) {
        int n = parts.length;
        BigDecimal[] rounded = new BigDecimal[n];
        BigDecimal[] remainder = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = new BigDecimal(parts[i]);
            rounded[i] = exact.setScale(digits, RoundingMode.FLOOR);
            remainder[i] = exact.subtract(rounded[i]);
            sum = sum.add(rounded[i]);
        }
        if (n == 0) {
            return rounded;
        }
        long missing = total.subtract(sum).movePointRight(digits).longValueExact();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Comparator<Integer> largestFirst = Comparator.comparing((Integer i) -> remainder[i]).reversed();
        Arrays.sort(order, missing >= 0 ? largestFirst : largestFirst.reversed());
        BigDecimal step = missing >= 0 ? unit : unit.negate();
        for (long k = 0; k < Math.abs(missing); k++) {
            int i = order[(int) (k % n)];
            rounded[i] = rounded[i].add(step);
        }
        return rounded;
    }
}
