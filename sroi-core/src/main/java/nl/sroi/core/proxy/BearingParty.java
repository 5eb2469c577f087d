package nl.sroi.core.proxy;

import java.util.Optional;

import nl.sroi.core.text.Coded;
import nl.sroi.core.text.Message;

/** The party that usually bears a cost, or saves it when the cost is avoided (who "receives" the value). */
public enum BearingParty implements Coded {
    /** De gemeente (Participatiewet, Wmo, Jeugdwet, schuldhulp, opvang). */
    MUNICIPALITY("gemeente"),
    /** De zorgverzekeraar (Zorgverzekeringswet). */
    HEALTH_INSURER("zorgverzekeraar"),
    /** Het Wlz-zorgkantoor (Wet langdurige zorg). */
    CARE_OFFICE("wlz-zorgkantoor"),
    /** UWV (WW en andere werknemersverzekeringen). */
    UWV("uwv"),
    /** De werkgever. */
    EMPLOYER("werkgever"),
    /** De persoon zelf of zijn huishouden. */
    PERSON("persoon"),
    /** De woningcorporatie of verhuurder. */
    HOUSING_CORPORATION("woningcorporatie"),
    /** Verschillende partijen samen (slachtoffers, politie en justitie, maatschappelijke organisaties). */
    SOCIETY("samenleving");

    private final String id;

    BearingParty(String id) {
        this.id = id;
    }

    /**
     * The id used in the catalogue, the service and the command line.
     *
     * @return the id, such as {@code gemeente}
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The name an analyst reads, such as "Gemeente" or "Municipality" (the templates {@code bearingParty.ID} of
     * sroi-core).
     *
     * @return the name, not yet in a language
     */
    @Override
    public Message label() {
        return Message.of("bearingParty." + id);
    }

    /**
     * The party with an id.
     *
     * @param id an id such as {@code uwv}
     * @return the party, or empty when no party has that id
     */
    public static Optional<BearingParty> byId(String id) {
        return Coded.byId(BearingParty.class, id);
    }
}
