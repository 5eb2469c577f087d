package nl.sroi.core.proxy;

import java.util.Arrays;
import java.util.Optional;

/** The policy domain a proxy belongs to; the catalogue is organised by these ten. */
public enum Domain {
    /** Schulden en inkomensondersteuning. */
    DEBTS_AND_INCOME("schulden-en-inkomen", "Schulden en inkomensondersteuning"),
    /** Werk en uitkeringen. */
    WORK_AND_BENEFITS("werk-en-uitkeringen", "Werk en uitkeringen"),
    /** Jeugdzorg. */
    YOUTH_CARE("jeugdzorg", "Jeugdzorg"),
    /** Wmo en zorg thuis. */
    WMO_AND_HOME_CARE("wmo-en-zorg-thuis", "Wmo en zorg thuis"),
    /** Geestelijke gezondheidszorg. */
    MENTAL_HEALTH_CARE("ggz", "Geestelijke gezondheidszorg"),
    /** Huisarts en ziekenhuis. */
    GP_AND_HOSPITAL("huisarts-en-ziekenhuis", "Huisarts en ziekenhuis"),
    /** Wonen en huisuitzetting. */
    HOUSING_AND_EVICTION("wonen-en-uitzetting", "Wonen en huisuitzetting"),
    /** Justitie en politie. */
    JUSTICE_AND_POLICE("justitie-en-politie", "Justitie en politie"),
    /** Mantelzorg. */
    INFORMAL_CARE("mantelzorg", "Mantelzorg"),
    /** Eenzaamheid en welzijn. */
    LONELINESS_AND_WELLBEING("eenzaamheid-en-welzijn", "Eenzaamheid en welzijn");

    private final String id;
    private final String label;

    Domain(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The id used in the catalogue, the service and the command line.
     *
     * @return the id, such as {@code ggz}
     */
    public String id() {
        return id;
    }

    /**
     * The Dutch name an analyst reads.
     *
     * @return the name, such as "Geestelijke gezondheidszorg"
     */
    public String label() {
        return label;
    }

    /**
     * The domain with an id.
     *
     * @param id an id such as {@code jeugdzorg}
     * @return the domain, or empty when no domain has that id
     */
    public static Optional<Domain> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
