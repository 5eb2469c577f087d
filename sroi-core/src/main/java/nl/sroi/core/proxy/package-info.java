/**
 * The proxy library: a catalogue of sourced Dutch financial proxies (money values per unit, with their price year,
 * the party that bears or saves them and their source) that an analyst can search, cite and bring to a model's price
 * year. The bundled catalogue is read here, without the codecs above.
 *
 * <p>Layer 6: may use {@code text}, {@code validation}, {@code jackson}, {@code price} and {@code model}.
 */
package nl.sroi.core.proxy;
