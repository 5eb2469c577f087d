package nl.sroi.service;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;
import nl.sroi.core.validation.Parameters;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;
import nl.sroi.report.ReportFormat;
import nl.sroi.report.ReportRequest;
import nl.sroi.report.Reporter;
import nl.sroi.workbook.SroiWorkbook;
import nl.sroi.workbook.WorkbookCost;

/**
 * The HTTP service: thin routes over the {@link Operations} layer. Each route parses its transport (the query, the
 * body), calls an operation (priced and admitted by {@link Computing} when it computes) and hands what comes back to
 * the {@link Responder}, which writes every answer and every problem; no rule, calculation or document shape lives
 * here. Its parts are made by the {@link Composition}. Stateless: the catalogue is immutable and the operations keep
 * no state, so requests run in parallel safely.
 */
public final class SroiService {

    public static final String API = "/api/v1";
    static final String JSON = "application/json";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Logger LOG = LoggerFactory.getLogger(SroiService.class);

    /**
     * A route of the service; the OpenAPI document is tested against this table. A request may carry only the
     * query parameters the route names, each once.
     *
     * @param method     the HTTP method
     * @param path       the path, with {@code {id}} for a path parameter
     * @param parameters the query parameters the route takes
     * @param handler    what answers
     */
    public record Route(HandlerType method, String path, Set<String> parameters, Handler handler) {
        Route(HandlerType method, String path, Handler handler) {
            this(method, path, Set.of(), handler);
        }

        /** Every route takes {@code lang}; a route that answers JSON takes {@code pretty}. */
        public Route {
            Set<String> all = new java.util.HashSet<>(parameters);
            all.add(LANG);
            if (!NOT_JSON.contains(path)) {
                all.add(JsonApi.PRETTY);
            }
            parameters = Set.copyOf(all);
        }

        /** Whether a request path is this route's path. */
        boolean matches(String requestPath) {
            return requestPath.matches(path.replaceAll("\\{[^}]+}", "[^/]+"));
        }
    }

    /** The query parameter naming the language of the answer; before Accept-Language, over the default. */
    static final String LANG = Responder.LANG;
    /** The routes whose answer is not JSON (CSV, a workbook, a report); their problem documents are compact. */
    private static final Set<String> NOT_JSON = Set.of(API + "/flows", API + "/export", API + "/models/{id}/export.xlsx",
            API + "/models/{id}/report", API + "/report", API + "/portfolio/report", API + "/portfolio/export.xlsx",
            StoreRoutes.ANALYSES + "/{id}", StoreRoutes.ANALYSES + "/{id}/versions/{n}/export.xlsx",
            StoreRoutes.ANALYSES + "/{id}/versions/{n}/report");

    /** The query parameters of the report routes. */
    private static final Set<String> REPORT_PARAMETERS = Set.of("format", "for", "iterations", "seed");
    /** A posted document may be a scenarios document, of which the report takes one scenario. */
    static final Set<String> POSTED_REPORT_PARAMETERS = Set.of("format", "for", "scenario",
            "iterations", "seed");

    private final ServiceConfig config;
    private final Supplier<ModelCatalog> catalog;
    private final Operations operations;
    private final Responder responder;
    private final Admission admission;
    private final Computing computing;
    private final PortfolioRoutes portfolio;
    private final StoreRoutes store;

    public SroiService(ServiceConfig config, ModelCatalog catalog) {
        this(config, () -> catalog);
    }

    /** With a catalogue that may still be loading (start-up loads it while Jetty starts); routes wait for it. */
    public SroiService(ServiceConfig config, Supplier<ModelCatalog> catalog) {
        this(config, catalog, Composition.defaultStore(), new CatalogPortfolioAnalyses(catalog));
    }

    /** With the store its routes keep analyses in, and the portfolio reads. */
    public SroiService(ServiceConfig config, Supplier<ModelCatalog> catalog, StoreAccess store) {
        this(config, catalog, store, new StorePortfolioAnalyses(store, ModelValidator.DEFAULT), true);
    }

    /**
     * With the analyses the portfolio routes read given apart (tests; the service itself reads the store's).
     *
     * @param config    the configuration
     * @param catalog   the bundled models
     * @param portfolio where the portfolio takes its analyses from
     */
    public SroiService(ServiceConfig config, Supplier<ModelCatalog> catalog, PortfolioAnalyses portfolio) {
        this(config, catalog, Composition.defaultStore(), portfolio);
    }

