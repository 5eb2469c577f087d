package nl.sroi.core.model;

/**
 * How the last, started year of a fractional duration counts (section 12 of the format).
 */
public enum PartYear {
    /** Pro rata (the default, section 11.1): 2.5 years count half of year 3. */
    PRO_RATA,
    /** In full, as some published sheets do: 2.5 years count year 3 in full. */
    FULL_YEAR
}
