package nl.sroi.core.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;

/**
 * Rounding of exact {@code double} amounts to a currency's minor unit: half-even for a single amount, and by
 * largest remainder for a breakdown, so that the rounded parts add up exactly to a given rounded total.
 *
 * <p>Amounts are worked in whole minor units ({@code long}) when that is provably the same as working with the
 * exact decimal value of the {@code double}: below 10^9 units a scaled amount is within 1.2e-7 of its exact value,
 * so any amount more than 1e-6 away from a rounding boundary rounds the same. Anything else takes the exact
 * {@link BigDecimal} path (~250 ns an amount against a few ns).
 *
 * <p>This is also the one place the library makes {@link MonetaryAmount}s: Moneta's {@code Money} with the
 * context {@link #CONTEXT} stated here, so that nothing depends on Moneta's global defaults (256 digits as shipped,
 * or whatever a {@code javamoney.properties} on the host's class path says). The library names only the JSR 354
 * API ({@code java.money}); it finds Moneta's {@code Money} by name, once, because moneta-core 1.4.5's module
 * requires okhttp3, which this project leaves out: Moneta stays on the class path as the API's provider.
 *
 * <p>When Moneta's {@code Money} class first loads, Moneta announces its global default context at INFO on
 * {@code java.util.logging}, which the library does not use; so that embedding the library prints nothing, the
 * library loads that class with that one logger muted and gives the logger back its level at once.
 */
public final class MinorUnits {

    /** Moneta's {@code Money}, loaded once; see {@link #loadMoneyQuietly()}. */
    private static final Class<? extends MonetaryAmount> MONEY = loadMoneyQuietly();
    /** {@code Money.of(BigDecimal, CurrencyUnit, MonetaryContext)}. */
    private static final MethodHandle MONEY_OF = moneyOf();

    private static final double FAST_LIMIT = 1e9;
    /** The minor-unit digits of each currency asked for, by its code. */
    private static final Map<String, Integer> DIGITS = new ConcurrentHashMap<>();
    /** Each currency asked for, by its code (its units are immutable). */
    private static final Map<String, CurrencyUnit> CURRENCIES = new ConcurrentHashMap<>();
    private static final double MARGIN = 1e-6;

    /**
     * The arithmetic context of every amount the library makes: 34 significant digits (IEEE 754 decimal128, far
     * more than any amount here needs), rounding half-even. Pinned by {@code MoneyContextTest}.
     */
    public static final MonetaryContext CONTEXT = MonetaryContextBuilder.of(MONEY)
            .setPrecision(34).set(RoundingMode.HALF_EVEN).build();

    private final int digits;
    private final double scale;
    private final BigDecimal unit;

