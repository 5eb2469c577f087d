package nl.sroi.core.internal;

import java.util.OptionalDouble;

/**
 * The payback rule of the format, for the whole analysis or for one party: months from the start of period 1
 * until the cumulative discounted value first reaches the cumulative inputs while those are positive. A period's
 * inputs count from its start and its value accrues evenly over it, so the moment is interpolated inside the
 * period.
 */
public final class Payback {

    private Payback() {
    }

    /**
     * @param inputs       per period (index t − 1), the inputs as counted (discounted when the model discounts them)
     * @param presentValue per period, the discounted value
     * @return the months, or empty when the value does not catch up within the periods
     */
    public static OptionalDouble months(double[] inputs, double[] presentValue) {
        double invested = 0;
        double recovered = 0;
        for (int t = 1; t <= inputs.length; t++) {
            invested += inputs[t - 1];
            if (invested > 0 && recovered >= invested) {
                return OptionalDouble.of(12.0 * (t - 1));
            }
            double value = presentValue[t - 1];
            if (invested > 0 && value > 0 && recovered + value >= invested) {
                return OptionalDouble.of(12.0 * (t - 1) + 12.0 * (invested - recovered) / value);
            }
            recovered += value;
        }
        return OptionalDouble.empty();
    }
}
