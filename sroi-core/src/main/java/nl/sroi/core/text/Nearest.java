package nl.sroi.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known word nearest to a misspelt one, for messages that suggest a fix ({@code dropoff} → {@code dropOff},
 * {@code attributon} → {@code attribution}). Words are compared without regard to case by their edit distance
 * (Levenshtein); a word counts as near when at most a third of it, and at least two characters, would have to
 * change. A Dutch SROI term written where the format has its English name ({@code toerekening},
 * {@code voorspellend}) is near that name: Dutch analysts write the words of their training (the glossary's terms
 * and their usual synonyms).
 */
public final class Nearest {

    /** Dutch terms (lower case) and the English field or value name the format uses for each. */
    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("toerekening", "attribution"), Map.entry("attributie", "attribution"),
            Map.entry("nuleffect", "deadweight"), Map.entry("verplaatsing", "displacement"),
            Map.entry("uitval", "dropOff"), Map.entry("afname", "dropOff"), Map.entry("duur", "duration"),
            Map.entry("aantal", "quantity"), Map.entry("aantallen", "quantity"),
            Map.entry("belanghebbenden", "stakeholders"), Map.entry("belanghebbende", "stakeholder"),
            Map.entry("investeringen", "inputs"), Map.entry("inbreng", "inputs"),
            Map.entry("uitkomsten", "outcomes"), Map.entry("effecten", "outcomes"),
            Map.entry("voorspellend", "forecast"), Map.entry("prognose", "forecast"),
            Map.entry("evaluatief", "evaluation"), Map.entry("evaluatie", "evaluation"),
            Map.entry("bedragen", "amounts"), Map.entry("waarde", "value"), Map.entry("eenheid", "unit"),
            Map.entry("bron", "source"), Map.entry("prijsjaar", "priceYear"), Map.entry("prijspeil", "priceYear"),
            Map.entry("prijsindex", "priceIndex"), Map.entry("discontovoet", "rate"),
            Map.entry("disconteringsvoet", "rate"), Map.entry("omschrijving", "description"),
            Map.entry("beschrijving", "description"), Map.entry("titel", "title"), Map.entry("naam", "name"),
            Map.entry("valuta", "currency"), Map.entry("overdracht", "transfer"),
            Map.entry("looptijd", "horizonYears"), Map.entry("soort", "kind"),
            Map.entry("bandbreedtes", "ranges"), Map.entry("bandbreedte", "ranges"),
            Map.entry("verdeling", "distribution"), Map.entry("laag", "low"), Map.entry("hoog", "high"),
            Map.entry("aandeel", "share"), Map.entry("waardering", "proxy"));

    private Nearest() {
    }

    /**
     * The nearest of the known words, if one is near enough.
     *
     * @param word  the word as written
     * @param known the words it may have meant, in the order in which ties are decided
     * @return the nearest known word, or empty when none is near (or the word is itself known)
     */
    public static Optional<String> of(String word, Collection<String> known) {
        String w = word.toLowerCase(Locale.ROOT);
        String dutch = DUTCH.get(w);
        if (dutch != null && known.contains(dutch) && !known.contains(word)) {
            return Optional.of(dutch);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.equals(word)) {
                return Optional.empty();
            }
            int d = distance(w, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, Math.min(w.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** The edit distance of two words, or a number above {@code limit} once it is clear that it exceeds it. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
