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

/**
 * The proxies the command line found, as a table an analyst reads: one line per entry (id, value, unit, price year,
 * who bears it), then its description, domain and source with its address. Amounts as Dutch readers write them
 * ({@code € 17.562,84}).
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
    static String render(List<ProxyEntry> entries, int total, String words, Integer priceYear, PriceIndex index) {
        StringBuilder out = new StringBuilder();
        out.append(entries.size()).append(" van ").append(total).append(" proxies");
        if (words != null && !words.isBlank()) {
            out.append(" voor \"").append(words.trim()).append('"');
        }
        out.append(priceYear == null ? "; waarden in het prijspeil van de bron" : "; waarden in prijzen van "
                + priceYear + " (" + index.name() + ")").append('\n');
        if (entries.isEmpty()) {
            return out.append("Geen proxy gevonden. Probeer minder of andere woorden, of `proxies` zonder woorden "
                    + "voor de hele bibliotheek.\n").toString();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "waarde", "eenheid", "prijspeil", "betaalt of bespaart"});
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
            rows.add(new String[] {e.id(), value, e.unit(), year, e.party().label()});
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
                out.append("    Domein: ").append(e.domain().label()).append('\n');
                if (e.derivation() != null) {
                    out.append("    Afgeleid: ").append(e.derivation()).append('\n');
                }
                out.append("    Bron: ").append(e.source().citation()).append('\n');
                out.append("          ").append(e.source().url()).append('\n');
            }
        }
        return out.toString();
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
