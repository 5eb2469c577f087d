package nl.sroi.core.analysis;

import nl.sroi.core.text.Message;

/**
 * The seven factors of the change bridge (section 2 of {@code bridge.md}), in the order the bridge lists them. Which
 * field belongs to which factor is {@link BridgeFields}' one table.
 */
public enum BridgeFactor {
    /** The inputs: every amount, per period. */
    INPUTS("inputs"),
    /** The discounting and the horizon. */
    DISCOUNTING("discounting"),
    /** The financial proxies and the price level. */
    PROXIES("proxies"),
    /** The quantities. */
    QUANTITIES("quantities"),
    /** Deadweight, displacement, attribution, already-net and transfer. */
    FILTERS("filters"),
    /** Duration and drop-off. */
    PERSISTENCE("persistence"),
    /** Outcomes added or removed. */
    OUTCOMES("outcomes");

    private final String key;

    BridgeFactor(String key) {
        this.key = key;
    }

    /**
     * The factor's name in a document ({@code quantities}).
     *
     * @return the name
     */
    public String key() {
        return key;
    }

    /**
     * The factor's label for a person ("aantallen", "quantities").
     *
     * @return the label
     */
    public Message label() {
        return Message.of("bridge.factor." + key);
    }

    /**
     * The factor of a document's name.
     *
     * @param key the name, e.g. {@code proxies}
     * @return the factor, or {@code null} when there is none of that name
     */
    public static BridgeFactor of(String key) {
        for (BridgeFactor f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** The bit of this factor in a set of factors held as a mask. */
    int bit() {
        return 1 << ordinal();
    }
}
