/**
 * The calculation of section 2 of the format: {@link nl.sroi.core.calc.SroiCalculator} evaluates the kernel of a
 * valid model and presents it as a {@link nl.sroi.core.calc.SroiResult}, the one result type, with money rounded
 * once, at the edge, to exact decimals of the currency's minor unit; its money view
 * ({@link nl.sroi.core.calc.SroiResult#money}) makes amounts of 34 significant digits (stated by the library, not
 * taken from Moneta's global defaults).
 *
 * <p>Rates and shares are decimals (3.5 % = 0.035). Periods are years numbered from 1; arrays indexed by period
 * hold period t at index t - 1. Amounts are in the model's currency.
 *
 * <p>Layer 9: may use the layers below it ({@code text} to {@code internal}).
 */
package nl.sroi.core.calc;
