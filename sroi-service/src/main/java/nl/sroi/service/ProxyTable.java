package nl.sroi.service;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.proxy.IndexedValue;
import nl.sroi.core.proxy.ProxyEntry;
import nl.sroi.core.text.Language;

/**
 * The proxies the command line found, as a table an analyst reads: one line per entry (id, value, unit, price year,
 * who bears it), then its description, domain and source with its address, in the language asked (who bears it
 * and the domain too); the entries' own texts are the library's (Dutch). Amounts as Dutch readers write them ({@code € 17.562,84}), in both.
 */
final class ProxyTable {

    private static final DecimalFormatSymbols DUTCH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private ProxyTable() {
    }

    /**
     * @param entries   the entries found
     * @param total     the size of the catalogue
     * @param words     the words searched for, or null
     * @param priceYear the price year to show values in, or null for each entry's own
     * @param index     the index that brings values to {@code priceYear}
     */
    static String render(List<ProxyEntry> entries, int total, String words, Integer priceYear, PriceIndex index,
                         Language language) {
        StringBuilder out = new StringBuilder();
        out.append(words != null && !words.isBlank()
                ? text(language, "cli.proxies.foundFor", entries.size(), total, words.trim())
                : text(language, "cli.proxies.found", entries.size(), total));
        out.append(priceYear == null ? text(language, "cli.proxies.ownYear")
                : text(language, "cli.proxies.inPrices", priceYear, index.name())).append('\n');
        if (entries.isEmpty()) {
            return out.append(text(language, "cli.proxies.none")).append('\n').toString();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(text(language, "cli.proxies.header").split("\\|"));
        for (ProxyEntry e : entries) {
            String value;
            String year;
            if (priceYear == null) {
                value = euro(e.value());
                year = Integer.toString(e.priceYear());
            } else {
                IndexedValue v = e.valueIn(priceYear, index);
                value = euro(v.valueInCents());
                year = e.priceYear() + " → " + priceYear + " (× " + factor(v.factor()) + ")";
            }
            rows.add(new String[] {e.id(), value, e.unit(), year, e.party().label().in(language)});
        }
        int[] width = new int[5];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        out.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = c == 1 ? pad(row[c], width[c], true) : pad(row[c], width[c], false);
                line.append(cell).append(c < row.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r > 0) {
                ProxyEntry e = entries.get(r - 1);
                out.append("    ").append(e.description()).append('\n');
                out.append("    ").append(text(language, "cli.proxies.domain", e.domain().label())).append('\n');
                if (e.derivation() != null) {
                    out.append("    ").append(text(language, "cli.proxies.derived", e.derivation())).append('\n');
                }
                // the label alone, then the citation whole (a value in a message is cut after 200 characters)
                String source = text(language, "cli.proxies.source", "");
                out.append("    ").append(source).append(e.source().citation()).append('\n');
                out.append("    ").append(" ".repeat(source.length())).append(e.source().url()).append('\n');
            }
        }
        return out.toString();
    }

    private static String text(Language language, String key, Object... values) {
        return ServiceTexts.message(key, values).in(language);
    }

    static String euro(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DUTCH);
        return "€ " + format.format(amount);
    }

    private static String factor(double factor) {
        return new DecimalFormat("0.0000", DUTCH).format(factor);
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
