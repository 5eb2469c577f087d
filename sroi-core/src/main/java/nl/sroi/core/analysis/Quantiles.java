package nl.sroi.core.analysis;

import org.apache.commons.math3.special.Beta;

import nl.sroi.core.model.EstimateRange;

/**
 * Quantile functions of the distributions a range can have, for proxies drawn together: the value at cumulative
 * probability u. Uniform and triangular are exact; Beta-PERT is its distribution function tabulated at
 * {@link PortfolioSimulation#TABLE} + 1 equally spaced points and inverted by linear interpolation.
 */
final class Quantiles {

    private Quantiles() {
    }

    /**
     * The quantile function of a range with its point value as the mode.
     *
     * @param range    the range
     * @param mode     the point value
     * @param mirrored whether to take the quantile 1 − u (a negative proxy moving with a positive entry)
     * @return the function
     */
    static PortfolioSimulation.Quantile of(EstimateRange range, double mode, boolean mirrored) {
        PortfolioSimulation.Quantile q = of(range, mode);
        return mirrored ? u -> q.at(1 - u) : q;
    }

    private static PortfolioSimulation.Quantile of(EstimateRange range, double mode) {
        double low = range.low().doubleValue();
        double high = range.high().doubleValue();
        double width = high - low;
        if (width == 0) {
            return u -> low;
        }
        switch (range.distribution()) {
            case UNIFORM -> {
                return u -> low + u * width;
            }
            case PERT -> {
                double alpha = 1 + 4 * (mode - low) / width;
                double beta = 1 + 4 * (high - mode) / width;
                double[] cdf = new double[PortfolioSimulation.TABLE + 1];
                for (int j = 1; j < PortfolioSimulation.TABLE; j++) {
                    cdf[j] = Beta.regularizedBeta((double) j / PortfolioSimulation.TABLE, alpha, beta);
                }
                cdf[PortfolioSimulation.TABLE] = 1;
                return u -> low + width * inverse(cdf, u);
            }
            default -> {
                double apex = (mode - low) / width;
                return u -> u < apex ? low + Math.sqrt(u * width * (mode - low))
                        : high - Math.sqrt((1 - u) * width * (high - mode));
            }
        }
    }

    /** The x in [0, 1] where the tabulated, non-decreasing distribution function reaches u. */
    static double inverse(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = cdf[hi] - cdf[lo];
        double fraction = span <= 0 ? 0 : (u - cdf[lo]) / span;
        return (lo + fraction) / (cdf.length - 1);
    }
}
