package nl.sroi.report;

import java.math.BigInteger;
import java.util.regex.Pattern;

import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;
import nl.sroi.core.text.Message;

/**
 * What a reader asks of a report, its parameters checked: the options and, for a {@code sroi-scenarios/1}
 * document, the scenario to report on ({@code null}: the document's model). The parameters are as given in a query
 * or on a command line, {@code null} when absent: {@code lang} {@code nl} (default) or {@code en}; {@code for} a
 * stakeholder id; {@code iterations} 1 to 1,000,000 (default 10,000) and {@code seed} (default 1).
 *
 * @param options  the language, the party and the simulation's iterations and seed
 * @param scenario the scenario's id, or {@code null}
 */
public record ReportRequest(Report.Options options, String scenario) {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

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
        Language language = lang == null ? Language.NL : Language.parse(lang).orElse(null);
        if (language == null) {
            return Validated.invalidParameter("lang", ProblemCode.OUT_OF_RANGE,
                    Message.of("invalidValue", "lang", java.util.List.of("\"nl\"", "\"en\""), lang));
        }
        Long n = iterations == null ? Long.valueOf(Simulation.DEFAULT_ITERATIONS) : wholeNumber(iterations);
        if (n == null) {
            return Validated.invalidParameter("iterations", ProblemCode.WRONG_TYPE,
                    Message.of("notWhole", "iterations", "\"" + iterations + "\""));
        }
        Long s = seed == null ? Long.valueOf(Simulation.DEFAULT_SEED) : wholeNumber(seed);
        if (s == null) {
            return Validated.invalidParameter("seed", ProblemCode.WRONG_TYPE,
                    Message.of("notWhole", "seed", "\"" + seed + "\""));
        }
        if (party != null && party.isBlank()) {
            return Validated.invalidParameter("for", ProblemCode.UNKNOWN_STAKEHOLDER,
                    Message.of("empty.text", "for"));
        }
        return Simulation.iterations(n).map(count -> new ReportRequest(
                new Report.Options(language, party, count, s), scenario));
    }

    private static Long wholeNumber(String text) {
        String t = text.trim();
        if (!WHOLE.matcher(t).matches()) {
            return null;
        }
        BigInteger value = new BigInteger(t);
        return value.bitLength() < 64 ? value.longValue() : null;
    }
}
