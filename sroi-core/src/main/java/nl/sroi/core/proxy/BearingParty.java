package nl.sroi.core.proxy;

import java.util.Arrays;
import java.util.Optional;

/** The party that usually bears a cost, or saves it when the cost is avoided (who "receives" the value). */
public enum BearingParty {
    /** De gemeente (Participatiewet, Wmo, Jeugdwet, schuldhulp, opvang). */
    MUNICIPALITY("gemeente", "Gemeente"),
    /** De zorgverzekeraar (Zorgverzekeringswet). */
    HEALTH_INSURER("zorgverzekeraar", "Zorgverzekeraar"),
    /** Het Wlz-zorgkantoor (Wet langdurige zorg). */
    CARE_OFFICE("wlz-zorgkantoor", "Wlz-zorgkantoor"),
    /** UWV (WW en andere werknemersverzekeringen). */
    UWV("uwv", "UWV"),
    /** De werkgever. */
    EMPLOYER("werkgever", "Werkgever"),
    /** De persoon zelf of zijn huishouden. */
    PERSON("persoon", "De persoon zelf"),
    /** De woningcorporatie of verhuurder. */
    HOUSING_CORPORATION("woningcorporatie", "Woningcorporatie"),
    /** Verschillende partijen samen (slachtoffers, politie en justitie, maatschappelijke organisaties). */
    SOCIETY("samenleving", "Samenleving (meerdere partijen)");

    private final String id;
    private final String label;

    BearingParty(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The id used in the catalogue, the service and the command line.
     *
     * @return the id, such as {@code gemeente}
     */
    public String id() {
        return id;
    }

    /**
     * The Dutch name an analyst reads.
     *
     * @return the name, such as "Gemeente"
     */
    public String label() {
        return label;
    }

    /**
     * The party with an id.
     *
     * @param id an id such as {@code uwv}
     * @return the party, or empty when no party has that id
     */
    public static Optional<BearingParty> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
