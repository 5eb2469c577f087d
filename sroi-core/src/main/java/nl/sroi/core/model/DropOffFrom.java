package nl.sroi.core.model;

/**
 * The first year an outcome's drop-off applies in. With {@code secondYear} (the SROI Guide, the default) the first
 * year is the full impact and year k keeps the drop-off k − 1 times; with {@code firstYear} the first year is
 * already reduced once and year k keeps it k times.
 */
public enum DropOffFrom {
    /** Year 1 counts in full (the SROI Guide). */
    SECOND_YEAR,
    /** Year 1 is already reduced once. */
    FIRST_YEAR;

    /**
     * How many times the drop-off has applied in year k of an outcome.
     *
     * @param year the outcome's year, from 1
     * @return k − 1 from the second year, k from the first
     */
    public int dropOffs(int year) {
        return this == FIRST_YEAR ? year : year - 1;
    }
}
