package nl.sroi.core.model;

/**
 * The uncertain model-wide estimates; {@code null} where not ranged. {@code inputs} is a multiplier on every input
 * amount (point value 1).
 */
public record ModelRanges(EstimateRange rate, EstimateRange inputs) {
}
