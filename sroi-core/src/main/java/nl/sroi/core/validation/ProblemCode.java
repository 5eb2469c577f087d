package nl.sroi.core.validation;

/**
 * Stable codes of errors and warnings; the names are part of the public contract. What each code means, in Dutch
 * and English, is the template {@code code.NAME} of {@link nl.sroi.core.text.Messages#CORE} (tested for every code).
 */
public enum ProblemCode {
    // the document itself
    /** The bytes are not JSON (with line and column). */
    MALFORMED_JSON,
    /** A value of the wrong JSON type. */
    WRONG_TYPE,
    /** A field the format does not have. */
    UNKNOWN_FIELD,
    /** A number a {@code double} cannot hold. */
    NUMBER_NOT_REPRESENTABLE,
    // the rules of the format
    /** A required value is missing. */
    REQUIRED,
    /** A {@code format} other than the one this version reads. */
    UNSUPPORTED_FORMAT,
    /** An id that is not 1 to 64 characters of a-z, 0-9 and -. */
    INVALID_ID,
    /** An id used twice. */
    DUPLICATE_ID,
    /** A text, list or object that must not be empty. */
    EMPTY,
    /** A value outside the ones allowed (an enumeration). */
    INVALID_VALUE,
    /** A currency that is not ISO 4217 with a minor unit. */
    UNKNOWN_CURRENCY,
    /** A stakeholder that the model (or, for a parameter, the operation) does not list. */
    UNKNOWN_STAKEHOLDER,
    /** A number outside its valid interval. */
    OUT_OF_RANGE,
    /** A number that must be whole and is not. */
    NOT_WHOLE,
    /** Shares of {@code valueTo} (or of a portfolio's municipalities) that do not add up to 1. */
    SHARES_DO_NOT_ADD_UP,
    /** A range that does not hold the point value. */
    RANGE_EXCLUDES_VALUE,
    /** A model larger than the limits, or an amount larger than the largest magnitude. */
    LIMIT_EXCEEDED,
    /** A scenario's JSON Pointer that names no replaceable value of the model. */
    INVALID_POINTER,
    /** Deadweight, displacement or attribution other than 0 (or a range on one) on an {@code alreadyNet} outcome. */
    CONFLICTS_WITH_ALREADY_NET,
    /** A price year that the model's price index does not hold. */
    PRICE_YEAR_NOT_IN_INDEX,
    /** A discount schedule whose {@code fromYear}s do not increase. */
    SCHEDULE_OUT_OF_ORDER,
    /** A scenario operation that cannot apply to the model (an unknown id, a pointer to nothing). */
    OPERATION_NOT_APPLICABLE,
    // parameters of an operation
    /** A scenario that the scenarios document does not have. */
    UNKNOWN_SCENARIO,
    /** A parameter that does not apply to the document given (a scenario named for a model). */
    NOT_APPLICABLE,
    /** A query parameter (or command-line option) that the operation does not take. */
    UNKNOWN_PARAMETER,
    /** Two models of a bridge in different currencies. */
    CURRENCY_DIFFERS,
    /** Analyses in different currencies asked to be added up in one portfolio. */
    MIXED_CURRENCIES,
    // warnings
    /** An outcome without deadweight, displacement or attribution. */
    NO_ADJUSTMENT,
    /** One outcome carries more than half of the present value. */
    DOMINANT_OUTCOME,
    /** A long duration without drop-off. */
    LONG_DURATION_WITHOUT_DROP_OFF,
    /** A proxy without a price year while the model has one. */
    PROXY_WITHOUT_PRICE_YEAR,
    /** A proxy in prices of another year than the model. */
    PROXY_PRICE_YEAR_DIFFERS,
    /** A {@code proxy.ref} that names no entry of the proxy library. */
    PROXY_REF_UNKNOWN,
    /** A proxy whose value is not its library entry's value in the proxy's price year. */
    PROXY_REF_VALUE_DIFFERS,
    /** Value after the horizon, which is not counted. */
    VALUE_BEYOND_HORIZON,
    /** Inputs that add up to zero: there is no ratio. */
    ZERO_INPUTS,
    /** An outcome worth nothing because an adjustment is 1 (or its drop-off is 1 from the first year). */
    OUTCOME_WITHOUT_VALUE,
    /** Two or more shares of an outcome at exactly 1: percentages written as whole numbers. */
    SHARES_LOOK_LIKE_PERCENTAGES,
    /** An amount, quantity or proxy value written with a dot and three zero decimals: a Dutch thousands dot. */
    THOUSANDS_DOT,
    /** A bridge without the ratio's effects: a hybrid model has no inputs. */
    NO_RATIO_EFFECTS,
    /** A {@code portfolio.themeLine} that is not one of the programme's theme lines. */
    UNKNOWN_THEME_LINE,
    /** A municipality id in {@code portfolio.municipalities} that is not one of the programme's. */
    UNKNOWN_MUNICIPALITY,
    /** A portfolio selection that holds no analysis (a theme line or municipality none of them has). */
    EMPTY_SELECTION,
    /** A calculated figure that differs from the published one by more than the tolerance. */
    PUBLISHED_DIFFERS
}
