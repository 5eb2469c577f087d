package nl.sroi.core.analysis;

import java.util.List;

import nl.sroi.core.model.Published;
import nl.sroi.core.text.Message;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * A model and its scenarios, each a valid model: what a {@code sroi-scenarios/1} document holds once read
 * ({@link nl.sroi.core.json.ScenarioJson}), or what an embedder builds in code.
 *
 * @param base      the model as it is
 * @param scenarios the named variants, in the order of the document
 */
public record ScenarioSet(ValidModel base, List<Scenario> scenarios) {

    /**
     * A set, with an unmodifiable copy of the scenarios.
     *
     * @param base      the model as it is
     * @param scenarios the named variants
     */
    public ScenarioSet {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One named variant of the model.
     *
     * @param id    the scenario's id
     * @param title the scenario's title
     * @param model     the model with the scenario's values in place
     * @param published the ratio a publication states for this variant (section 12), or {@code null}
     */
    public record Scenario(String id, String title, ValidModel model, Published published) {

        /**
         * A scenario without published figures.
         *
         * @param id    the scenario's id
         * @param title the scenario's title
         * @param model the model with the scenario's values in place
         */
        public Scenario(String id, String title, ValidModel model) {
            this(id, title, model, null);
        }
    }

    /**
     * The model of one scenario, or the base.
     *
     * @param scenario a scenario's id, or {@code null} for the base
     * @return the model, or a problem with the parameter {@code scenario} when there is no such scenario
     */
    public Validated<ValidModel> model(String scenario) {
        if (scenario == null) {
            return Validated.valid(base);
        }
        for (Scenario s : scenarios) {
            if (s.id().equals(scenario)) {
                return Validated.valid(s.model());
            }
        }
        return Validated.invalidParameter("scenario", ProblemCode.UNKNOWN_SCENARIO, Message.of("unknownScenario",
                scenario, ModelValidator.listed(scenarios.stream().map(Scenario::id).toList())));
    }
}
