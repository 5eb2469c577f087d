/**
 * The proxy library: a catalogue of sourced Dutch financial proxies (money values per unit, with their price year,
 * the party that bears or saves them and their source) that an analyst can search, cite and bring to a model's price
 * year.
 */
package nl.sroi.core.proxy;
