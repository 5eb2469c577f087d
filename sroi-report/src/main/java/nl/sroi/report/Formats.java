package nl.sroi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.sroi.core.text.Language;
import nl.sroi.core.text.NumberText;

/**
 * How numbers read in one language: the library's {@link NumberText} (Dutch {@code € 454.258,52}, {@code 22,5 %},
 * {@code 1,28}; English {@code €454,258.52}, {@code 22.5%}, {@code 1.28}), set for print: the space after the euro
 * sign and before the percent sign is a no-break space, so a figure never breaks over two lines, and a negative
 * number carries a minus sign (U+2212) rather than a hyphen. Money is shown to the currency's minor unit exactly
 * as the result rounds it; ratios to two decimals, half up, as the result's {@code ratioDisplay}.
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
        return typeset(NumberText.money(amount, currency, language));
    }

    /** Whole currency units, for axes and chart labels: {@code € 120.000}. */
    public String moneyWhole(double amount) {
        return typeset(NumberText.money(BigDecimal.valueOf(amount), 0, currency, language));
    }

    /** A ratio to two decimals, half up, as {@code ratioDisplay}: {@code 1,28}. */
    public String ratio(double ratio) {
        return typeset(NumberText.ratio(ratio, language));
    }

    /** The result's own {@code ratioDisplay} ("1.28") in this language's decimal separator. */
    public String ratioDisplay(String display) {
        return typeset(NumberText.plain(new BigDecimal(display), language));
    }

    /** A share or rate as a percentage with at most {@code decimals} decimals: 0.225 → {@code 22,5 %}. */
    public String percent(double share, int decimals) {
        return percent(BigDecimal.valueOf(share), decimals);
    }

    public String percent(BigDecimal share, int decimals) {
        BigDecimal p = share.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return typeset(NumberText.percent(p.movePointLeft(2).doubleValue(), Math.max(0, p.scale()), language));
    }

    /** A decimal as entered, without trailing zeros: {@code 8,75}, {@code 13}, {@code 0,5}. */
    public String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return typeset(NumberText.grouped(v, Math.max(0, v.scale()), language));
    }

    /** A number to a fixed count of decimals, half up: {@code 38,4}. */
    public String number(double value, int decimals) {
        return typeset(NumberText.grouped(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP),
                decimals, language));
    }

    public String count(long n) {
        return NumberText.grouped(BigDecimal.valueOf(n), 0, language);
    }

    /** The same pattern as {@link #moneyWhole} for a chart axis. */
    public NumberFormat moneyAxisFormat() {
        String symbol = NumberText.symbol(currency);
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

    /** The library's text set for print: no-break spaces and true minus signs. */
    private static String typeset(String text) {
        return text.replace(' ', NBSP).replace('-', MINUS);
    }
}
