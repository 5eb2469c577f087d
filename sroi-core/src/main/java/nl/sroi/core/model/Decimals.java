package nl.sroi.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Conversions for the builders' convenience overloads taking {@code double}. */
final class Decimals {
    private Decimals() {
    }

    static BigDecimal of(double value) {
        return BigDecimal.valueOf(value);
    }

    static List<BigDecimal> listOf(double... values) {
        List<BigDecimal> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(BigDecimal.valueOf(value));
        }
        return list;
    }
}
