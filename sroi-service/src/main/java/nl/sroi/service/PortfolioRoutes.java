package nl.sroi.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.javalin.http.Context;

import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.Portfolio;
import nl.sroi.core.analysis.PortfolioEntry;
import nl.sroi.core.analysis.PortfolioResult;
import nl.sroi.core.analysis.PortfolioSelection;
import nl.sroi.core.analysis.PortfolioSimulation;
import nl.sroi.core.analysis.PortfolioSimulationResult;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.WorkEstimate;
import nl.sroi.core.json.PortfolioJson;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;
import nl.sroi.report.PortfolioReport;
import nl.sroi.report.ReportFormat;
import nl.sroi.workbook.PortfolioWorkbook;

/**
 * The portfolio's routes ({@code portfolio.md}): {@code GET /portfolio}, {@code /portfolio/simulation},
 * {@code /portfolio/report} and {@code /portfolio/export.xlsx}, over the analyses a {@link PortfolioAnalyses} gives.
 * The query is checked before any work: {@code versions} is {@code adopted} (the default) or {@code latest};
 * {@code themeLine} and {@code municipality} follow the id rule (one that no analysis has gives an empty portfolio,
 * which says so); {@code iterations} and {@code seed} as for a simulation. Each route is priced by the work of its
 * analyses and runs under the service's work limits.
 */
final class PortfolioRoutes {

    /** The selection's parameters, taken by every portfolio route. */
    static final Set<String> SELECTION = Set.of("themeLine", "municipality", "versions");
    /** The simulation's. */
    static final Set<String> SIMULATION = union(SELECTION, Set.of("iterations", "seed"));
    /** The report's: the selection, the simulation and the format (the language is every route's). */
    static final Set<String> REPORT = union(SIMULATION, Set.of("format"));
    /** The workbook's: the selection (the language is every route's). */
    static final Set<String> EXPORT = SELECTION;

    private final PortfolioAnalyses analyses;
    private final Computing computing;
    private final Responder responder;
    private final Consumer<Context> access;
    private final Portfolio portfolio;
    private final PortfolioSimulation simulation;

