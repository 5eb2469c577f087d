/**
 * Price indices that bring a value from one price year to another, with the CBS consumer price index bundled.
 */
package nl.sroi.core.price;
