package nl.sroi.workbook;

/**
 * The model's arithmetic as spreadsheet formulas: section "The calculation" of the format, written once here so that
 * a change to the calculation changes the workbook in one place. Every method takes the cell references it needs
 * (already qualified with their sheet where they are on another one) and gives a formula without the leading
 * {@code =}. Each formula's length is independent of the number of cohorts, periods and parties, so no valid model
 * gives a formula longer than Excel's 8,192 characters.
 *
 * <p>There are no array formulas: POI evaluates only some functions element by element, and looks an array formula
 * up on every cell it touches, which makes large workbooks slow. Sums over cohorts are SUMPRODUCTs of two ranges
 * of the same shape, counts are RANKs.
 */
final class Formulas {

    private Formulas() {
    }

    /**
     * impact = proxy × index factor × (1 − deadweight) × (1 − displacement) × (1 − attribution); the factor brings the
     * proxy to the model's price year (section 11.3 of the format).
     */
    static String impact(String proxy, String indexFactor, String deadweight, String displacement,
                         String attribution) {
        return proxy + "*" + indexFactor + "*(1-" + deadweight + ")*(1-" + displacement + ")*(1-" + attribution + ")";
    }

    /** factor(t) = 1 / (1 + rate)^(t − 1 + d), d = 1 when the first period is discounted. */
    static String factor(String period, String rate, String firstPeriodDiscounted, String yes) {
        return "1/(1+" + rate + ")^(" + period + "-1+IF(" + firstPeriodDiscounted + "=\"" + yes + "\",1,0))";
    }

    /**
     * factor(t) with a declining schedule (section 12.1): the previous period's factor divided by 1 + the rate of
     * year n(t) of discounting, n(t) = t − 1 + d; the rate of year n is the schedule's last step from at most n,
     * else the model's rate. {@code previous} is {@code null} for period 1 (its factor is 1 when n = 0).
     *
     * @param firstFrom the first step's from-year; {@code fromYears} and {@code rates} the steps, in order
     */
    static String scheduledFactor(String period, String previous, String rate, String firstPeriodDiscounted,
                                  String yes, String firstFrom, String fromYears, String rates) {
        String n = "(" + period + "-1+IF(" + firstPeriodDiscounted + "=\"" + yes + "\",1,0))";
        String rateOfYear = "IF(" + n + "<" + firstFrom + "," + rate + ",LOOKUP(" + n + "," + fromYears + "," + rates
                + "))";
        return previous == null ? "IF(" + n + "=0,1,1/(1+" + rateOfYear + "))" : previous + "/(1+" + rateOfYear + ")";
    }

    /** factor_i(t) of an outcome: its own rate's (1 + r)^−n(t) when it has one, else the model's factor(t). */
    static String outcomeFactor(String period, String ownRate, String factor, String firstPeriodDiscounted,
                                String yes) {
        return "IF(ISNUMBER(" + ownRate + "),1/(1+" + ownRate + ")^(" + period + "-1+IF(" + firstPeriodDiscounted
                + "=\"" + yes + "\",1,0))," + factor + ")";
    }

    /** The impact times Π (1 − share) of an outcome's other filters (section 12); an empty share is 0. */
    static String filtered(String impact, java.util.List<String> shares) {
        StringBuilder sb = new StringBuilder(impact);
        shares.forEach(share -> sb.append("*(1-").append(share).append(")"));
        return sb.toString();
    }

    /** The period's year, or empty when the model has no first year. */
    static String year(String period, String firstYear) {
        return "IF(ISNUMBER(" + firstYear + ")," + firstYear + "+" + period + "-1,\"\")";
    }

    /**
     * The share of one unit's impact an outcome keeps in year j of a cohort (j = 1 in the period the cohort reaches
     * it), sections 2 and 11.1 of the format: with k = j − offset, keep(k) × part(k) when k ≥ 1, else 0.
     * part(k) = min(1, max(0, duration − k + 1)): 1 for the whole years, the fraction of a partial last year, then 0.
     * keep(k) = (1 − dropOff)^e (geometric) or max(0, 1 − dropOff × e) (linear), e = k − 1, or k when the drop-off
     * applies from the first year ({@code firstYear} holds the word {@code yes}).
     */
    static String keep(String year, String offset, String duration, String dropOff, String mode, String linear,
                       String firstYear, String yes, String fullYear) {
        String k = "(" + year + "-" + offset + ")";
        String e = "(" + k + "-1+IF(" + firstYear + "=\"" + yes + "\",1,0))";
        // section 12: with partYear = fullYear a started last year counts in full (the duration rounded up)
        String counted = "IF(" + fullYear + "=\"" + yes + "\",ROUNDUP(" + duration + ",0)," + duration + ")";
        String part = "MIN(1,MAX(0," + counted + "-" + k + "+1))";
        return "IF(" + k + ">=1," + part + "*IF(" + mode + "=\"" + linear + "\",MAX(0,1-" + dropOff + "*" + e
                + "),IF(" + e + "=0,1,(1-" + dropOff + ")^" + e + ")),0)";
    }

