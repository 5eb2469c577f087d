/**
 * Internals of the calculation, not API: the kernel over flat {@code double} arrays with its setters, the payback
 * rule and the rounding to minor units. Public only because the calculation ({@code calc}) and the analyses
 * ({@code analysis}) above it live in other packages; an embedder uses those, and this package may change in any
 * release. It uses only {@code model} and {@code validation} (and the JDK and the money API), never the packages
 * above it: it names them in text, not in links, so that not even its documentation points up.
 */
package nl.sroi.core.internal;
