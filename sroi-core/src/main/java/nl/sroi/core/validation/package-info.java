/**
 * The rules of the {@code sroi-model/1} format: every problem of a model at once, each with its JSON Pointer, a
 * stable code and a sentence an analyst understands; the warnings a valid model can still deserve; and
 * {@link nl.sroi.core.validation.Validated}, the one type for "a valid thing or every problem" that reading,
 * validating and the analyses' parameters give.
 */
package nl.sroi.core.validation;