    /** With the store and the portfolio's analyses. */
    public SroiService(ServiceConfig config, Supplier<ModelCatalog> catalog, StoreAccess store,
                       PortfolioAnalyses portfolio) {
        this(config, catalog, store, portfolio, false);
    }

    /**
     * The routes over the parts the {@link Composition} makes. A portfolio read from the store is the store's data:
     * its routes then ask for a reader's token.
     */
    private SroiService(ServiceConfig config, Supplier<ModelCatalog> catalog, StoreAccess store,
                        PortfolioAnalyses portfolio, boolean portfolioFromStore) {
        Composition.Service parts = Composition.service(config);
        this.config = config;
        this.catalog = catalog;
        this.operations = parts.operations();
        this.responder = parts.responder();
        this.admission = parts.admission();
        this.computing = parts.computing();
        this.store = new StoreRoutes(this, responder, store);
        this.portfolio = new PortfolioRoutes(portfolio, operations, computing, responder,
                portfolioFromStore ? this.store::requireReader : ctx -> { });
    }

    /** The change bridge of a bridge request's body (the stored versions' bridge: {@link StoreRoutes}). */
    void bridge(Context ctx, byte[] body) {
        computing.analysis(ctx, body, analyses(ctx).bridge());
    }

    public List<Route> routes() {
        List<Route> all = new java.util.ArrayList<>(documentRoutes());
        all.addAll(catalogueRoutes());
        all.addAll(store.routes());
        return List.copyOf(all);
    }

    /** The routes over a posted document (and the catalogue's report and workbook). */
    private List<Route> documentRoutes() {
        return List.of(
                new Route(HandlerType.POST, API + "/calculate", Set.of("scenario"), this::calculate),
                new Route(HandlerType.POST, API + "/validate", Set.of("scenario"),
                        ctx -> responder.answer(ctx, computing.sized(ctx, body(ctx),
                                b -> api(ctx).validate(b, ctx.queryParam("scenario"))))),
                new Route(HandlerType.POST, API + "/sensitivity", Set.of("scenario"),
                        ctx -> computing.analysis(ctx, body(ctx),
                                analyses(ctx).sensitivity(ctx.queryParam("scenario")))),
                new Route(HandlerType.POST, API + "/simulate", Set.of("iterations", "seed", "scenario"),
                        this::simulate),
                new Route(HandlerType.POST, API + "/scenarios",
                        ctx -> computing.analysis(ctx, body(ctx), analyses(ctx).scenarios())),
                new Route(HandlerType.POST, API + "/bridge", ctx -> bridge(ctx, body(ctx))),
                new Route(HandlerType.POST, API + "/business-case", Set.of("for", "scenario"), ctx -> responder.answer(
                        ctx, computing.sized(ctx, body(ctx), b -> api(ctx).businessCase(b, ctx.queryParam("for"),
                                ctx.queryParam("scenario"))))),
                new Route(HandlerType.POST, API + "/flows", Set.of("scenario", "for"),
                        ctx -> responder.answer(ctx, computing.sized(ctx, body(ctx), b -> api(ctx).flows(b,
                                ctx.queryParam("scenario"), ctx.queryParam("for"), language(ctx).code())))),
                new Route(HandlerType.GET, API + "/models/{id}/export.xlsx", Set.of("for"),
                        ctx -> export(ctx, entry(ctx).modelJson().getBytes(StandardCharsets.UTF_8))),
                new Route(HandlerType.POST, API + "/export", Set.of("scenario", "for"),
                        ctx -> export(ctx, body(ctx))),
                new Route(HandlerType.GET, API + "/models/{id}/report", REPORT_PARAMETERS, ctx -> report(ctx, false)),
                new Route(HandlerType.POST, API + "/report", POSTED_REPORT_PARAMETERS, ctx -> report(ctx, true)));
    }

