package nl.sroi.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.sroi.core.analysis.PortfolioEntry;

/**
 * The portfolio benchmark as paired rounds, for a shared machine whose load moves between JMH's iterations: each
 * round times the portfolio simulation and the 100 single simulations back to back (alternating which goes first)
 * and takes their ratio; the figure is the median of the rounds' ratios. Then the portfolio without simulation,
 * warm: the median of 30 runs. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * nl.sroi.benchmarks.PortfolioRounds [ROUNDS]} (default 9).
 */
public final class PortfolioRounds {

    private PortfolioRounds() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        PortfolioBenchmark b = new PortfolioBenchmark();
        b.setUp();
        List<PortfolioEntry> entries = PortfolioModels.hundred(25);
        System.out.printf(Locale.ROOT, "%d analyses, %d iterations each%n", entries.size(),
                PortfolioBenchmark.ITERATIONS);
        for (int w = 0; w < 3; w++) {
            b.portfolioSimulation();
            b.singleSimulations();
        }
        double[] ratios = new double[rounds];
        double[] together = new double[rounds];
        double[] apart = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            boolean portfolioFirst = r % 2 == 0;
            long t0 = System.nanoTime();
            if (portfolioFirst) {
                b.portfolioSimulation();
            } else {
                b.singleSimulations();
            }
            long t1 = System.nanoTime();
            if (portfolioFirst) {
                b.singleSimulations();
            } else {
                b.portfolioSimulation();
            }
            long t2 = System.nanoTime();
            together[r] = (portfolioFirst ? t1 - t0 : t2 - t1) / 1e6;
            apart[r] = (portfolioFirst ? t2 - t1 : t1 - t0) / 1e6;
            ratios[r] = together[r] / apart[r];
            System.out.printf(Locale.ROOT, "round %d: portfolio simulation %.0f ms, 100 single simulations %.0f ms,"
                    + " ratio %.3f%n", r + 1, together[r], apart[r], ratios[r]);
        }
        System.out.printf(Locale.ROOT, "median: portfolio simulation %.0f ms, singles %.0f ms, ratio %.3f"
                + " (rounds %.3f to %.3f)%n", median(together), median(apart), median(ratios),
                Arrays.stream(ratios).min().orElseThrow(), Arrays.stream(ratios).max().orElseThrow());
        for (int w = 0; w < 20; w++) {
            b.portfolio();
        }
        double[] portfolio = new double[30];
        for (int r = 0; r < portfolio.length; r++) {
            long t0 = System.nanoTime();
            b.portfolio();
            portfolio[r] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "portfolio without simulation, warm: median %.1f ms (%.1f to %.1f)%n",
                median(portfolio), Arrays.stream(portfolio).min().orElseThrow(),
                Arrays.stream(portfolio).max().orElseThrow());
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