    /**
     * @param analyses   where the analyses come from
     * @param operations the portfolio and its simulation, on the service's executor
     * @param computing  the admission of the service
     * @param responder  the writer of answers
     * @param access     refuses a request that may not read these analyses (the store's token check), or nothing
     */
    PortfolioRoutes(PortfolioAnalyses analyses, Operations operations, Computing computing, Responder responder,
                    Consumer<Context> access) {
        this.analyses = analyses;
        this.computing = computing;
        this.responder = responder;
        this.access = access;
        this.portfolio = operations.portfolio();
        this.simulation = operations.portfolioSimulation();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** A selection as the query gives it, or the problem naming the parameter. */
    record Query(PortfolioSelection selection, PortfolioAnalyses.Versions versions) {
    }

    static Validated<Query> query(Context ctx) {
        String versions = ctx.queryParam("versions");
        PortfolioAnalyses.Versions v = versions == null ? PortfolioAnalyses.Versions.ADOPTED
                : PortfolioAnalyses.Versions.of(versions).orElse(null);
        if (v == null) {
            return Validated.invalidParameter("versions", ProblemCode.INVALID_VALUE,
                    ServiceTexts.message("parameter.versions", versions));
        }
        for (String name : List.of("themeLine", "municipality")) {
            String value = ctx.queryParam(name);
            if (value != null && !ModelValidator.isId(value)) {
                return Validated.invalidParameter(name, ProblemCode.INVALID_VALUE,
                        ServiceTexts.message("parameter.portfolioId", name, value));
            }
        }
        return Validated.valid(new Query(new PortfolioSelection(v.value(), ctx.queryParam("themeLine"),
                ctx.queryParam("municipality")), v));
    }

    /** {@code GET /portfolio}. */
    void portfolio(Context ctx, Language language) {
        access.accept(ctx);
        Query q = orRefuse(query(ctx), language);
        List<PortfolioEntry> entries = analyses.entries(q.versions());
        computing.analysis(ctx, entries, new Work<>(ServiceTexts.message("analysis.portfolio"), language,
                WorkEstimate.portfolio(entries)) {
            @Override
            public void answer(Context c, List<PortfolioEntry> input, Cancellation cancellation) {
                Validated<PortfolioResult> p = portfolio.calculate(input, q.selection());
                respond(c, p.map(r -> PortfolioJson.write(r, language)), language);
            }
        });
    }

    /** {@code GET /portfolio/simulation}. */
    void simulation(Context ctx, Language language) {
        access.accept(ctx);
        Query q = orRefuse(query(ctx), language);
        Simulation.Settings settings = orRefuse(Simulation.Settings.of(ctx.queryParam("iterations"),
                ctx.queryParam("seed")), language);
        List<PortfolioEntry> entries = analyses.entries(q.versions());
        computing.analysis(ctx, entries, new Work<>(ServiceTexts.message("analysis.portfolioSimulation"), language,
                WorkEstimate.portfolioSimulation(entries, settings.iterations())) {
            @Override
            public void answer(Context c, List<PortfolioEntry> input, Cancellation cancellation) {
                Validated<PortfolioSimulationResult> r = simulation.run(input, q.selection(), settings.iterations(),
                        settings.seed(), cancellation);
                respond(c, r.map(PortfolioJson::write), language);
            }
        });
    }

    /**
     * {@code GET /portfolio/report}: HTML or PDF ({@code format}, else the Accept header), in the language of every
     * route ({@code lang}, else Accept-Language, else the service's default); the uncertainty when an analysis has
     * ranges.
     */
    void report(Context ctx, Language language) {
        access.accept(ctx);
        Query q = orRefuse(query(ctx), language);
        Simulation.Settings settings = orRefuse(Simulation.Settings.of(ctx.queryParam("iterations"),
                ctx.queryParam("seed")), language);
        ReportFormat format = orRefuse(ReportFormat.of(ctx.queryParam("format"), ctx.header("Accept")), language);
        Language lang = language;
        List<PortfolioEntry> entries = analyses.entries(q.versions());
        long steps = WorkEstimate.portfolio(entries) + WorkEstimate.portfolioSimulation(entries, settings.iterations())
                + format.portfolioSteps(entries.size(),
                entries.stream().mapToLong(e -> e.model().model().stakeholders().size()).sum());
        computing.analysis(ctx, entries, new Work<>(ServiceTexts.message("analysis.portfolioReport"), language,
                steps) {
            @Override
            public void answer(Context c, List<PortfolioEntry> input, Cancellation cancellation) {
                PortfolioResult p = orRefuse(portfolio.calculate(input, q.selection()), language);
                boolean ranged = input.stream().anyMatch(e -> !EstimateRef.ranged(e.model().model()).isEmpty());
                PortfolioSimulationResult sim = !ranged || p.isEmpty() ? null : orRefuse(simulation.run(input,
                        q.selection(), settings.iterations(), settings.seed(), cancellation), language);
                PortfolioReport report = new PortfolioReport(p, sim, lang);
                String name = "portefeuille." + format.extension();
                c.result(format == ReportFormat.PDF ? report.pdf() : report.html().getBytes(StandardCharsets.UTF_8))
                        .contentType(format.mediaType()).header("Content-Disposition",
                                (format == ReportFormat.PDF ? "attachment" : "inline") + "; filename=\"" + name + "\"");
            }
        });
    }

    /** {@code GET /portfolio/export.xlsx}: the workbook, in the language of every route. */
    void export(Context ctx, Language language) {
        access.accept(ctx);
        Query q = orRefuse(query(ctx), language);
        Language lang = language;
        List<PortfolioEntry> entries = analyses.entries(q.versions());
        long cells = entries.stream().mapToLong(e -> 20L + 2L * e.model().model().stakeholders().size()).sum();
        computing.analysis(ctx, entries, new Work<>(ServiceTexts.message("analysis.portfolioWorkbook"), language,
                WorkEstimate.portfolio(entries) + cells * WORKBOOK_CELL) {
            @Override
            public void answer(Context c, List<PortfolioEntry> input, Cancellation cancellation) {
                PortfolioResult p = orRefuse(portfolio.calculate(input, q.selection()), language);
                responder.workbook(c, PortfolioWorkbook.write(p, lang), "portefeuille");
            }
        });
    }

    /** Steps of writing one cell of a workbook (POI, formulas evaluated): as the analysis workbook's estimate. */
    static final long WORKBOOK_CELL = 50_000;

    static <T> T orRefuse(Validated<T> v, Language language) {
        if (!v.isValid()) {
            throw new ProblemException(ProblemDocument.of(v, language));
        }
        return v.value();
    }

    private void respond(Context ctx, Validated<String> document, Language language) {
        if (!document.isValid()) {
            throw new ProblemException(ProblemDocument.of(document, language));
        }
        responder.json(ctx, document.value());
    }

    /** A priced piece of portfolio work over entries already valid. */
    private abstract static class Work<T> implements Computing.Analysis<T> {
        private final Message name;
        private final Language language;
        private final long steps;

        Work(Message name, Language language, long steps) {
            this.name = name;
            this.language = language;
            this.steps = steps;
        }

        @Override
        public String name(Language in) {
            return name.in(in);
        }

        @Override
        public Validated<T> read(byte[] body) {
            throw new UnsupportedOperationException("the portfolio reads no body");
        }

        @Override
        public long steps(T input) {
            return steps;
        }

        @Override
        public JsonApi.Answer refused(Validated<T> read) {
            throw new UnsupportedOperationException("the portfolio reads no body");
        }

        @Override
        public Language language() {
            return language;
        }
    }
}
