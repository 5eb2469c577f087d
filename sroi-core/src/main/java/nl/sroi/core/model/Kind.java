package nl.sroi.core.model;

/** Whether an analysis looks ahead ({@code forecast}, voorspellend) or back ({@code evaluation}, evaluatief). */
public enum Kind {
    FORECAST, EVALUATION
}
