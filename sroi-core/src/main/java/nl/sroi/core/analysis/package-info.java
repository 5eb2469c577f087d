/**
 * Uncertainty analyses over the kernel: sensitivity (tornado and switching values), Monte Carlo simulation, and
 * scenarios. Each re-runs the same {@link nl.sroi.core.calc.Kernel} as the calculation, so they cannot disagree.
 *
 * <p>Estimates are named by the JSON Pointer of the value they change ({@code /outcomes/0/deadweight},
 * {@code /outcomes/0/proxy/value}, {@code /outcomes/0/quantity} as a multiplier on all periods' quantities,
 * {@code /discounting/rate}, {@code /inputs} as a multiplier on all input amounts). Durations are whole years.
 */
package nl.sroi.core.analysis;
