package nl.sroi.core.model;

/** The distribution a ranged estimate is drawn from in a simulation; the point value is the mode. */
public enum Distribution {
    TRIANGULAR, PERT, UNIFORM
}
