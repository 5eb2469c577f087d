package nl.sroi.core.model;

/**
 * How period 1 is discounted: {@code discounted} (SROI Guide: divided by (1 + rate)) or {@code undiscounted}
 * (Green Book and Dutch MKBA: period 1 is the base year).
 */
public enum FirstPeriod {
    DISCOUNTED, UNDISCOUNTED
}
