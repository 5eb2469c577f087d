package nl.sroi.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.ToLongFunction;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.WorkEstimate;
import nl.sroi.core.json.BridgeRequest;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;
import nl.sroi.report.Report;
import nl.sroi.report.ReportFormat;
import nl.sroi.report.ReportRequest;
import nl.sroi.report.Reporter;

/** The service's priced analyses, in one request's language: what each reads, costs and answers. */
final class Analyses {

    private final JsonApi api;
    private final long budget;
    private final Responder responder;

    Analyses(JsonApi api, long budget, Responder responder) {
        this.api = api;
        this.budget = budget;
        this.responder = responder;
    }

    /** What an analysis of one valid model answers. */
    @FunctionalInterface
    private interface Answering {
        void answer(Context ctx, ValidModel valid, Cancellation cancellation);
    }

    /** An analysis of a model document (or of one scenario of a scenarios document, when one is named). */
    private Computing.Analysis<ValidModel> ofModel(Message name, String scenario, ToLongFunction<ValidModel> steps,
                                                   Answering answering) {
        return new Computing.Analysis<>() {
            @Override
            public String name(Language language) {
                return name.in(language);
            }

            @Override
            public Validated<ValidModel> read(byte[] body) {
                return api.model(body, scenario);
            }

            @Override
            public long steps(ValidModel valid) {
                return steps.applyAsLong(valid);
            }

            @Override
            public void answer(Context ctx, ValidModel valid, Cancellation cancellation) {
                answering.answer(ctx, valid, cancellation);
            }

            @Override
            public JsonApi.Answer refused(Validated<ValidModel> read) {
                return api.problem(read);
            }

            @Override
            public Language language() {
                return api.language();
            }
        };
    }

    Computing.Analysis<ValidModel> sensitivity(String scenario) {
        return ofModel(ServiceTexts.message("analysis.sensitivity"), scenario, WorkEstimate::sensitivity,
                (ctx, valid, cancellation) -> json(ctx, api.sensitivity(valid, cancellation)));
    }

    /** The simulation with these (checked) parameters. */
    Computing.Analysis<ValidModel> simulation(Simulation.Settings p, String scenario) {
        return ofModel(ServiceTexts.message("analysis.simulation", p.iterations()), scenario,
                valid -> WorkEstimate.simulation(valid, p.iterations()),
                (ctx, valid, cancellation) -> json(ctx, api.simulation(valid, p, cancellation)));
    }

    /** A scenarios document: every scenario is a whole model, read, validated and calculated. */
    Computing.Analysis<ScenarioSet> scenarios() {
        return new Computing.Analysis<>() {
            @Override
            public String name(Language language) {
                return ServiceTexts.message("analysis.scenarios").in(language);
            }

            @Override
            public Validated<ScenarioSet> read(byte[] body) {
                JsonNode tree;
                try {
                    tree = Jackson.reader().readTree(body);
                } catch (IOException | RuntimeException e) {
                    return ScenarioJson.read(body, api.validator()); // not JSON: this reports where
                }
                if (tree == null) {
                    return ScenarioJson.read(body, api.validator());
                }
                // each scenario is read as a whole model: price the reading before it starts
                long steps = WorkEstimate.reading(body.length, 1 + tree.path("scenarios").size());
                if (steps > budget) {
                    throw new ProblemException(Computing.overBudget(
                            ServiceTexts.message("analysis.scenariosReading").in(api.language()), steps, budget,
                            api.language()));
                }
                return ScenarioJson.read(body, api.validator());
            }

            @Override
            public long steps(ScenarioSet set) {
                long steps = WorkEstimate.calculation(set.base());
                for (ScenarioSet.Scenario s : set.scenarios()) {
                    steps += WorkEstimate.calculation(s.model()) + WorkEstimate.bridge(set.base(), s.model());
                }
                return steps;
            }

            @Override
            public void answer(Context ctx, ScenarioSet set, Cancellation cancellation) {
                json(ctx, api.scenarios(set));
            }

            @Override
            public JsonApi.Answer refused(Validated<ScenarioSet> read) {
                return api.problem(read);
            }

            @Override
            public Language language() {
                return api.language();
            }
        };
    }

    /**
     * A bridge request: two models (or scenarios of scenarios documents), 128 hybrids evaluated. The reading is
     * priced first (a scenarios document reads its model once per scenario).
     */
    Computing.Analysis<BridgeRequest> bridge() {
        return new Computing.Analysis<>() {
            @Override
            public String name(Language language) {
                return ServiceTexts.message("analysis.bridge").in(language);
            }

            @Override
            public Validated<BridgeRequest> read(byte[] body) {
                JsonNode tree;
                try {
                    tree = Jackson.reader().readTree(body);
                } catch (IOException | RuntimeException e) {
                    return BridgeRequest.read(body, api.validator()); // not JSON: this reports where
                }
                if (tree == null) {
                    return BridgeRequest.read(body, api.validator());
                }
                long models = 0;
                for (String side : new String[] {"from", "to"}) {
                    models += 1 + tree.path(side).path("document").path("scenarios").size();
                }
                long steps = WorkEstimate.reading(body.length, models);
                if (steps > budget) {
                    throw new ProblemException(Computing.overBudget(
                            ServiceTexts.message("analysis.bridgeReading").in(api.language()), steps, budget,
                            api.language()));
                }
                return BridgeRequest.read(body, api.validator());
            }

            @Override
            public long steps(BridgeRequest r) {
                return WorkEstimate.bridge(r.from(), r.to());
            }

            @Override
            public void answer(Context ctx, BridgeRequest r, Cancellation cancellation) {
                json(ctx, api.bridge(r, cancellation));
            }

            @Override
            public JsonApi.Answer refused(Validated<BridgeRequest> read) {
                return api.problem(read);
            }

            @Override
            public Language language() {
                return api.language();
            }
        };
    }

    /**
     * A report of a posted document ({@code subject} {@code null}) or of a catalogue model, in this form with
     * these (checked) parameters. Its analyses stop at the deadline; writing it is bounded by its estimate.
     */
    Computing.Analysis<Reporter.Subject> report(Reporter reporter, ReportFormat format, ReportRequest request) {
        return new Computing.Analysis<>() {
            @Override
            public String name(Language language) {
                return ServiceTexts.message("analysis.report", format.name(), request.options().iterations())
                        .in(language);
            }

            @Override
            public Validated<Reporter.Subject> read(byte[] body) {
                return reporter.subject(body, request);
            }

            @Override
            public long steps(Reporter.Subject subject) {
                return reporter.steps(subject, request, format);
            }

            @Override
            public void answer(Context ctx, Reporter.Subject subject, Cancellation cancellation) {
                Validated<Report> report = reporter.report(subject, request, cancellation);
                if (!report.isValid()) {
                    responder.answer(ctx, api.problem(report));
                    return;
                }
                Report r = report.value();
                String name = r.model().id() + (r.scenario() == null ? "" : "-" + r.scenario().id()) + "."
                        + format.extension();
                ctx.result(format.render(r)).contentType(format.mediaType()).header("Content-Disposition",
                        (format == ReportFormat.PDF ? "attachment" : "inline") + "; filename=\"" + name + "\"");
            }

            @Override
            public JsonApi.Answer refused(Validated<Reporter.Subject> read) {
                return api.problem(read);
            }

            @Override
            public Language language() {
                return api.language();
            }
        };
    }

    private void json(Context ctx, String body) {
        responder.json(ctx, body);
    }
}
