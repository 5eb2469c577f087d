/**
 * Internals of the calculation, not API: the kernel over flat {@code double} arrays with its setters, the payback
 * rule and the rounding to minor units. Public only because the calculation and the analyses live in other
 * packages; an embedder uses {@link nl.sroi.core.calc.SroiCalculator} and the analyses of
 * {@link nl.sroi.core.analysis}, and this package may change in any release. Also the model's document tree
 * ({@link nl.sroi.core.internal.ModelTree}), which the JSON codec writes and the change bridge compares. Not
 * exported by the module.
 *
 * <p>Layer 8: may use the layers below it ({@code text} to {@code rules}), not {@code calc} or above.
 */
package nl.sroi.core.internal;
