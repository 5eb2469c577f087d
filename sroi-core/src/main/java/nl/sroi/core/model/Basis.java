package nl.sroi.core.model;

/**
 * What an entered figure rests on (section 11 of the format): the project's own monitoring data, a cited
 * publication, or the analyst's estimate. A figure without a basis has none stated; reports list every assumption.
 */
public enum Basis {
    /** The project's own monitoring data. */
    MEASURED,
    /** A cited source. */
    PUBLISHED,
    /** The analyst's estimate. */
    ASSUMPTION
}
