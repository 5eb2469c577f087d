package nl.sroi.report;

import java.util.concurrent.Executor;

import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;
import nl.sroi.core.validation.ValidModel;
import nl.sroi.core.text.Message;

/**
 * Makes reports with the library's own analyses, so that every figure in a report is the figure the API gives.
 * Stateless; its collaborators are passed in (the validator and calculator, and the executor of the simulation).
 */
public final class Reporter {

    /** With the default limits, the simulation on the calling thread. */
    public static final Reporter DEFAULT = new Reporter(ModelValidator.DEFAULT, Runnable::run);

    private final ModelValidator validator;
    private final SroiCalculator calculator;
    private final SensitivityAnalysis sensitivity = SensitivityAnalysis.DEFAULT;
    private final Simulation simulation;
    private final BusinessCase businessCase;

    /**
     * A reporter.
     *
     * @param validator the validator of documents and models
     * @param executor  where the simulation runs its chunks (the results do not depend on it)
     */
    public Reporter(ModelValidator validator, Executor executor) {
        this.validator = validator;
        this.calculator = new SroiCalculator(validator);
        this.simulation = new Simulation(executor);
        this.businessCase = new BusinessCase(calculator);
    }

    /**
     * The report of a model document or of a {@code sroi-scenarios/1} document (its model, or the scenario the
     * request names).
     *
     * @param document the document's bytes
     * @param request  the checked parameters
     * @return the report, or every problem of the document, or the problem with a parameter
     */
    public Validated<Report> report(byte[] document, ReportRequest request) {
        return ScenarioJson.readModel(document, validator, request.scenario()).flatMap(model -> {
            Report.Scenario scenario = request.scenario() == null ? null : ScenarioJson.read(document, validator)
                    .value().scenarios().stream().filter(s -> s.id().equals(request.scenario()))
                    .map(s -> new Report.Scenario(s.id(), s.title())).findFirst().orElseThrow();
            return report(model, scenario, request.options());
        });
    }

    /**
     * The report of a model already read and validated (a catalogue's); a scenario cannot be named then.
     *
     * @param model   the model
     * @param request the checked parameters
     * @return the report, or the problem with a parameter
     */
    public Validated<Report> report(ValidModel model, ReportRequest request) {
        if (request.scenario() != null) {
            return Validated.invalidParameter("scenario", ProblemCode.NOT_APPLICABLE,
                    Message.of("scenario.notApplicable", nl.sroi.core.json.ScenarioJson.FORMAT));
        }
        return report(model, null, request.options());
    }

    private Validated<Report> report(ValidModel valid, Report.Scenario scenario, Report.Options options) {
        Validated<nl.sroi.core.analysis.BusinessCaseResult> party = options.party() == null ? null
                : businessCase.calculate(valid, options.party());
        if (party != null && !party.isValid()) {
            return Validated.invalid(party.failure(), party.errors());
        }
        SroiResult result = calculator.calculate(valid);
        boolean ranged = !EstimateRef.ranged(valid.model()).isEmpty();
        SensitivityResult s = sensitivity.calculate(valid);
        SimulationResult sim = ranged ? simulation.run(valid, options.iterations(), options.seed()).value() : null;
        return Validated.valid(new Report(valid, scenario, options, result, s, sim,
                party == null ? null : party.value()));
    }
}
