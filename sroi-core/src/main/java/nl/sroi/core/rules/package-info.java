/**
 * The rules of the {@code sroi-model/1} format: every problem of a model at once, each with its JSON Pointer, a
 * stable code and a sentence an analyst understands ({@link nl.sroi.core.rules.ModelValidator}), grouped by part
 * of the document, and the warnings a valid model can still deserve; a model that passed them is a
 * {@link nl.sroi.core.rules.ValidModel}.
 *
 * <p>Layer 7: may use {@code text}, {@code validation}, {@code jackson}, {@code price}, {@code model} and
 * {@code proxy} (a reference to the proxy library is checked against the bundled catalogue).
 */
package nl.sroi.core.rules;
