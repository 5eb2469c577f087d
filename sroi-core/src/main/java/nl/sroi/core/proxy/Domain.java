package nl.sroi.core.proxy;

import java.util.Optional;

import nl.sroi.core.text.Coded;
import nl.sroi.core.text.Message;

/** The policy domain a proxy belongs to; the catalogue is organised by these ten. */
public enum Domain implements Coded {
    /** Schulden en inkomensondersteuning. */
    DEBTS_AND_INCOME("schulden-en-inkomen"),
    /** Werk en uitkeringen. */
    WORK_AND_BENEFITS("werk-en-uitkeringen"),
    /** Jeugdzorg. */
    YOUTH_CARE("jeugdzorg"),
    /** Wmo en zorg thuis. */
    WMO_AND_HOME_CARE("wmo-en-zorg-thuis"),
    /** Geestelijke gezondheidszorg. */
    MENTAL_HEALTH_CARE("ggz"),
    /** Huisarts en ziekenhuis. */
    GP_AND_HOSPITAL("huisarts-en-ziekenhuis"),
    /** Wonen en huisuitzetting. */
    HOUSING_AND_EVICTION("wonen-en-uitzetting"),
    /** Justitie en politie. */
    JUSTICE_AND_POLICE("justitie-en-politie"),
    /** Mantelzorg. */
    INFORMAL_CARE("mantelzorg"),
    /** Eenzaamheid en welzijn. */
    LONELINESS_AND_WELLBEING("eenzaamheid-en-welzijn");

    private final String id;

    Domain(String id) {
        this.id = id;
    }

    /**
     * The id used in the catalogue, the service and the command line.
     *
     * @return the id, such as {@code ggz}
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The name an analyst reads, such as "Jeugdzorg" or "Youth care" (the templates {@code domain.ID} of
     * sroi-core).
     *
     * @return the name, not yet in a language
     */
    @Override
    public Message label() {
        return Message.of("domain." + id);
    }

    /**
     * The domain with an id.
     *
     * @param id an id such as {@code jeugdzorg}
     * @return the domain, or empty when no domain has that id
     */
    public static Optional<Domain> byId(String id) {
        return Coded.byId(Domain.class, id);
    }
}
