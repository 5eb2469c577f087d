package nl.sroi.core.rules;

/**
 * Upper bounds on what one model may hold, so that one document cannot exhaust a machine. The defaults are far
 * above any real analysis (the largest Twentse Koers model has a dozen outcomes over a few years).
 */
public record ModelLimits(int stakeholders, int inputs, int outcomes, int periods) {

    /**
     * The largest size of any amount, proxy or quantity (10^12). It keeps every result finite and, for realistic
     * models, exact to the cent in {@code double} arithmetic.
     */
    public static final double MAX_MAGNITUDE = 1e12;

    /**
     * The longest text (a title, name, description, indicator, unit or source) in characters: 32,767, the most a
     * spreadsheet cell holds, so that a model the calculation takes can also be exported as a workbook.
     */
    public static final int MAX_TEXT_LENGTH = 32_767;

    /** 100 stakeholders, 500 inputs, 500 outcomes, 100 periods per list. */
    public static final ModelLimits DEFAULT = new ModelLimits(100, 500, 500, 100);

    /**
     * Limits, each at least 1.
     *
     * @param stakeholders the most stakeholders
     * @param inputs       the most inputs
     * @param outcomes     the most outcomes
     * @param periods      the most periods in any per-period list
     */
    public ModelLimits {
        if (stakeholders < 1 || inputs < 1 || outcomes < 1 || periods < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }
}