    /** The routes over what the service holds: the catalogue, the portfolio, the proxies and its own documents. */
    private List<Route> catalogueRoutes() {
        return List.of(
                new Route(HandlerType.GET, API + "/models", ctx -> responder.json(ctx, catalog.get().summaries())),
                new Route(HandlerType.GET, API + "/models/{id}", ctx -> responder.json(ctx, entry(ctx).modelJson())),
                new Route(HandlerType.GET, API + "/models/{id}/result",
                        ctx -> responder.json(ctx, entry(ctx).resultJson(language(ctx)))),
                new Route(HandlerType.GET, API + "/portfolio", PortfolioRoutes.SELECTION,
                        ctx -> portfolio.portfolio(ctx, language(ctx))),
                new Route(HandlerType.GET, API + "/portfolio/simulation", PortfolioRoutes.SIMULATION,
                        ctx -> portfolio.simulation(ctx, language(ctx))),
                new Route(HandlerType.GET, API + "/portfolio/report", PortfolioRoutes.REPORT,
                        ctx -> portfolio.report(ctx, language(ctx))),
                new Route(HandlerType.GET, API + "/portfolio/export.xlsx", PortfolioRoutes.EXPORT,
                        ctx -> portfolio.export(ctx, language(ctx))),
                new Route(HandlerType.GET, API + "/proxies", Set.copyOf(ProxyLookup.SEARCH_PARAMETERS),
                        ctx -> responder.answer(ctx, operations.proxies().search(ctx.queryParam("q"),
                                ctx.queryParam("domain"), ctx.queryParam("party"), language(ctx)))),
                new Route(HandlerType.GET, API + "/proxies/{id}", Set.copyOf(ProxyLookup.ENTRY_PARAMETERS),
                        ctx -> responder.answer(ctx, operations.proxies().entry(ctx.pathParam("id"),
                                ctx.queryParam("priceYear"), language(ctx)))),
                new Route(HandlerType.GET, API + "/health",
                        ctx -> responder.json(ctx, JsonApi.health(catalog.get().size()))),
                new Route(HandlerType.GET, API + "/openapi.json", ctx -> responder.json(ctx, OpenApi.document())),
                new Route(HandlerType.GET, API + "/problems", ctx -> ProblemPages.index(ctx, language(ctx))),
                new Route(HandlerType.GET, API + "/problems/{type}", ctx -> ProblemPages.page(ctx, language(ctx),
                        ProblemType.ofSlug(ctx.pathParam("type")).orElseThrow(() -> responder.refuse(ctx,
                                ProblemType.NOT_FOUND, ServiceTexts.message("notFound.problemType",
                                        ctx.pathParam("type"), ProblemPages.slugs()))))));
    }

