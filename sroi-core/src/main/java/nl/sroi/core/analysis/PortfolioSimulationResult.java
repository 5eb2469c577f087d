package nl.sroi.core.analysis;

import java.util.List;

/**
 * The portfolio's uncertainty ({@code sroi-portfolio-simulation/1}): the distribution of its ratio (of the sums)
 * and of its net present value over the iterations, in total and per theme line. A ratio's summary is {@code null}
 * when no iteration had inputs to divide by; {@code currency} is {@code null} for an empty selection.
 *
 * @param currency        the portfolio's currency, or {@code null}
 * @param iterations      the iterations
 * @param seed            the seed
 * @param analyses        how many analyses were drawn
 * @param sharedProxies   how many library entries ({@code proxy.ref}) were cited by more than one ranged proxy,
 *                        and so drawn together
 * @param ratio           the portfolio's ratio
 * @param netPresentValue the portfolio's net present value
 * @param themeLines      the same per theme line, in the portfolio's order
 */
public record PortfolioSimulationResult(String currency, int iterations, long seed, int analyses, int sharedProxies,
                                        SimulationResult.Summary ratio, SimulationResult.Summary netPresentValue,
                                        List<ThemeLine> themeLines) {

    /**
     * A result, with an unmodifiable copy of the theme lines.
     *
     * @param currency        the portfolio's currency, or {@code null}
     * @param iterations      the iterations
     * @param seed            the seed
     * @param analyses        how many analyses were drawn
     * @param sharedProxies   how many library entries ({@code proxy.ref}) were cited by more than one ranged proxy,
     *                        and so drawn together
     * @param ratio           the portfolio's ratio
     * @param netPresentValue the portfolio's net present value
     * @param themeLines      the same per theme line, in the portfolio's order
     */
    public PortfolioSimulationResult {
        themeLines = List.copyOf(themeLines);
    }

    /**
     * One theme line's distribution.
     *
     * @param themeLine       the theme line's id, or {@code null} for the analyses without one
     * @param ratio           its ratio, or {@code null} when no iteration had inputs
     * @param netPresentValue its net present value
     */
    public record ThemeLine(String themeLine, SimulationResult.Summary ratio,
                            SimulationResult.Summary netPresentValue) {
    }
}