    /**
     * An outcome's undiscounted value in period t: impact × Σ_c quantity[c] × keep(t − c + 1), over the cohorts c up
     * to t, and nothing after the horizon. The sum is one SUMPRODUCT of the cohorts' quantities, last first, with
     * the keep factors of years 1 to t: cohort c is in its year t − c + 1.
     *
     * @param reversed the outcome's quantities of cohorts t, t − 1, ..., 1 (last first; at most its cohorts)
     * @param keeps    the outcome's keep factors of the same number of years, ending with year t
     */
    static String outcomeValue(String period, String horizon, String impact, String reversed, String keeps) {
        return "IF(AND(ISNUMBER(" + horizon + ")," + period + ">" + horizon + "),0," + impact + "*SUMPRODUCT("
                + reversed + "," + keeps + "))";
    }

    /** Inputs as the inputs value counts them: discounted only when the model discounts inputs. */
    static String counted(String amount, String factor, String inputsDiscounted, String yes) {
        return amount + "*IF(" + inputsDiscounted + "=\"" + yes + "\"," + factor + ",1)";
    }

    /**
     * The payback rule in period t: months from the start of period 1 to the moment the cumulative present value
     * reaches the cumulative inputs (positive), interpolated inside the period; empty when not in this period.
     *
     * @param invested cumulative inputs as counted up to and including t
     * @param before   cumulative present value up to t − 1 ({@code 0} for period 1)
     * @param value    present value of period t
     */
    static String paybackInPeriod(String period, String invested, String before, String value) {
        return "IF(AND(" + invested + ">0," + before + ">=" + invested + "),12*(" + period + "-1),IF(AND("
                + invested + ">0," + value + ">0," + before + "+" + value + ">=" + invested + "),12*(" + period
                + "-1)+12*(" + invested + "-" + before + ")/" + value + ",\"\"))";
    }

    /** The first payback moment of a row of {@link #paybackInPeriod}, or the word for none. */
    static String payback(String row, String none) {
        return "IF(COUNT(" + row + ")=0,\"" + none + "\",MIN(" + row + "))";
    }

    /** numerator / denominator, or the word for none when there is nothing to divide by. */
    static String ratio(String numerator, String denominator, String none) {
        return "IF(" + denominator + "=0,\"" + none + "\"," + numerator + "/" + denominator + ")";
    }

    /**
     * An amount rounded half-even to the minor unit ({@code scale} = 100 for two digits), as the library rounds a
     * single amount: ROUND rounds halves away from zero, so an exact half goes to the even neighbour.
     */
    static String roundHalfEven(String amount, int scale) {
        String x = "(" + amount + ")*" + scale;
        return "IF(" + x + "-INT(" + x + ")=0.5,2*ROUND(" + x + "/2,0),ROUND(" + x + ",0))/" + scale;
    }

    /**
     * What rounded parts miss of their rounded total: total − a − b, to the minor unit (rounded, so that a
     * difference of nothing is exactly 0 and not a trace of binary arithmetic).
     */
    static String roundingDifference(String total, String a, String b, int scale) {
        return "ROUND(" + total + "-" + a + "-" + b + "," + Math.round(Math.log10(scale)) + ")";
    }

    // Largest-remainder allocation: the parts, rounded down to whole minor units, plus one unit for each of the
    // parts with the largest remainders until they add up to the rounded total (ties: the earlier part).

    /** A part rounded down, in minor units. */
    static String floor(String exact, int scale) {
        return "INT(" + exact + "*" + scale + ")";
    }

    /** What rounding down left of a part, in minor units. */
    static String remainder(String exact, String floor, int scale) {
        return exact + "*" + scale + "-" + floor;
    }

    /** The minor units the rounded-down parts fall short of the rounded total (negative: too many). */
    static String missing(String total, String floors, int scale) {
        return "ROUND(" + total + "*" + scale + ",0)-SUM(" + floors + ")";
    }

    /** The remainder from which parts get a unit: the missing-th largest (or, when negative, smallest). */
    static String threshold(String missing, String remainders, int parts) {
        return "IF(" + missing + ">0,LARGE(" + remainders + ",MIN(" + missing + "," + parts + ")),IF(" + missing
                + "<0,SMALL(" + remainders + ",MIN(-" + missing + "," + parts + ")),0))";
    }

    /** How many parts are strictly beyond the threshold: its rank less one (the threshold is one of them). */
    static String beyond(String missing, String remainders, String threshold) {
        return "IF(" + missing + ">0,RANK(" + threshold + "," + remainders + ",0)-1,IF(" + missing + "<0,RANK("
                + threshold + "," + remainders + ",1)-1,0))";
    }

    /**
     * A part rounded so that the parts add up to the total: its floor plus one unit when its remainder is beyond
     * the threshold, or equal to it and among the first parts at the threshold that are still needed.
     *
     * @param earlier the remainders of the parts before this one, or {@code null} for the first part
     */
    static String allocated(String floor, String remainder, String missing, String threshold, String beyond,
                            String earlier, int scale) {
        String tiesBefore = earlier == null ? "0" : "COUNTIF(" + earlier + "," + threshold + ")";
        return "(" + floor + "+IF(" + missing + ">0,IF(" + remainder + ">" + threshold + ",1,IF(AND(" + remainder
                + "=" + threshold + "," + beyond + "+" + tiesBefore + "<" + missing + "),1,0)),IF(" + missing
                + "<0,IF(" + remainder + "<" + threshold + ",-1,IF(AND(" + remainder + "=" + threshold + "," + beyond
                + "+" + tiesBefore + "<-" + missing + "),-1,0)),0)))/" + scale;
    }
}
