package nl.sroi.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Summaries of simulated values, computed in index order so that they do not depend on threads. */
public final class Statistics {

    /** Bins of a histogram. */
    public static final int BINS = 20;

    private Statistics() {
    }

    /**
     * Summarises the values; {@code aboveOne} adds the share of values above 1 (for ratios).
     *
     * @param values at least one value, none NaN
     * @param aboveOne whether to add the share of values above 1
     * @return the summary
     */
    public static SimulationResult.Summary summarize(double[] values, boolean aboveOne) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        r7.setData(sorted);
        OptionalDouble above = OptionalDouble.empty();
        if (aboveOne) {
            int count = 0;
            for (double v : values) {
                count += v > 1 ? 1 : 0;
            }
            above = OptionalDouble.of((double) count / n);
        }
        return new SimulationResult.Summary(mean, sd, r7.evaluate(5), r7.evaluate(25), r7.evaluate(50),
                r7.evaluate(75), r7.evaluate(95), above, histogram(sorted));
    }

    private static List<SimulationResult.Bin> histogram(double[] sorted) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        List<SimulationResult.Bin> bins = new ArrayList<>();
        if (min == max) {
            bins.add(new SimulationResult.Bin(min, max, sorted.length));
            return bins;
        }
        double width = (max - min) / BINS;
        int[] counts = new int[BINS];
        for (double v : sorted) {
            counts[Math.min(BINS - 1, (int) ((v - min) / width))]++;
        }
        for (int b = 0; b < BINS; b++) {
            bins.add(new SimulationResult.Bin(min + b * width, b == BINS - 1 ? max : min + (b + 1) * width,
                    counts[b]));
        }
        return bins;
    }
}
