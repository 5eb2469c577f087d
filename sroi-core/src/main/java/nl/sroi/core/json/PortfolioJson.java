package nl.sroi.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonGenerator;

import nl.sroi.core.analysis.PortfolioResult;
import nl.sroi.core.analysis.PortfolioSimulationResult;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.TwentseKoers;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;

/**
 * Writes the portfolio ({@code sroi-portfolio/1}) and its simulation ({@code sroi-portfolio-simulation/1}) as
 * {@code portfolio.md} §4 gives them. Amounts carry their currency's minor-unit digits; ratios are unrounded and
 * {@code null} where there are no inputs to divide by. Beyond §4 the portfolio carries {@code warnings} (as a result
 * document does), which says so when the selection is empty.
 */
public final class PortfolioJson {

    /** The portfolio's format. */
    public static final String FORMAT = "sroi-portfolio/1";
    /** The portfolio simulation's format. */
    public static final String SIMULATION = "sroi-portfolio-simulation/1";

    private PortfolioJson() {
    }

    /**
     * The name of a theme line in a language: the programme's five by their names, another by its id.
     *
     * @param themeLine the theme line's id, or {@code null} for the analyses without one
     * @param language  the language
     * @return the name
     */
    public static String themeLineName(String themeLine, Language language) {
        if (themeLine == null) {
            return Message.of("themeLine.none").in(language);
        }
        return TwentseKoers.knownThemeLine(themeLine) ? Message.of("themeLine." + themeLine).in(language) : themeLine;
    }

    /**
     * The portfolio document.
     *
     * @param p        the portfolio
     * @param language the language of names and warnings
     * @return the document, pretty-printed, ending in a newline
     */
    public static String write(PortfolioResult p, Language language) {
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeObjectFieldStart("selection");
            g.writeStringField("versions", p.selection().versions());
            nullable(g, "themeLine", p.selection().themeLine());
            nullable(g, "municipality", p.selection().municipality());
            g.writeEndObject();
            nullable(g, "currency", p.currency());
            int digits = p.currency() == null ? 0 : MinorUnits.of(p.currency()).zero().scale();
            g.writeArrayFieldStart("analyses");
            for (PortfolioResult.Analysis a : p.analyses()) {
                analysis(g, a, digits);
            }
            g.writeEndArray();
            g.writeFieldName("totals");
            g.writeStartObject();
            figures(g, p.totals(), digits);
            g.writeEndObject();
            g.writeArrayFieldStart("themeLines");
            for (PortfolioResult.ThemeLine t : p.themeLines()) {
                g.writeStartObject();
                nullable(g, "themeLine", t.themeLine());
                g.writeStringField("name", themeLineName(t.themeLine(), language));
                g.writeNumberField("analyses", t.analyses());
                figures(g, t.figures(), digits);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("parties");
            for (PortfolioResult.Party party : p.parties()) {
                party(g, party, digits);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (Problem w : p.warnings()) {
                g.writeStartObject();
                g.writeStringField("code", w.code().name());
                g.writeStringField("message", w.message(language));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void analysis(JsonGenerator g, PortfolioResult.Analysis a, int digits) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeNumberField("version", a.version());
        nullable(g, "hash", a.hash());
        g.writeStringField("title", a.title());
        nullable(g, "themeLine", a.themeLine());
        g.writeStringField("kind", Fields.name(a.kind()));
        g.writeNumberField("share", a.share());
        figures(g, a.figures(), digits);
        g.writeEndObject();
    }

    private static void figures(JsonGenerator g, PortfolioResult.Figures f, int digits) throws IOException {
        money(g, "presentValue", f.presentValue(), digits);
        money(g, "inputsValue", f.inputsValue(), digits);
        money(g, "netPresentValue", f.netPresentValue(), digits);
        money(g, "welfarePresentValue", f.welfarePresentValue(), digits);
        Fields.number(g, "ratio", f.ratio());
        Fields.number(g, "welfareRatio", f.welfareRatio());
    }

    private static void party(JsonGenerator g, PortfolioResult.Party p, int digits) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        money(g, "invested", p.invested(), digits);
        money(g, "received", p.received(), digits);
        money(g, "net", p.net(), digits);
        Fields.number(g, "ratio", p.ratio());
        g.writeArrayFieldStart("analyses");
        for (PortfolioResult.Cell c : p.analyses()) {
            g.writeStartObject();
            g.writeStringField("id", c.analysis());
            money(g, "invested", c.invested(), digits);
            money(g, "received", c.received(), digits);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, String field, BigDecimal amount, int digits) throws IOException {
        g.writeNumberField(field, amount.setScale(digits, java.math.RoundingMode.UNNECESSARY));
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    /**
     * The portfolio simulation document.
     *
     * @param s the simulation
     * @return the document, pretty-printed, ending in a newline
     */
    public static String write(PortfolioSimulationResult s) {
        int digits = s.currency() == null ? 0 : MinorUnits.of(s.currency()).zero().scale();
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("format", SIMULATION);
            g.writeNumberField("iterations", s.iterations());
            g.writeNumberField("seed", s.seed());
            summary(g, "ratio", s.ratio(), -1);
            summary(g, "netPresentValue", s.netPresentValue(), digits);
            g.writeArrayFieldStart("themeLines");
            for (PortfolioSimulationResult.ThemeLine t : s.themeLines()) {
                g.writeStartObject();
                nullable(g, "themeLine", t.themeLine());
                summary(g, "ratio", t.ratio(), -1);
                summary(g, "netPresentValue", t.netPresentValue(), digits);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** A summary; {@code digits} ≥ 0 rounds to that many decimals (money), −1 writes the doubles as they are. */
    private static void summary(JsonGenerator g, String field, SimulationResult.Summary s, int digits)
            throws IOException {
        if (s == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        number(g, "mean", s.mean(), digits);
        number(g, "sd", s.sd(), digits);
        number(g, "p5", s.p5(), digits);
        number(g, "p25", s.p25(), digits);
        number(g, "p50", s.p50(), digits);
        number(g, "p75", s.p75(), digits);
        number(g, "p95", s.p95(), digits);
        OptionalDouble above = s.probabilityAboveOne();
        if (above.isPresent()) {
            g.writeNumberField("probabilityAboveOne", above.getAsDouble());
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, double value, int digits) throws IOException {
        if (digits < 0) {
            g.writeNumberField(field, value);
        } else {
            g.writeNumberField(field, new MinorUnits(digits).round(value));
        }
    }
}
