package nl.sroi.core.proxy;

import java.util.Arrays;
import java.util.Optional;

/** How the value of a catalogue entry was checked when it was taken into the catalogue. */
public enum CheckLevel {
    /** The value was seen in the publication or official text itself. */
    SOURCE("source"),
    /** The value was seen in a faithful copy of the source's table (a dataset or a page that reproduces it). */
    COPY("copy"),
    /**
     * The value, its price year and where it stands were taken from the project's research note, which cites the
     * source; the source itself was not opened again.
     */
    RESEARCH_NOTE("research-note");

    private final String id;

    CheckLevel(String id) {
        this.id = id;
    }

    /**
     * The id used in the catalogue.
     *
     * @return the id, such as {@code copy}
     */
    public String id() {
        return id;
    }

    /**
     * The level with an id.
     *
     * @param id an id such as {@code source}
     * @return the level, or empty when none has that id
     */
    public static Optional<CheckLevel> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
