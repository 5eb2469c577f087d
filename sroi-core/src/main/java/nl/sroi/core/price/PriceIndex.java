package nl.sroi.core.price;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A price index: a level per calendar year, with its name and source. The factor from one year's prices to
 * another's is the ratio of their levels, {@code I(to) / I(from)}; only the ratios matter, not the base.
 *
 * <p>Levels are kept as exact decimals. The record accepts any level so that a model carrying a wrong index can be
 * reported whole by the validator (a level must be &gt; 0); {@link #factor} refuses years it does not cover and
 * levels that are not positive.
 *
 * @param name   the index's name ({@code cbs-cpi} for the bundled CBS consumer price index)
 * @param source where the levels come from, and when they were taken
 * @param levels the index level per calendar year, ascending by year (unmodifiable)
 */
public record PriceIndex(String name, String source, SortedMap<Integer, BigDecimal> levels) {

    /** The name by which a model refers to the bundled CBS consumer price index. */
    public static final String CBS_CPI = "cbs-cpi";

    private static final String CBS_CPI_RESOURCE = "cbs-cpi.csv";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Copies the levels into an unmodifiable, year-ordered map.
     *
     * @param name   the index's name
     * @param source where the levels come from, and when they were taken
     * @param levels the index level per calendar year
     */
    public PriceIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        levels = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(levels, "levels")));
    }

    /**
     * An index from levels given per year.
     *
     * @param name   the index's name
     * @param source where the levels come from
     * @param levels the level per calendar year
     * @return the index
     */
    public static PriceIndex of(String name, String source, Map<Integer, BigDecimal> levels) {
        return new PriceIndex(name, source, new TreeMap<>(levels));
    }

    /**
     * The CBS consumer price index (all spending), bundled with the library: levels chained from CBS's rounded
     * yearly changes, {@code I(y) = I(y − 1) × (1 + change_y / 100)}, with 2004 at 100. Covers 2004 to 2025.
     *
     * @return the bundled index, named {@value #CBS_CPI}
     */
    public static PriceIndex cbsCpi() {
        return Bundled.INDEX;
    }

    /**
     * Whether the index has a level for a year.
     *
     * @param year a calendar year
     * @return true when the index holds a level for it
     */
    public boolean covers(int year) {
        return levels.containsKey(year);
    }

    /**
     * The factor that brings an amount in {@code fromYear}'s prices to {@code toYear}'s: {@code I(to) / I(from)},
     * computed from the exact levels and rounded once to the nearest double.
     *
     * @param fromYear the price year of the amount
     * @param toYear   the price year wanted
     * @return the factor (1 when the years are the same)
     * @throws IllegalArgumentException when the index does not cover a year or its level is not positive
     */
    public double factor(int fromYear, int toYear) {
        return decimalFactor(fromYear, toYear).doubleValue();
    }

    /**
     * The factor {@code I(to) / I(from)} as a decimal of 34 significant digits, for comparisons with entered
     * decimals (a range on an indexed proxy); {@link #factor} is this rounded to a double.
     *
     * @param fromYear the price year of the amount
     * @param toYear   the price year wanted
     * @return the factor (exactly 1 when the years are the same)
     * @throws IllegalArgumentException when the index does not cover a year or its level is not positive
     */
    public BigDecimal decimalFactor(int fromYear, int toYear) {
        BigDecimal from = level(fromYear);
        BigDecimal to = level(toYear);
        if (fromYear == toYear) {
            return BigDecimal.ONE;
        }
        return this == Bundled.INDEX ? Bundled.factor(fromYear, toYear) : to.divide(from, MathContext.DECIMAL128);
    }

    private BigDecimal level(int year) {
        BigDecimal level = levels.get(year);
        if (level == null) {
            throw new IllegalArgumentException(name + " has no level for " + year + " (it covers "
                    + levels.firstKey() + "–" + levels.lastKey() + ")");
        }
        if (level.signum() <= 0) {
            throw new IllegalArgumentException(name + " has a level of " + level.toPlainString() + " for " + year
                    + "; levels must be greater than 0");
        }
        return level;
    }

    /** Holder so the bundled series is read once, on first use. */
    private static final class Bundled {
        static final PriceIndex INDEX = readChained(PriceIndex.CBS_CPI, CBS_CPI_RESOURCE);
        private static final int FIRST = INDEX.levels.firstKey();
        private static final int YEARS = INDEX.levels.lastKey() - FIRST + 1;
        /**
         * Its factors, each divided once when first asked for: a 34-digit division costs some 5 KB of garbage, and
         * every request with a range on an indexed proxy asks for one.
         */
        private static final AtomicReferenceArray<BigDecimal> FACTORS = new AtomicReferenceArray<>(YEARS * YEARS);

        /** {@code I(to) / I(from)} for two years the bundled index covers. */
        static BigDecimal factor(int fromYear, int toYear) {
            int at = (fromYear - FIRST) * YEARS + (toYear - FIRST);
            BigDecimal factor = FACTORS.get(at);
            if (factor == null) {
                factor = INDEX.levels.get(toYear).divide(INDEX.levels.get(fromYear), MathContext.DECIMAL128);
                FACTORS.set(at, factor);
            }
            return factor;
        }
    }

    /** Reads a resource of yearly changes in % (with {@code # source:} and {@code # base:} lines) into levels. */
    private static PriceIndex readChained(String name, String resource) {
        try (InputStream in = PriceIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled price index " + resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String source = null;
            Integer base = null;
            TreeMap<Integer, BigDecimal> levels = new TreeMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# source:")) {
                    source = line.substring("# source:".length()).trim();
                } else if (line.startsWith("# base:")) {
                    base = Integer.valueOf(line.substring("# base:".length()).trim());
                    levels.put(base, HUNDRED);
                } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("year,")) {
                    String[] cells = line.split(",");
                    int year = Integer.parseInt(cells[0].trim());
                    BigDecimal change = new BigDecimal(cells[1].trim());
                    BigDecimal previous = levels.get(year - 1);
                    if (previous == null) {
                        throw new IllegalStateException(resource + ": " + year + " does not follow the year before");
                    }
                    levels.put(year, previous.multiply(BigDecimal.ONE.add(change.divide(HUNDRED))));
                }
            }
            if (source == null || base == null) {
                throw new IllegalStateException(resource + " lacks its source or base year");
            }
            return new PriceIndex(name, source, levels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
