package nl.sroi.core.analysis;

import java.util.List;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;

/**
 * The outcome of a Monte Carlo simulation: summaries of the ratio and of the net present value over the
 * iterations. {@code ratio} is {@code null} when no iteration had inputs to divide by;
 * {@code iterationsWithoutRatio} counts the iterations left out of it for that reason.
 */
public record SimulationResult(String model, CurrencyUnit currency, int iterations, long seed, Summary ratio,
                               Summary netPresentValue, int iterationsWithoutRatio) {

    /**
     * Mean, sample standard deviation (n − 1), percentiles by the R-7 estimator (Excel's PERCENTILE.INC, NumPy's
     * default), a histogram of equal-width bins and, for the ratio, the share of iterations above 1.
     */
    public record Summary(double mean, double sd, double p5, double p25, double p50, double p75, double p95,
                          OptionalDouble probabilityAboveOne, List<Bin> histogram) {
        /**
         * A summary, with an unmodifiable copy of the histogram.
         *
         * @param mean                the mean
         * @param sd                  the sample standard deviation
         * @param p5                  the 5th percentile
         * @param p25                 the 25th percentile
         * @param p50                 the median
         * @param p75                 the 75th percentile
         * @param p95                 the 95th percentile
         * @param probabilityAboveOne the share of values above 1 (ratios only)
         * @param histogram           the bins
         */
        public Summary {
            histogram = List.copyOf(histogram);
        }
    }

    /** Values from {@code from} (inclusive) to {@code to} (exclusive, but the last bin includes its end). */
    public record Bin(double from, double to, int count) {
    }
}
