package nl.sroi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.money.MonetaryContext;
import java.math.RoundingMode;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Pins the Moneta defaults set in sroi-core's javamoney.properties (Moneta ships 256 digits). */
class MoneyDefaultsTest {

    @Test
    void moneyPrecision_is34Digits_halfEven() {
        MonetaryContext context = Money.of(1, "EUR").getContext();
        assertEquals(34, context.getPrecision());
        assertEquals(RoundingMode.HALF_EVEN, context.get(RoundingMode.class));
    }

    @Test
    void aThirdOfAEuro_has34Digits_not256() {
        String third = Money.of(1, "EUR").divide(3).getNumber().toString();
        assertEquals(36, third.length(), third); // "0." and 34 digits
    }
}
