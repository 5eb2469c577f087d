/**
 * The calculation of section 2 of the format: one kernel over flat {@code double} arrays, and the result built
 * from it with money rounded once, at the edge.
 *
 * <p>Rates and shares are decimals (3.5 % = 0.035). Periods are years numbered from 1; arrays indexed by period
 * hold period t at index t - 1. Amounts are in the model's currency.
 */
package nl.sroi.core.calc;
