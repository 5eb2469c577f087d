package nl.sroi.core.model;

/**
 * How an outcome fades after its first year: {@code geometric} keeps (1 - dropOff)^(k-1) in year k (SROI Guide),
 * {@code linear} keeps max(0, 1 - dropOff * (k-1)).
 */
public enum DropOffMode {
    /** (1 - dropOff)^(k-1) remains in year k. */
    GEOMETRIC,
    /** max(0, 1 - dropOff * (k-1)) remains in year k. */
    LINEAR
}
