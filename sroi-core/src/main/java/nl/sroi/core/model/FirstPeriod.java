package nl.sroi.core.model;

/**
 * How period 1 is discounted: {@code discounted} (SROI Guide: divided by (1 + rate)) or {@code undiscounted}
 * (Green Book and Dutch MKBA: period 1 is the base year).
 */
public enum FirstPeriod {
    /** Period 1 is divided by (1 + rate). */
    DISCOUNTED,
    /** Period 1 is the base year, not discounted; period t is divided by (1 + rate)^(t-1). */
    UNDISCOUNTED
}
