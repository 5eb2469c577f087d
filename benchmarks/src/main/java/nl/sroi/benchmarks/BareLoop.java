package nl.sroi.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import nl.sroi.core.analysis.Statistics;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;

/**
 * The limit the simulation is measured against: as many draws of the same kind (triangular, one generator per
 * chunk of 1,000 iterations, both cores), the same arithmetic and the same summaries, written as one plain loop
 * over primitive arrays, with no kernel, no estimate references and no samplers. Geometric drop-off only (as in
 * the benchmarked model).
 */
final class BareLoop {

    private static final int CHUNK = 1000;

    private final int outcomes;
    private final int periods;
    private final double[][] quantity;
    private final int[] offset;
    private final double[] inputs;
    private final boolean firstDiscounted;
    private final boolean inputsDiscounted;
    private final int horizon;
    /** Per estimate, in the simulation's order: low, mode, high. */
    private final double[][] ranges;

    BareLoop(SroiModel m) {
        outcomes = m.outcomes().size();
        quantity = new double[outcomes][];
        offset = new int[outcomes];
        ranges = new double[outcomes * 7 + 2][];
        int longest = 0;
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            quantity[i] = o.quantity().stream().mapToDouble(q -> q.doubleValue()).toArray();
            offset[i] = o.startOffset();
            var r = o.ranges();
            ranges[i * 7] = range(r.deadweight(), o.deadweight().doubleValue());
            ranges[i * 7 + 1] = range(r.displacement(), o.displacement().doubleValue());
            ranges[i * 7 + 2] = range(r.attribution(), o.attribution().doubleValue());
            ranges[i * 7 + 3] = range(r.dropOff(), o.dropOff().doubleValue());
            ranges[i * 7 + 4] = range(r.proxy(), m.proxyValueUsed(o.proxy()).doubleValue());
            ranges[i * 7 + 5] = range(r.quantity(), 1);
            ranges[i * 7 + 6] = range(r.duration(), o.duration().doubleValue());
            longest = Math.max(longest, quantity[i].length + offset[i] + 50);
        }
        ranges[outcomes * 7] = range(m.ranges().rate(), m.discounting().rate().doubleValue());
        ranges[outcomes * 7 + 1] = range(m.ranges().inputs(), 1);
        horizon = m.horizonYears() == null ? Integer.MAX_VALUE : m.horizonYears();
        int inputPeriods = m.inputs().stream().mapToInt(in -> in.amounts().size()).max().orElse(0);
        periods = Math.max(inputPeriods, Math.min(horizon, longest));
        inputs = new double[periods];
        for (Input in : m.inputs()) {
            for (int t = 0; t < in.amounts().size(); t++) {
                inputs[t] += in.amounts().get(t).doubleValue();
            }
        }
        firstDiscounted = m.discounting().firstPeriod() == FirstPeriod.DISCOUNTED;
        inputsDiscounted = m.discounting().inputs();
    }

    private static double[] range(EstimateRange r, double mode) {
        return new double[] {r.low().doubleValue(), mode, r.high().doubleValue()};
    }

    /** The ratio's and the net present value's summaries over the iterations. */
    List<Object> run(int iterations, long seed) {
        double[] ratio = new double[iterations];
        double[] npv = new double[iterations];
        int chunks = (iterations + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            RandomGenerator rng = new Well19937c(seed * 31 + c);
            TriangularDistribution[] draw = new TriangularDistribution[ranges.length];
            for (int e = 0; e < ranges.length; e++) {
                draw[e] = new TriangularDistribution(rng, ranges[e][0], ranges[e][1], ranges[e][2]);
            }
            double[] factor = new double[periods];
            int end = Math.min(iterations, (c + 1) * CHUNK);
            for (int n = c * CHUNK; n < end; n++) {
                double presentValue = 0;
                double rate = draw[outcomes * 7].sample();
                for (int t = 1; t <= periods; t++) {
                    factor[t - 1] = 1.0 / Math.pow(1 + rate, firstDiscounted ? t : t - 1);
                }
                for (int i = 0; i < outcomes; i++) {
                    int b = i * 7;
                    double impact = draw[b + 4].sample() * (1 - draw[b].sample()) * (1 - draw[b + 1].sample())
                            * (1 - draw[b + 2].sample());
                    double keepFactor = 1 - draw[b + 3].sample();
                    double multiplier = draw[b + 5].sample();
                    int years = (int) Math.round(draw[b + 6].sample());
                    for (int q = 0; q < quantity[i].length; q++) {
                        double perCohort = quantity[i][q] * multiplier * impact;
                        double keep = 1;
                        for (int k = 1; k <= years; k++) {
                            int t = q + 1 + offset[i] + k - 1;
                            if (t > horizon || t > periods) {
                                break;
                            }
                            presentValue += perCohort * keep * factor[t - 1];
                            keep *= keepFactor;
                        }
                    }
                }
                double multiplier = draw[outcomes * 7 + 1].sample();
                double invested = 0;
                for (int t = 1; t <= periods; t++) {
                    invested += inputs[t - 1] * multiplier * (inputsDiscounted ? factor[t - 1] : 1);
                }
                npv[n] = presentValue - invested;
                ratio[n] = presentValue / invested;
            }
        });
        return List.of(Statistics.summarize(ratio, true), Statistics.summarize(npv, false),
                Arrays.stream(ratio).sum());
    }
}
