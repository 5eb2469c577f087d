package nl.sroi.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.money.CurrencyUnit;

/**
 * Numbers and money as text for a Dutch or an English reader, independent of the machine's locale: Dutch writes
 * {@code € 454.258,52}, {@code 22,5 %} and {@code 1,28}; English {@code €454,258.52}, {@code 22.5%} and
 * {@code 1.28}. Amounts in euro carry the € sign, other currencies their ISO code. The amounts given are written
 * as they are: round them first (money is rounded once, where a result is made).
 */
public final class NumberText {

    private NumberText() {
    }

    /**
     * A plain decimal without grouping, with the language's decimal separator: {@code 454258,52} in Dutch.
     *
     * @param value    the number, written with all its digits
     * @param language Dutch (decimal comma) or English (decimal point)
     * @return the text
     */
    public static String plain(BigDecimal value, Language language) {
        String s = value.toPlainString();
        return language == Language.NL ? s.replace('.', ',') : s;
    }

    /**
     * A number grouped by thousands with exactly {@code digits} decimals (half-even): {@code 454.258,52}.
     *
     * @param value    the number
     * @param digits   decimals to show
     * @param language Dutch ({@code 454.258,52}) or English ({@code 454,258.52})
     * @return the text
     */
    public static String grouped(BigDecimal value, int digits, Language language) {
        BigDecimal v = value.setScale(digits, RoundingMode.HALF_EVEN);
        String digitsText = v.abs().toPlainString();
        int point = digitsText.indexOf('.');
        String whole = point < 0 ? digitsText : digitsText.substring(0, point);
        String fraction = point < 0 ? "" : digitsText.substring(point + 1);
        char group = language == Language.NL ? '.' : ',';
        char decimal = language == Language.NL ? ',' : '.';
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(decimal).append(fraction);
        }
        return (v.signum() < 0 ? "-" : "") + out;
    }

    /**
     * An amount of money with the currency's minor-unit digits: {@code € 454.258,52} and {@code € -57.410,06} in
     * Dutch, {@code €454,258.52} and {@code -€57,410.06} in English; {@code USD 1.000,00} for other currencies.
     *
     * @param amount   the amount, shown with the currency's minor-unit digits (rounded half-even)
     * @param currency its currency
     * @param language Dutch or English conventions
     * @return the text
     */
    public static String money(BigDecimal amount, CurrencyUnit currency, Language language) {
        return money(amount, currency.getDefaultFractionDigits(), currency, language);
    }

    /**
     * An amount of money with a given number of decimals, written as {@link #money(BigDecimal, CurrencyUnit,
     * Language)} writes it: {@code € 120.000} with 0 decimals (for a chart's axis or labels).
     *
     * @param amount   the amount, shown with {@code digits} decimals (rounded half-even)
     * @param digits   decimals to show
     * @param currency its currency
     * @param language Dutch or English conventions
     * @return the text
     */
    public static String money(BigDecimal amount, int digits, CurrencyUnit currency, Language language) {
        String number = grouped(amount.abs(), digits, language);
        boolean negative = amount.setScale(digits, RoundingMode.HALF_EVEN).signum() < 0;
        String sign = symbol(currency);
        if (language == Language.NL) {
            return sign + " " + (negative ? "-" : "") + number;
        }
        String spaced = sign.equals("€") ? sign : sign + " ";
        return (negative ? "-" : "") + spaced + number;
    }

    /**
     * The sign written before amounts.
     *
     * @param currency the currency
     * @return € for the euro, else the ISO code
     */
    public static String symbol(CurrencyUnit currency) {
        return currency.getCurrencyCode().equals("EUR") ? "€" : currency.getCurrencyCode();
    }

    /**
     * A fraction as a percentage: 0.225 is {@code 22,5 %} in Dutch, {@code 22.5%} in English.
     *
     * @param fraction the fraction (0.225 for 22.5 %)
     * @param digits   decimals of the percentage to show
     * @param language Dutch or English conventions
     * @return the text
     */
    public static String percent(double fraction, int digits, Language language) {
        String number = grouped(BigDecimal.valueOf(fraction).movePointRight(2), digits, language);
        return language == Language.NL ? number + " %" : number + "%";
    }

    /**
     * A ratio with two decimals, rounded half up as reports print it (and as the result's {@code ratioDisplay}).
     *
     * @param ratio    the ratio
     * @param language Dutch ({@code 1,28}) or English ({@code 1.28})
     * @return the text
     */
    public static String ratio(double ratio, Language language) {
        return plain(BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP), language);
    }
}
