/**
 * The value types of validation: {@link nl.sroi.core.validation.Problem} (a JSON Pointer, a stable
 * {@link nl.sroi.core.validation.ProblemCode} and a sentence in both languages) and
 * {@link nl.sroi.core.validation.Validated}, the one type for "a valid thing or every problem" that reading,
 * validating and the analyses' parameters give; with the shared parameter and id rules. The rules of a model are
 * in {@code nl.sroi.core.rules}.
 *
 * <p>Layer 2: may use {@code text}.
 */
package nl.sroi.core.validation;
