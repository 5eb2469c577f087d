package nl.sroi.core.proxy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folded for searching: accents removed, lower case, every run of other characters one space. */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

    private SearchText() {
    }

    /** "Cliënt-ondersteuning (Wmo)" → " client ondersteuning wmo ". Spaces at both ends, so words can be anchored. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return " " + OTHER.matcher(plain).replaceAll(" ").trim() + " ";
    }

    /** The folded words of a query; empty for a blank query. */
    static List<String> words(String query) {
        String folded = fold(query).trim();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
