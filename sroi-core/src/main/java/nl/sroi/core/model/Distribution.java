package nl.sroi.core.model;

/** The distribution a ranged estimate is drawn from in a simulation; the point value is the mode. */
public enum Distribution {
    /** Triangular from low through the point value to high. */
    TRIANGULAR,
    /** Beta-PERT from low to high with the point value as mode (weight 4). */
    PERT,
    /** Every value from low to high equally likely. */
    UNIFORM
}