    /**
     * Loads Moneta's {@code Money} with its announcement of its default context muted. Runs once, in this class's
     * initialisation; when the host loaded Money first, or its logging does not allow setting a level, it only
     * loads the class.
     */
    private static Class<? extends MonetaryAmount> loadMoneyQuietly() {
        Logger announcer = Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory");
        Level before = announcer.getLevel();
        boolean muted = false;
        try {
            announcer.setLevel(Level.WARNING);
            muted = true;
        } catch (RuntimeException e) { // a logging bridge that does not allow setting levels: load it as it is
        }
        try {
            return Class.forName("org.javamoney.moneta.Money", true, MinorUnits.class.getClassLoader())
                    .asSubclass(MonetaryAmount.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("moneta-core is not on the class path", e);
        } finally {
            if (muted) {
                announcer.setLevel(before);
            }
        }
    }

    private static MethodHandle moneyOf() {
        try {
            return MethodHandles.publicLookup().findStatic(MONEY, "of",
                    MethodType.methodType(MONEY, BigDecimal.class, CurrencyUnit.class, MonetaryContext.class))
                    .asType(MethodType.methodType(MonetaryAmount.class, BigDecimal.class, CurrencyUnit.class,
                            MonetaryContext.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("moneta-core has no Money.of(BigDecimal, CurrencyUnit, MonetaryContext)",
                    e);
        }
    }

    /** An exact amount as money, rounded half-even to the currency's minor unit. */
    public static MonetaryAmount money(double amount, CurrencyUnit currency) {
        int digits = currency.getDefaultFractionDigits();
        return money(new MinorUnits(digits).round(amount), currency);
    }

    /** A decimal amount (already rounded) as money in {@link #CONTEXT}. */
    public static MonetaryAmount money(BigDecimal amount, CurrencyUnit currency) {
        try {
            return (MonetaryAmount) MONEY_OF.invokeExact(amount, currency, CONTEXT);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A rounded amount as a decimal with exactly its currency's minor-unit digits (10000.00), for writing. */
    public static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class)
                .setScale(amount.getCurrency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    /**
     * A currency by its code, looked up once: Moneta's look-up asks every provider each time, a few microseconds
     * per result.
     *
     * @param currencyCode the currency's ISO 4217 code
     * @return the currency
     * @throws javax.money.UnknownCurrencyException when no provider knows the code
     */
    public static CurrencyUnit currency(String currencyCode) {
        return CURRENCIES.computeIfAbsent(currencyCode, Monetary::getCurrency);
    }

    /**
     * Rounding to a currency's minor unit.
     *
     * @param currencyCode the currency's ISO 4217 code
     * @return the rounding
     */
    public static MinorUnits of(String currencyCode) {
        return new MinorUnits(DIGITS.computeIfAbsent(currencyCode, code -> currency(code).getDefaultFractionDigits()));
    }

    /** Zero with the minor unit's digits (0.00). */
    public BigDecimal zero() {
        return BigDecimal.valueOf(0, digits);
    }

    /** Rounding to {@code digits} decimals (a currency's minor unit). */
    public MinorUnits(int digits) {
        this.digits = digits;
        this.scale = Math.pow(10, digits);
        this.unit = BigDecimal.ONE.movePointLeft(digits);
    }

    /** An exact amount rounded half-even to the minor unit. */
    public BigDecimal round(double amount) {
        double scaled = amount * scale;
        double fraction = scaled - Math.floor(scaled);
        if (Math.abs(scaled) < FAST_LIMIT && Math.abs(fraction - 0.5) > MARGIN) {
            return BigDecimal.valueOf(Math.round(scaled), digits);
        }
        return new BigDecimal(amount).setScale(digits, RoundingMode.HALF_EVEN);
    }

    /**
     * Rounds every part down, then hands the units still missing to the total to the parts with the largest
     * remainders (ties: the earlier part). Each part ends within one unit of its exact value.
     */
    public BigDecimal[] allocate(double[] parts, BigDecimal total) {
        boolean fast = total.abs().movePointRight(digits).doubleValue() < FAST_LIMIT;
        for (int i = 0; fast && i < parts.length; i++) {
            fast = Math.abs(parts[i] * scale) < FAST_LIMIT;
        }
        return fast ? allocateInUnits(parts, total) : allocateExactly(parts, total);
    }

    private BigDecimal[] allocateInUnits(double[] parts, BigDecimal total) {
        int n = parts.length;
        long[] units = new long[n];
        double[] remainder = new double[n];
        long missing = total.movePointRight(digits).longValueExact();
        for (int i = 0; i < n; i++) {
            double scaled = parts[i] * scale;
            double fraction = scaled - Math.floor(scaled);
            if (fraction > MARGIN && fraction < 1 - MARGIN) {
                units[i] = (long) Math.floor(scaled);
                remainder[i] = fraction;
            } else if (parts[i] != 0) { // near a whole unit: the floor of the exact value may be one lower
                BigDecimal exact = new BigDecimal(parts[i]).movePointRight(digits);
                BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
                units[i] = floor.longValueExact();
                remainder[i] = exact.subtract(floor).doubleValue();
            }
            missing -= units[i];
        }
        int[] order = largestFirst(remainder, missing >= 0);
        for (int j = 0; j < n; j++) {
            units[order[j]] += handedTo(j, missing, n);
        }
        BigDecimal[] rounded = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            rounded[i] = BigDecimal.valueOf(units[i], digits);
        }
        return rounded;
    }

    /** Indices by remainder, largest first (or smallest first), ties in index order: a stable insertion sort. */
    private static int[] largestFirst(double[] remainder, boolean largest) {
        int[] order = new int[remainder.length];
        for (int i = 0; i < order.length; i++) {
            int j = i;
            while (j > 0 && (largest ? remainder[order[j - 1]] < remainder[i] : remainder[order[j - 1]] > remainder[i])) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    private BigDecimal[] allocateExactly(double[] parts, BigDecimal total) {
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
        for (int j = 0; j < n; j++) {
            long units = handedTo(j, missing, n);
            if (units != 0) {
                rounded[order[j]] = rounded[order[j]].add(unit.multiply(BigDecimal.valueOf(units)));
            }
        }
        return rounded;
    }

    /**
     * The units the part in place {@code j} of the order gets when {@code missing} units are handed out one at a
     * time, round the order: at most one each in all but the most extreme models, but with amounts near 10^24 the
     * doubles' total and the exact parts can differ by billions of units, so it is counted, not looped.
     */
    private static long handedTo(int j, long missing, int n) {
        long each = Math.abs(missing) / n + (j < Math.abs(missing) % n ? 1 : 0);
        return missing >= 0 ? each : -each;
    }
}
