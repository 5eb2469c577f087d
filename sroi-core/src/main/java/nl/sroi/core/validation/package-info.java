/**
 * The rules of the {@code sroi-model/1} format: every problem of a model at once, each with its JSON Pointer, a
 * stable code and a sentence an analyst understands; and the warnings a valid model can still deserve.
 */
package nl.sroi.core.validation;
