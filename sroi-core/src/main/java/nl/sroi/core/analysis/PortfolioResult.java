package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

import nl.sroi.core.model.Kind;
import nl.sroi.core.validation.Problem;

/**
 * The portfolio ({@code sroi-portfolio/1}): every analysis of a selection, their totals, per theme line and per
 * party. Amounts are decimals rounded to the currency's minor unit; every list of rows adds up exactly to its
 * total; ratios are unrounded ratios of sums, never means of ratios. {@code currency} is {@code null} when the
 * selection is empty (then a warning says so).
 *
 * @param selection  the selection as asked
 * @param currency   the ISO 4217 code of every analysis, or {@code null} when there is none
 * @param analyses   one row per analysis, in the order given
 * @param totals     the sums of the rows
 * @param themeLines the sums per theme line, in the programme's order (others after them, then those without)
 * @param parties    the parties pooled by stakeholder id, in order of first appearance
 * @param warnings   what the reader should know (an empty selection)
 */
public record PortfolioResult(PortfolioSelection selection, String currency, List<Analysis> analyses,
                              Figures totals, List<ThemeLine> themeLines, List<Party> parties,
                              List<Problem> warnings) {

    /**
     * A result, with unmodifiable copies of the lists.
     *
     * @param selection  the selection as asked
     * @param currency   the ISO 4217 code of every analysis, or {@code null} when there is none
     * @param analyses   one row per analysis, in the order given
     * @param totals     the sums of the rows
     * @param themeLines the sums per theme line, in the programme's order (others after them, then those without)
     * @param parties    the parties pooled by stakeholder id, in order of first appearance
     * @param warnings   what the reader should know (an empty selection)
     */
    public PortfolioResult {
        analyses = List.copyOf(analyses);
        themeLines = List.copyOf(themeLines);
        parties = List.copyOf(parties);
        warnings = List.copyOf(warnings);
    }

    /**
     * Whether the selection holds no analysis.
     *
     * @return true when it is empty
     */
    public boolean isEmpty() {
        return analyses.isEmpty();
    }

    /**
     * Amounts of a row or a total, and the ratios of its sums.
     *
     * @param presentValue        Σ present value
     * @param inputsValue         Σ inputs value
     * @param netPresentValue     presentValue − inputsValue
     * @param welfarePresentValue Σ present value without transfers (the present value where there are none)
     * @param ratio               presentValue / inputsValue of the exact sums; empty without inputs
     * @param welfareRatio        welfarePresentValue / inputsValue of the exact sums; empty without inputs
     */
    public record Figures(BigDecimal presentValue, BigDecimal inputsValue, BigDecimal netPresentValue,
                          BigDecimal welfarePresentValue, OptionalDouble ratio, OptionalDouble welfareRatio) {
    }

    /**
     * One analysis as counted.
     *
     * @param id        the analysis's id
     * @param version   the version used
     * @param hash      its document's hash, or {@code null} when the caller keeps none
     * @param title     its title
     * @param themeLine its theme line, or {@code null}
     * @param kind      forecast or evaluation
     * @param share     the share it is counted at (1 without a municipality)
     * @param figures   its figures × share
     */
    public record Analysis(String id, int version, String hash, String title, String themeLine, Kind kind,
                           BigDecimal share, Figures figures) {
    }

    /**
     * One theme line.
     *
     * @param themeLine the theme line's id, or {@code null} for the analyses without one
     * @param analyses  how many analyses it holds
     * @param figures   the sums of their rows
     */
    public record ThemeLine(String themeLine, int analyses, Figures figures) {
    }

    /**
     * One party: a stakeholder id pooled over the analyses.
     *
     * @param id          the stakeholder id
     * @param name        its name in the first analysis that has it
     * @param invested    Σ its inputs value
     * @param received    Σ the present value that lands with it
     * @param net         received − invested
     * @param ratio       received / invested of the exact sums; empty when it invests nothing
     * @param inputsShare its share of the portfolio's inputs value (0 when there are none)
     * @param valueShare  its share of the portfolio's present value (0 when there is none)
     * @param wrongPocket whether it pays much and receives little ({@link Portfolio#isWrongPocket})
     * @param analyses    its row of the matrix: the analyses it appears in
     */
    public record Party(String id, String name, BigDecimal invested, BigDecimal received, BigDecimal net,
                        OptionalDouble ratio, double inputsShare, double valueShare, boolean wrongPocket,
                        List<Cell> analyses) {
        /**
         * A party, with an unmodifiable copy of its cells.
         *
         * @param id          the stakeholder id
         * @param name        its name in the first analysis that has it
         * @param invested    Σ its inputs value
         * @param received    Σ the present value that lands with it
         * @param net         received − invested
         * @param ratio       received / invested of the exact sums; empty when it invests nothing
         * @param inputsShare its share of the portfolio's inputs value (0 when there are none)
         * @param valueShare  its share of the portfolio's present value (0 when there is none)
         * @param wrongPocket whether it pays much and receives little ({@link Portfolio#isWrongPocket})
         * @param analyses    its row of the matrix: the analyses it appears in
         */
        public Party {
            analyses = List.copyOf(analyses);
        }
    }

    /**
     * A party in one analysis.
     *
     * @param analysis the analysis's id
     * @param invested its inputs value there (× share)
     * @param received the present value that lands with it there (× share)
     */
    public record Cell(String analysis, BigDecimal invested, BigDecimal received) {
    }
}
