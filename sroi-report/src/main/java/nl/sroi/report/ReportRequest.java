package nl.sroi.report;

import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Parameters;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * What a reader asks of a report, its parameters checked: the options and, for a {@code sroi-scenarios/1}
 * document, the scenario to report on ({@code null}: the document's model). The parameters are as given in a query
 * or on a command line, {@code null} when absent: {@code lang} {@code nl} (default) or {@code en}; {@code for} a
 * stakeholder id; {@code iterations} and {@code seed} as every simulation takes them ({@link Simulation.Settings}).
 *
 * @param options  the language, the party and the simulation's iterations and seed
 * @param scenario the scenario's id, or {@code null}
 */
public record ReportRequest(Report.Options options, String scenario) {

    /**
     * The request of these parameters.
     *
     * @param lang       {@code nl}, {@code en} or {@code null}
     * @param party      a stakeholder's id or {@code null}
     * @param scenario   a scenario's id or {@code null}
     * @param iterations a whole number or {@code null}
     * @param seed       a whole number or {@code null}
     * @return the request, or the problem with the first wrong parameter
     */
    public static Validated<ReportRequest> of(String lang, String party, String scenario, String iterations,
                                              String seed) {
        return Parameters.language(lang, Language.NL).flatMap(language -> Simulation.Settings.of(iterations, seed)
                .flatMap(s -> party != null && party.isBlank()
                        ? Validated.invalidParameter("for", ProblemCode.UNKNOWN_STAKEHOLDER,
                                Message.of("empty.text", "for"))
                        : Validated.valid(new ReportRequest(new Report.Options(language, party, s.iterations(),
                                s.seed()), scenario))));
    }
}
