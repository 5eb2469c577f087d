package nl.sroi.core.model;

/**
 * What the municipalities' shares of a project rest on (the {@code portfolio} section of the format): the
 * participants who live there, the inhabitants, the budget each contributes, or the analyst's assumption.
 */
public enum AllocationBasis {
    /** Where the project's participants live. */
    PARTICIPANTS,
    /** The municipalities' numbers of inhabitants. */
    INHABITANTS,
    /** What each municipality contributes to the budget. */
    BUDGET,
    /** The analyst's assumption. */
    ASSUMPTION
}
