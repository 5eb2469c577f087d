package nl.sroi.core.model;

/**
 * The uncertain model-wide estimates; {@code null} where not ranged. {@code inputs} is a multiplier on every input
 * amount (point value 1).
 *
 * @param rate   the range of the discount rate, or {@code null}
 * @param inputs the range of the inputs multiplier, or {@code null}
 */
public record ModelRanges(EstimateRange rate, EstimateRange inputs) {

    /**
     * Only the discount rate ranged.
     *
     * @param range the range of the rate
     * @return the ranges
     */
    public static ModelRanges ofRate(EstimateRange range) {
        return new ModelRanges(range, null);
    }

    /**
     * Only the inputs multiplier ranged.
     *
     * @param range the range of the inputs multiplier
     * @return the ranges
     */
    public static ModelRanges ofInputs(EstimateRange range) {
        return new ModelRanges(null, range);
    }

    /**
     * These ranges with the rate's range replaced.
     *
     * @param range the range of the rate, or {@code null}
     * @return the ranges
     */
    public ModelRanges withRate(EstimateRange range) {
        return new ModelRanges(range, inputs);
    }

    /**
     * These ranges with the inputs multiplier's range replaced.
     *
     * @param range the range of the inputs multiplier, or {@code null}
     * @return the ranges
     */
    public ModelRanges withInputs(EstimateRange range) {
        return new ModelRanges(rate, range);
    }
}
