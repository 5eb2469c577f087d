package nl.sroi.core.model;

/** Whether an analysis looks ahead ({@code forecast}, voorspellend) or back ({@code evaluation}, evaluatief). */
public enum Kind {
    /** Looking ahead: what a project is expected to bring (voorspellend). */
    FORECAST,
    /** Looking back: what a project brought (evaluatief). */
    EVALUATION
}
