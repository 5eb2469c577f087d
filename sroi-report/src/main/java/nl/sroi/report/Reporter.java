package nl.sroi.report;

import java.util.concurrent.Executor;

import nl.sroi.core.analysis.BridgeResult;
import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.ChangeBridge;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.analysis.WorkEstimate;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;
import nl.sroi.core.rules.ValidModel;
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
     * What a report is of: a valid model and, when it is one of a scenarios document's, that scenario.
     *
     * @param model    the model
     * @param scenario the scenario, or {@code null} for a model document's or a scenarios document's base model
     * @param from     the model the report's page "Verschil met …" bridges from: a scenario's base model, or the
     *                 forecast an evaluation was posted with ({@code compareWith}); {@code null} for none
     */
    public record Subject(ValidModel model, Report.Scenario scenario, ValidModel from) {
        /** A subject without a page of differences. */
        public Subject(ValidModel model, Report.Scenario scenario) {
            this(model, scenario, null);
        }
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
        return subject(document, request).flatMap(s -> report(s, request, Cancellation.NONE));
    }

    /**
     * The report of a model already read and validated (a catalogue's); a scenario cannot be named then.
     *
     * @param model   the model
     * @param request the checked parameters
     * @return the report, or the problem with a parameter
     */
    public Validated<Report> report(ValidModel model, ReportRequest request) {
        return subject(model, request).flatMap(s -> report(s, request, Cancellation.NONE));
    }

    /**
     * What a document's report is of: its model, or the scenario the request names.
     *
     * @param document the document's bytes
     * @param request  the checked parameters
     * @return the subject, or every problem of the document, or the problem with the scenario or the party
     */
    public Validated<Subject> subject(byte[] document, ReportRequest request) {
        Validated<ReportDocument> posted = ReportDocument.of(document, validator);
        if (!posted.isValid()) {
            return Validated.invalid(posted.failure(), posted.errors());
        }
        byte[] doc = posted.value().document();
        // read once: the model, and for a named scenario the scenario itself and the base it is compared with
        return ScenarioJson.readDocument(doc, validator, request.scenario()).flatMap(read -> {
            ScenarioSet.Scenario first = read.models().get(0);
            Report.Scenario scenario = null;
            ValidModel from = posted.value().compareWith();
            if (request.scenario() != null) {
                scenario = new Report.Scenario(first.id(), first.title());
                from = from == null ? read.set().base() : from;
            }
            return withParty(new Subject(first.model(), scenario, from), request);
        }).flatMap(s -> ReportDocument.comparable(s.from(), s.model(), posted.value().compareWith() != null)
                .map(ok -> s));
    }

    /** The subject, if the party the request names (if any) is one of its stakeholders: checked before any work. */
    private static Validated<Subject> withParty(Subject subject, ReportRequest request) {
        String party = request.options().party();
        return party == null ? Validated.valid(subject)
                : BusinessCase.party(subject.model(), party).map(known -> subject);
    }

    /**
     * A model already read and validated as the subject of a report; a scenario cannot be named then.
     *
     * @param model   the model
     * @param request the checked parameters
     * @return the subject, or the problem with the scenario or the party parameter
     */
    public Validated<Subject> subject(ValidModel model, ReportRequest request) {
        if (request.scenario() != null) {
            return Validated.invalidParameter("scenario", ProblemCode.NOT_APPLICABLE,
                    Message.of("scenario.notApplicable", ScenarioJson.FORMAT));
        }
        return withParty(new Subject(model, null), request);
    }

    /**
     * The report of a subject, its analyses stopped when the cancellation says so.
     *
     * @param subject      the model and scenario
     * @param request      the checked parameters
     * @param cancellation checked inside the sensitivity analysis and the simulation
     * @return the report, or the problem with the party parameter
     * @throws Cancellation.Cancelled when {@code cancellation} says so
     */
    public Validated<Report> report(Subject subject, ReportRequest request, Cancellation cancellation) {
        ValidModel valid = subject.model();
        Report.Options options = request.options();
        Validated<BusinessCaseResult> party = options.party() == null ? null
                : businessCase.calculate(valid, options.party());
        if (party != null && !party.isValid()) {
            return Validated.invalid(party.failure(), party.errors());
        }
        SroiResult result = calculator.calculate(valid);
        boolean ranged = !EstimateRef.ranged(valid.model()).isEmpty();
        SensitivityResult s = sensitivity.calculate(valid, cancellation);
        SimulationResult sim = ranged
                ? simulation.run(valid, options.iterations(), options.seed(), cancellation).value() : null;
        BridgeResult bridge = subject.from() == null ? null
                : ChangeBridge.DEFAULT.bridge(subject.from(), valid, cancellation);
        return Validated.valid(new Report(valid, subject.scenario(), options, result, s, sim,
                party == null ? null : party.value(), bridge));
    }

    /**
     * The estimated work of a report, in {@link WorkEstimate}'s steps: its analyses (the calculation, once more
     * for a party's business case, the sensitivity analysis and the simulation) and writing it in this form.
     *
     * @param subject the model and scenario
     * @param request the checked parameters
     * @param format  HTML or PDF
     * @return the estimated steps
     */
    public long steps(Subject subject, ReportRequest request, ReportFormat format) {
        ValidModel valid = subject.model();
        boolean ranged = !EstimateRef.ranged(valid.model()).isEmpty();
        return WorkEstimate.calculation(valid) * (request.options().party() == null ? 1 : 2)
                + WorkEstimate.sensitivity(valid)
                + (ranged ? WorkEstimate.simulation(valid, request.options().iterations()) : 0)
                + format.steps(valid.model())
                + (subject.from() == null ? 0 : WorkEstimate.bridge(subject.from(), valid));
    }
}
