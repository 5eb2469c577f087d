/**
 * Analyses over the calculation, each a stateless calculator with a {@code DEFAULT} instance and its collaborators
 * passed in: sensitivity (tornado and switching values), Monte Carlo simulation, scenarios side by side, and the
 * business case of one party beside every other. Each re-runs the same kernel as the calculation, so they cannot
 * disagree; each gives a plain result record ({@code SensitivityResult}, {@code SimulationResult},
 * {@code ScenarioComparisonResult}, {@code BusinessCaseResult}), and a parameter that cannot be served (an unknown
 * party, too many iterations) as a {@link nl.sroi.core.validation.Validated} failure, not an exception.
 *
 * <p>Estimates are named by the JSON Pointer of the value they change ({@code /outcomes/0/deadweight},
 * {@code /outcomes/0/proxy/value}, {@code /outcomes/0/quantity} as a multiplier on all periods' quantities,
 * {@code /discounting/rate}, {@code /inputs} as a multiplier on all input amounts). Durations are whole years.
 *
 * <p>Layer 10: may use the layers below it ({@code text} to {@code calc}), not the codecs.
 */
package nl.sroi.core.analysis;
