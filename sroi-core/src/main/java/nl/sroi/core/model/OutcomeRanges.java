package nl.sroi.core.model;

/**
 * The uncertain estimates of one outcome; {@code null} where an estimate is not ranged. {@code quantity} is a
 * multiplier on every period's quantity (point value 1), {@code duration} is in whole years.
 */
public record OutcomeRanges(EstimateRange quantity, EstimateRange proxy, EstimateRange duration,
                            EstimateRange deadweight, EstimateRange displacement, EstimateRange attribution,
                            EstimateRange dropOff) {
}
