/**
 * Price indices that bring a value from one price year to another, with the CBS consumer price index bundled.
 *
 * <p>Layer 4: may use {@code text}, {@code validation} and {@code jackson} (it uses none of them today).
 */
package nl.sroi.core.price;
