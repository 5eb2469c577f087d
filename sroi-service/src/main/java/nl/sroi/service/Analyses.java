package nl.sroi.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.analysis.ScenarioComparison;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.WorkEstimate;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.json.Json;
import nl.sroi.core.json.JsonApi;
import nl.sroi.core.json.ProblemDocument;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ValidModel;
import nl.sroi.workbook.SroiWorkbook;
import nl.sroi.workbook.WorkbookCost;

/** The service's priced analyses: what each reads, what it is estimated to cost, and how it answers. */
final class Analyses {

    private Analyses() {
    }

    static Computing.Analysis<ValidModel> sensitivity(ModelValidator validator) {
        return new Computing.OfModel(validator) {
            @Override
            public String name() {
                return "sensitivity analysis";
            }

            @Override
            public long steps(ValidModel valid) {
                return WorkEstimate.sensitivity(valid);
            }

            @Override
            public void answer(Context ctx, ValidModel valid, Cancellation cancellation) {
                json(ctx, AnalysisJson.sensitivity(SensitivityAnalysis.of(valid, cancellation)));
            }
        };
    }

    /** The simulation of {@code iterations} from {@code seed}, both already checked. */
    static Computing.Analysis<ValidModel> simulation(ModelValidator validator, int iterations, long seed) {
        return new Computing.OfModel(validator) {
            @Override
            public String name() {
                return "simulation of " + iterations + " iterations";
            }

            @Override
            public long steps(ValidModel valid) {
                return WorkEstimate.simulation(valid, iterations);
            }

            @Override
            public void answer(Context ctx, ValidModel valid, Cancellation cancellation) {
                json(ctx, AnalysisJson.simulation(Simulation.run(valid, iterations, seed, cancellation)));
            }
        };
    }

    /** A model's workbook; POI cannot be stopped halfway, so the estimate alone bounds it. */
    static Computing.Analysis<ValidModel> workbook(ModelValidator validator) {
        return new Computing.OfModel(validator) {
            @Override
            public String name() {
                return "workbook";
            }

            @Override
            public long steps(ValidModel valid) {
                return WorkbookCost.steps(valid);
            }

            @Override
            public void answer(Context ctx, ValidModel valid, Cancellation cancellation) {
                SroiService.workbook(ctx, SroiWorkbook.write(valid), valid.model().id());
            }
        };
    }

    /** A scenarios document: every scenario is a whole model, validated and calculated. */
    static Computing.Analysis<ScenarioJson.Reading> scenarios(ModelValidator validator, long budget) {
        return new Computing.Analysis<>() {
            @Override
            public String name() {
                return "comparison of scenarios";
            }

            @Override
            public Computing.Read<ScenarioJson.Reading> read(byte[] body) {
                // every scenario is read as a whole model: price the reading before it starts
                JsonNode tree;
                try {
                    tree = Json.mapper().readTree(body);
                } catch (IOException | RuntimeException e) {
                    tree = null; // not JSON: read below, which reports where
                }
                if (tree != null) {
                    long steps = WorkEstimate.reading(body.length, 1 + tree.path("scenarios").size());
                    if (steps > budget) {
                        throw new SroiService.ProblemException(Computing.overBudget("reading of the scenarios", steps,
                                budget));
                    }
                }
                ScenarioJson.Reading reading = tree == null ? ScenarioJson.read(body, validator)
                        : ScenarioJson.read(tree, validator);
                if (reading.valid()) {
                    return Computing.Read.of(reading);
                }
                return Computing.Read.refused(JsonApi.Answer.of(reading.malformed()
                        ? ProblemDocument.malformed(reading.errors()) : ProblemDocument.invalidScenarios(reading.errors())));
            }

            @Override
            public long steps(ScenarioJson.Reading reading) {
                long steps = WorkEstimate.calculation(reading.base());
                for (ScenarioComparison.Named s : reading.scenarios()) {
                    steps += WorkEstimate.calculation(s.model());
                }
                return steps;
            }

            @Override
            public void answer(Context ctx, ScenarioJson.Reading reading, Cancellation cancellation) {
                json(ctx, AnalysisJson.scenarios(ScenarioComparison.of(reading.base(), reading.scenarios())));
            }
        };
    }

    private static void json(Context ctx, String body) {
        ctx.result(body.getBytes(StandardCharsets.UTF_8)).contentType(JsonApi.Answer.JSON);
    }
}
