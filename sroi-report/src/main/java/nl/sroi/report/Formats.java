package nl.sroi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * How numbers read in one language. Dutch: {@code € 454.258,52}, {@code 22,5 %}, {@code 1,28}; English:
 * {@code €454,258.52}, {@code 22.5%}, {@code 1.28}. Money is shown to the currency's minor unit exactly as the
 * result rounds it; ratios to two decimals, half up, as the result's {@code ratioDisplay}. Negative numbers carry a
 * minus sign (U+2212). The space after the euro sign and before the percent sign is a no-break space.
 */
public final class Formats {

    static final char NBSP = '\u00a0';
    static final char MINUS = '\u2212';

    private final Language language;
    private final CurrencyUnit currency;
    private final DecimalFormatSymbols symbols;

    public Formats(Language language, CurrencyUnit currency) {
        this.language = language;
        this.currency = currency;
        this.symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(language == Language.NL ? '.' : ',');
        symbols.setDecimalSeparator(language == Language.NL ? ',' : '.');
    }

    public Language language() {
        return language;
    }

    /** An amount as the result gives it, to the currency's minor unit: {@code € 454.258,52}. */
    public String money(MonetaryAmount amount) {
        return money(amount.getNumber().numberValue(BigDecimal.class));
    }

    public String money(BigDecimal amount) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return withCurrency(grouped(amount.setScale(digits, RoundingMode.HALF_EVEN), digits));
    }

    /** Whole currency units, for axes and chart labels: {@code € 120.000}. */
    public String moneyWhole(double amount) {
        return withCurrency(grouped(BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_EVEN), 0));
    }

    /** A ratio to two decimals, half up, as {@code ratioDisplay}: {@code 1,28}. */
    public String ratio(double ratio) {
        return plain(BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP));
    }

    /** The result's own {@code ratioDisplay} ("1.28") in this language's decimal separator. */
    public String ratioDisplay(String display) {
        return plain(new BigDecimal(display));
    }

    /** A share or rate as a percentage with at most {@code decimals} decimals: 0.225 → {@code 22,5 %}. */
    public String percent(double share, int decimals) {
        return percent(BigDecimal.valueOf(share), decimals);
    }

    public String percent(BigDecimal share, int decimals) {
        BigDecimal p = share.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return plain(p) + (language == Language.NL ? NBSP + "%" : "%");
    }

    /** A decimal as entered, without trailing zeros: {@code 8,75}, {@code 13}. */
    public String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return plain(v.scale() < 0 ? v.setScale(0) : v);
    }

    /** A number to a fixed count of decimals: {@code 38,4}. */
    public String number(double value, int decimals) {
        return plain(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** The same pattern as {@link #moneyWhole} for a chart axis. */
    public NumberFormat moneyAxisFormat() {
        String symbol = symbol();
        String prefix = language == Language.NL || symbol.length() > 1 ? symbol + NBSP : symbol;
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setPositivePrefix(prefix);
        f.setNegativePrefix(prefix + MINUS);
        return f;
    }

    /** A ratio axis: two decimals. */
    public NumberFormat ratioAxisFormat() {
        return new DecimalFormat("0.00", symbols);
    }

    /** Whole numbers with grouping: counts on an axis. */
    public NumberFormat countAxisFormat() {
        return new DecimalFormat("#,##0", symbols);
    }

    public String count(long n) {
        return grouped(BigDecimal.valueOf(n), 0);
    }

    private String plain(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        return minus(f.format(value));
    }

    private String grouped(BigDecimal value, int digits) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return minus(f.format(value));
    }

    private String withCurrency(String number) {
        String symbol = symbol();
        boolean negative = number.charAt(0) == MINUS;
        String digits = negative ? number.substring(1) : number;
        if (language == Language.NL || symbol.length() > 1) {
            return symbol + NBSP + (negative ? MINUS + digits : digits);
        }
        return (negative ? String.valueOf(MINUS) : "") + symbol + digits;
    }

    private String symbol() {
        return currency.getCurrencyCode().equals("EUR") ? "€" : currency.getCurrencyCode();
    }

    private static String minus(String s) {
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
    }
}