    /** The configured application, not yet started. */
    public Javalin create() {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.prefer405over404 = true;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.modifyServer(server -> {
                server.setStopTimeout(config.stopTimeoutMillis());
                server.setErrorHandler(new ProblemErrorHandler(config.language(), responder));
            });
            c.jetty.modifyServletContextHandler(handler ->
                    handler.setErrorHandler(new ProblemErrorHandler(config.language(), responder)));
            c.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), oneDecimal(ms)));
        });
        app.before(ctx -> {
            ctx.header(ProblemErrorHandler.NOSNIFF_HEADER, ProblemErrorHandler.NOSNIFF);
            String query = ctx.req().getQueryString();
            if (!validEscapes(ctx.req().getRequestURI()) || query != null && !validEscapes(query)) {
                throw responder.refuse(ctx, ProblemType.BAD_REQUEST, ServiceTexts.message("badRequest.http"));
            }
        });
        app.after(admission::release);
        app.events(events -> events.serverStopped(admission::close));
        for (Route route : routes()) {
            app.addHttpHandler(route.method(), route.path(), ctx -> {
                parameters(ctx, route);
                route.handler().handle(ctx);
            });
        }
        exceptions(app);
        return app;
    }

    /** Every failure of a route becomes a problem document, written by the {@link Responder}. */
    private void exceptions(Javalin app) {
        app.exception(ProblemException.class, (e, ctx) -> responder.problem(ctx, e.problem()));
        app.exception(nl.sroi.store.StoreException.class, (e, ctx) -> {
            if (e.getCause() != null) {
                LOG.warn("{} {}: the store answered {}", ctx.method(), ctx.path(), e.getMessage());
            }
            responder.problem(ctx, store.refused(ctx, e).problem());
        });
        app.exception(HttpResponseException.class,
                (e, ctx) -> responder.problem(ctx, responder.fromJavalin(ctx, e.getStatus(), routes())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            responder.problem(ctx, ProblemDocument.of(ProblemType.INTERNAL_ERROR,
                    ServiceTexts.message("internalError"), language(ctx)));
        });
    }

    /** The operations in the language the request asks for. */
    JsonApi api(Context ctx) {
        return operations.api(language(ctx));
    }

    /** The language of the answer: {@link Responder#language}. */
    Language language(Context ctx) {
        return responder.language(ctx);
    }

    /**
     * Refuses a query parameter the route does not take, or one given twice, naming it and the ones the route
     * takes: a misspelt {@code ?iteration=5} must not quietly run 10,000 iterations.
     */
    private void parameters(Context ctx, Route route) {
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            String name = p.getKey();
            Message message = null;
            if (!route.parameters().contains(name)) {
                List<String> known = route.parameters().stream().sorted().toList();
                message = known.isEmpty() ? ServiceTexts.message("parameter.none", name, route.path())
                        : Nearest.of(name, known)
                        .map(near -> ServiceTexts.message("parameter.unknown.nearest", name, near, route.path(), known))
                        .orElseGet(() -> ServiceTexts.message("parameter.unknown", name, route.path(), known));
            } else if (p.getValue().size() > 1) {
                message = ServiceTexts.message("parameter.repeated", name, p.getValue().size());
            }
            if (message != null) {
                throw responder.refuse(ctx, Validated.invalidParameter(name,
                        route.parameters().contains(name) ? ProblemCode.INVALID_VALUE : ProblemCode.UNKNOWN_PARAMETER,
                        message));
            }
        }
        Validated<Language> lang = Parameters.language(ctx.queryParam(LANG), config.language());
        Validated<Boolean> pretty = JsonApi.pretty(ctx.queryParam(JsonApi.PRETTY));
        for (Validated<?> parameter : List.of(lang, pretty)) {
            if (!parameter.isValid()) {
                throw responder.refuse(ctx, parameter);
            }
        }
        ctx.attribute(Responder.PRETTY_ANSWER, pretty.value());
    }

    /** A model in, its result out: compact unless {@code ?pretty} (checked before the body is read). */
    private void calculate(Context ctx) {
        JsonApi api = api(ctx);
        boolean pretty = Responder.pretty(ctx);
        responder.result(ctx, computing.sized(ctx, body(ctx), b -> api.calculate(b, ctx.queryParam("scenario"),
                pretty)));
    }

    /** The priced analyses, answering in the request's language. */
    private Analyses analyses(Context ctx) {
        return new Analyses(api(ctx), config.work().budgetSteps(), responder);
    }

    /** The iterations and seed first (a bad one is refused before the body is read), then the priced simulation. */
    private void simulate(Context ctx) {
        JsonApi api = api(ctx);
        Validated<Simulation.Settings> p = api.simulationParameters(ctx.queryParam("iterations"),
                ctx.queryParam("seed"));
        if (!p.isValid()) {
            responder.answer(ctx, api.problem(p));
        } else {
            computing.analysis(ctx, body(ctx), analyses(ctx).simulation(p.value(), ctx.queryParam("scenario")));
        }
    }

    /**
     * A model or scenarios document in, its workbook out (or the problem document): {@code ?scenario=},
     * {@code ?for=} and {@code ?lang=} (the workbook's labels, Dutch by default) as on the command line. Read once,
     * then priced: POI cannot be stopped halfway, so the estimate of every workbook the document stands for bounds
     * it; then written from what was read.
     */
    void export(Context ctx, byte[] document) {
        Language language = language(ctx);
        String scenario = ctx.queryParam("scenario");
        Validated<ScenarioJson.Reading> read = operations.workbookDocument(document, scenario);
        long steps = read.isValid()
                ? read.value().models().stream().mapToLong(m -> WorkbookCost.steps(m.model())).sum() : 0;
        computing.priced(ctx, document.length, ServiceTexts.message("analysis.workbook").in(language), steps,
                language, () -> {
                    Validated<SroiWorkbook.Export> export = read.flatMap(r -> operations.workbook(r, scenario,
                            ctx.queryParam("for"), language));
                    if (export.isValid()) {
                        responder.workbook(ctx, export.value().workbook(), export.value().id());
                    } else {
                        responder.answer(ctx, api(ctx).problem(export));
                    }
                });
    }

    /**
     * The report of a catalogue model or of a posted model or scenarios document, as HTML or PDF: {@code ?format=}
     * {@code html} or {@code pdf}, else the Accept header, else HTML.
     */
    private void report(Context ctx, boolean posted) {
        report(ctx, posted ? () -> body(ctx) : null);
    }

    /** The report of a document ({@code null}: the catalogue model of the path's id), read after the parameters. */
    void report(Context ctx, Supplier<byte[]> document) {
        boolean posted = document != null;
        Reporter reporter = operations.reporter();
        Validated<ReportFormat> format = ReportFormat.of(ctx.queryParam("format"), ctx.header("Accept"));
        Validated<ReportRequest> request = format.flatMap(f -> ReportRequest.of(language(ctx).code(),
                ctx.queryParam("for"), ctx.queryParam("scenario"), ctx.queryParam("iterations"),
                ctx.queryParam("seed")));
        if (!request.isValid()) {
            responder.answer(ctx, api(ctx).problem(request));
            return;
        }
        Computing.Analysis<Reporter.Subject> analysis = analyses(ctx).report(reporter, format.value(),
                request.value());
        if (posted) {
            computing.analysis(ctx, document.get(), analysis);
            return;
        }
        Validated<Reporter.Subject> subject = reporter.subject(entry(ctx).valid(), request.value());
        if (!subject.isValid()) {
            responder.answer(ctx, api(ctx).problem(subject)); // the party is "for" here as everywhere
            return;
        }
        computing.analysis(ctx, subject.value(), analysis);
    }

    private ModelCatalog.Entry entry(Context ctx) {
        String id = ctx.pathParam("id");
        return catalog.get().find(id).orElseThrow(() -> responder.refuse(ctx, ProblemType.NOT_FOUND,
                ServiceTexts.message("notFound.model", id, ModelValidator.listed(catalog.get().ids()))));
    }

    /**
     * The request body, at most the configured number of bytes. Counted while reading, because Javalin's own
     * limit looks only at Content-Length and a chunked body has none.
     */
    byte[] body(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            throw responder.refuse(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    ServiceTexts.message("unsupportedMediaType.none"));
        }
        if (!isJson(type)) {
            throw responder.refuse(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    ServiceTexts.message("unsupportedMediaType", type));
        }
        long max = config.maxBodyBytes();
        long light = config.work().lightBodyBytes();
        long length = ctx.req().getContentLengthLong();
        if (length > max) {
            throw responder.tooLarge(ctx);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            // a large body takes a heavy place before it is read, so that a burst of them holds little memory
            if (length > light) {
                admission.heavyFor(ctx, language(ctx));
            }
            if (length >= 0 && length <= light) { // the usual light body: read into one array of its length
                byte[] body = new byte[(int) length];
                if (in.readNBytes(body, 0, body.length) < body.length) {
                    throw new EOFException("the body is shorter than its Content-Length");
                }
                return body;
            }
            byte[] body = in.readNBytes((int) Math.min(max, light) + 1);
            if (body.length > light) {
                admission.heavyFor(ctx, language(ctx)); // a chunked body, longer than a light one
                body = concat(body, in.readNBytes((int) (max + 1 - body.length)));
            }
            if (body.length > max) {
                throw responder.tooLarge(ctx);
            }
            return body;
        } catch (IOException | RuntimeException e) {
            admission.release(ctx);
            if (e instanceof ProblemException p) {
                throw p;
            }
            // a body shorter than its Content-Length, a malformed chunk, a client gone: the client's fault
            throw responder.refuse(ctx, ProblemType.BAD_REQUEST, ServiceTexts.message("badRequest.body"));
        }
    }

    /** Milliseconds with one decimal, half up, as {@code %.1f} gives them, without a Formatter per request. */
    static String oneDecimal(float ms) {
        long tenths = Math.round(ms * 10.0);
        return tenths / 10 + "." + tenths % 10;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static final String HEX = "0123456789abcdefABCDEF";

    /** Whether every % in the raw URI starts a two-digit hexadecimal escape. */
    static boolean validEscapes(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length() || HEX.indexOf(uri.charAt(i + 1)) < 0 || HEX.indexOf(uri.charAt(i + 2)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals(JSON) || mediaType.endsWith("+json");
    }
}
