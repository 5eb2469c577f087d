package nl.sroi.core.validation;

/** Stable codes of errors and warnings; the names are part of the public contract. */
public enum ProblemCode {
    // the document itself
    MALFORMED_JSON,
    WRONG_TYPE,
    UNKNOWN_FIELD,
    NUMBER_NOT_REPRESENTABLE,
    // the rules of the format
    REQUIRED,
    UNSUPPORTED_FORMAT,
    INVALID_ID,
    DUPLICATE_ID,
    EMPTY,
    INVALID_VALUE,
    UNKNOWN_CURRENCY,
    UNKNOWN_STAKEHOLDER,
    OUT_OF_RANGE,
    NOT_WHOLE,
    SHARES_DO_NOT_ADD_UP,
    RANGE_EXCLUDES_VALUE,
    LIMIT_EXCEEDED,
    INVALID_POINTER,
    // parameters of an operation
    UNKNOWN_SCENARIO,
    NOT_APPLICABLE,
    // warnings
    NO_ADJUSTMENT,
    DOMINANT_OUTCOME,
    LONG_DURATION_WITHOUT_DROP_OFF,
    PROXY_WITHOUT_PRICE_YEAR,
    PROXY_PRICE_YEAR_DIFFERS,
    VALUE_BEYOND_HORIZON,
    ZERO_INPUTS
}
