package nl.sroi.report;

import java.util.List;

import nl.sroi.core.analysis.ScenarioComparison;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ModelReading;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ValidModel;

/**
 * A request for a report, its parameters checked: the options and, for a {@code sroi-scenarios/1} document, the
 * scenario to report on ({@code null}: the document's model). The parameters are as given in a query or on a
 * command line, {@code null} when absent: {@code lang} {@code nl} (default) or {@code en}; {@code for} a
 * stakeholder id; {@code iterations} 1 to 1,000,000 (default 10,000) and {@code seed} (default 1).
 */
public record ReportRequest(Report.Options options, String scenario) {

    public static Refusal.Checked<ReportRequest> of(String lang, String party, String scenario, String iterations,
                                                    String seed) {
        Language language = Language.NL;
        if (lang != null) {
            language = Language.parse(lang).orElse(null);
            if (language == null) {
                return Refusal.Checked.refused(Refusal.parameter("lang must be nl or en, was \"" + lang + "\""));
            }
        }
        long n;
        long s;
        try {
            n = iterations == null ? Simulation.DEFAULT_ITERATIONS : Long.parseLong(iterations.trim());
        } catch (NumberFormatException e) {
            return Refusal.Checked.refused(Refusal.parameter("iterations must be a whole number, was \""
                    + iterations + "\""));
        }
        try {
            s = seed == null ? Simulation.DEFAULT_SEED : Long.parseLong(seed.trim());
        } catch (NumberFormatException e) {
            return Refusal.Checked.refused(Refusal.parameter("seed must be a whole number, was \"" + seed + "\""));
        }
        if (!Simulation.allows(n)) {
            return Refusal.Checked.refused(Refusal.parameter("iterations must be between 1 and "
                    + Simulation.MAX_ITERATIONS + ", was " + n));
        }
        if (party != null && party.isBlank()) {
            return Refusal.Checked.refused(Refusal.parameter("for must name a stakeholder, was empty"));
        }
        return Refusal.Checked.ok(new ReportRequest(new Report.Options(language, party, (int) n, s), scenario));
    }

    /**
     * The report of a model document or, when the document is a {@code sroi-scenarios/1} document, of its model or
     * the named scenario.
     */
    public Refusal.Checked<Report> on(byte[] document, ModelValidator validator) {
        ModelReading model = ModelJson.read(document, validator);
        if (model.malformed()) {
            return Refusal.Checked.refused(new Refusal(Refusal.Kind.MALFORMED, model.errors(), null));
        }
        if (model.valid()) {
            return on(model.validModel());
        }
        ScenarioJson.Reading reading = ScenarioJson.read(document, validator);
        boolean scenarios = reading.errors().stream().noneMatch(p -> p.pointer().equals("/format"));
        if (!scenarios) {
            return Refusal.Checked.refused(new Refusal(Refusal.Kind.INVALID_MODEL, model.errors(), null));
        }
        if (!reading.valid()) {
            return Refusal.Checked.refused(new Refusal(Refusal.Kind.INVALID_SCENARIOS, reading.errors(), null));
        }
        if (scenario == null) {
            return report(reading.base(), null);
        }
        for (ScenarioComparison.Named named : reading.scenarios()) {
            if (named.id().equals(scenario)) {
                return report(named.model(), new Report.Scenario(named.id(), named.title()));
            }
        }
        return Refusal.Checked.refused(Refusal.parameter("there is no scenario \"" + scenario + "\"; the scenarios are "
                + String.join(", ", reading.scenarios().stream().map(ScenarioComparison.Named::id).toList())));
    }

    /** The report of a model already read and validated (a catalogue's); a scenario cannot be named then. */
    public Refusal.Checked<Report> on(ValidModel model) {
        if (scenario != null) {
            return Refusal.Checked.refused(Refusal.parameter(
                    "a scenario can only be named for a sroi-scenarios/1 document"));
        }
        return report(model, null);
    }

    private Refusal.Checked<Report> report(ValidModel model, Report.Scenario scenario) {
        String party = options.party();
        if (party != null && model.model().stakeholders().stream().noneMatch(s -> s.id().equals(party))) {
            return Refusal.Checked.refused(Refusal.parameter("for: there is no stakeholder \"" + party
                    + "\"; the stakeholders are " + String.join(", ",
                    model.model().stakeholders().stream().map(s -> s.id()).toList())));
        }
        return Refusal.Checked.ok(Report.of(model, scenario, options));
    }
}
