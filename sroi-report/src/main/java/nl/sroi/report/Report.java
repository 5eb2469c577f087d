package nl.sroi.report;

import nl.sroi.core.analysis.BridgeResult;

import nl.sroi.core.text.Language;
import java.util.Optional;

import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ValidModel;

/**
 * Everything one report shows, computed once by the library's own analyses, so that every figure in the report is
 * the figure the API gives: the result, the sensitivity and the seeded simulation (both only when the model has
 * ranges), and the business case of one party when asked for.
 *
 * @param scenario the scenario the model is, or {@code null} for a model as entered
 * @param party    the business case of {@link Options#party()}, or {@code null}
 * @param bridge   the change bridge to this model from a scenario's base model or an evaluation's forecast (the
 *                 page "Verschil met het basismodel" / "Verschil met de prognose"), or {@code null}
 */
public record Report(ValidModel valid, Scenario scenario, Options options, SroiResult result,
                     SensitivityResult sensitivity, SimulationResult simulation, BusinessCaseResult party,
                     BridgeResult bridge) {

    /** A report without a page of differences. */
    public Report(ValidModel valid, Scenario scenario, Options options, SroiResult result,
                  SensitivityResult sensitivity, SimulationResult simulation, BusinessCaseResult party) {
        this(valid, scenario, options, result, sensitivity, simulation, party, null);
    }

    /** A scenario of a {@code sroi-scenarios/1} document: its id and title. */
    public record Scenario(String id, String title) {
    }

    /**
     * What the reader asked for: the language, the party whose business case gets its own page ({@code null}:
     * none), and the simulation's iterations and seed.
     */
    public record Options(Language language, String party, int iterations, long seed) {

    }

    public SroiModel model() {
        return valid.model();
    }

    /** Whether the model has ranges, so a tornado and a simulation exist. */
    public boolean uncertain() {
        return sensitivity != null && !sensitivity.tornado().isEmpty();
    }

    public Optional<BusinessCaseResult> businessCase() {
        return Optional.ofNullable(party);
    }

}
