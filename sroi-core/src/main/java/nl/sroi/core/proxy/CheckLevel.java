package nl.sroi.core.proxy;

import java.util.Optional;

import nl.sroi.core.text.Coded;
import nl.sroi.core.text.Message;

/** How the value of a catalogue entry was checked when it was taken into the catalogue. */
public enum CheckLevel implements Coded {
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
    @Override
    public String id() {
        return id;
    }

    /**
     * The name an analyst reads, such as "checked in the source" (the templates {@code checkLevel.ID} of
     * sroi-core).
     *
     * @return the name, not yet in a language
     */
    @Override
    public Message label() {
        return Message.of("checkLevel." + id);
    }

    /**
     * The level with an id.
     *
     * @param id an id such as {@code source}
     * @return the level, or empty when none has that id
     */
    public static Optional<CheckLevel> byId(String id) {
        return Coded.byId(CheckLevel.class, id);
    }
}
