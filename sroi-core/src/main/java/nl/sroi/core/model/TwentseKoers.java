package nl.sroi.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids the format knows for the {@code portfolio} section: Twentse Koers' programme, its five theme lines and
 * the fourteen Twente municipalities, with their names. Other ids are allowed (other regions); validation warns
 * about them, naming the nearest known one. A theme line's name is text in two languages (the templates
 * {@code themeLine.ID} of the core's messages); a municipality's name is a proper name, the same in both.
 */
public final class TwentseKoers {

    /** The programme's id. */
    public static final String PROGRAMME = "twentse-koers";

    /** The five theme lines, in the programme's order. */
    public static final List<String> THEME_LINES = List.of("bestaanszekerheid", "preventie-en-gezondheid",
            "mentale-gezondheid", "jeugd", "ouderen");

    /** The fourteen Twente municipalities by id, with their names, in alphabetical order. */
    public static final Map<String, String> MUNICIPALITIES = municipalities();

    private TwentseKoers() {
    }

    private static Map<String, String> municipalities() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("almelo", "Almelo");
        m.put("borne", "Borne");
        m.put("dinkelland", "Dinkelland");
        m.put("enschede", "Enschede");
        m.put("haaksbergen", "Haaksbergen");
        m.put("hellendoorn", "Hellendoorn");
        m.put("hengelo", "Hengelo");
        m.put("hof-van-twente", "Hof van Twente");
        m.put("losser", "Losser");
        m.put("oldenzaal", "Oldenzaal");
        m.put("rijssen-holten", "Rijssen-Holten");
        m.put("tubbergen", "Tubbergen");
        m.put("twenterand", "Twenterand");
        m.put("wierden", "Wierden");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Whether a theme line is one of the programme's five.
     *
     * @param id the theme line's id
     * @return true when it is known
     */
    public static boolean knownThemeLine(String id) {
        return THEME_LINES.contains(id);
    }

    /**
     * A municipality's name: its known name, else its id.
     *
     * @param id the municipality's id
     * @return the name
     */
    public static String municipalityName(String id) {
        return MUNICIPALITIES.getOrDefault(id, id);
    }
}
