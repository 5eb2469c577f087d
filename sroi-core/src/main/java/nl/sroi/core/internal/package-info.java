/**
 * Internals of the calculation, not API: the kernel over flat {@code double} arrays with its setters, the payback
 * rule and the rounding to minor units. Public only because the calculation ({@code calc}) and the analyses
 * ({@code analysis}) above it live in other packages; an embedder uses those, and this package may change in any
 * release. Also the model's document tree ({@link nl.sroi.core.internal.ModelTree}), which the JSON codec writes
 * and the change bridge compares. Not exported by the module.
 *
 * <p>Layer 8: may use the layers below it ({@code text} to {@code rules}), not {@code calc} or above; it names
 * those in text, not in links, so that not even its documentation points up.
 */
package nl.sroi.core.internal;
