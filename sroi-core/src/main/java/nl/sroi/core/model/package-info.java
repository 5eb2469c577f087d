/**
 * The SROI model as entered: immutable records mirroring the {@code sroi-model/1} document, with builders.
 *
 * <p>Rates and shares are decimals (3.5 % = 0.035). Periods are years numbered from 1. All amounts are in the
 * model's currency at constant prices. Numbers are kept as exact decimals; records do not validate themselves
 * beyond filling the defaults the format names, so that a partly wrong document can still be reported in full by
 * the rules above it ({@code nl.sroi.core.rules.ModelValidator}).
 *
 * <p>Layer 5: may use {@code text}, {@code validation}, {@code jackson} and {@code price}.
 */
package nl.sroi.core.model;
