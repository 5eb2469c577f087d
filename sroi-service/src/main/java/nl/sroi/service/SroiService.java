package nl.sroi.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.validation.Echo;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.Validated;
import nl.sroi.workbook.SroiWorkbook;

/**
 * The HTTP service: thin routes over sroi-core. Each route reads the body, hands it to {@link JsonApi} and writes
 * what comes back; no rule, calculation or document shape lives here. Stateless: the catalogue is immutable and
 * {@link JsonApi} keeps no state, so requests run in parallel safely.
 */
public final class SroiService {

    public static final String API = "/api/v1";
    private static final String JSON = "application/json";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Logger LOG = LoggerFactory.getLogger(SroiService.class);

    /** A route of the service; the OpenAPI document is tested against this table. */
    public record Route(HandlerType method, String path, Handler handler) {
    }

    private final ServiceConfig config;
    private final Supplier<ModelCatalog> catalog;
    /** A heavy request's simulation runs on its own thread: heavy work takes at most its places' cores. */
    private final JsonApi api = new JsonApi(ModelValidator.DEFAULT, Simulation.DEFAULT);
    private final ModelValidator validator = ModelValidator.DEFAULT;
    private final Admission admission;
    private final Computing computing;
    private final Analyses analyses;

    public SroiService(ServiceConfig config, ModelCatalog catalog) {
        this(config, () -> catalog);
    }

    /** With a catalogue that may still be loading (start-up loads it while Jetty starts); routes wait for it. */
    public SroiService(ServiceConfig config, Supplier<ModelCatalog> catalog) {
        this.config = config;
        this.catalog = catalog;
        this.admission = new Admission(config.work());
        this.computing = new Computing(admission);
        this.analyses = new Analyses(api, validator, config.work().budgetSteps());
    }

    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.POST, API + "/calculate",
                        ctx -> answer(ctx, computing.sized(ctx, body(ctx), api::calculate))),
                new Route(HandlerType.POST, API + "/validate",
                        ctx -> answer(ctx, computing.sized(ctx, body(ctx), api::validate))),
                new Route(HandlerType.POST, API + "/sensitivity",
                        ctx -> computing.analysis(ctx, body(ctx), analyses.sensitivity())),
                new Route(HandlerType.POST, API + "/simulate", this::simulate),
                new Route(HandlerType.POST, API + "/scenarios",
                        ctx -> computing.analysis(ctx, body(ctx), analyses.scenarios())),
                new Route(HandlerType.POST, API + "/business-case", ctx -> answer(ctx, computing.sized(ctx, body(ctx),
                        b -> api.businessCase(b, ctx.queryParam("for"), ctx.queryParam("scenario"))))),
                new Route(HandlerType.POST, API + "/flows", ctx -> answer(ctx, computing.sized(ctx, body(ctx),
                        b -> api.flows(b, ctx.queryParam("scenario"))))),
                new Route(HandlerType.GET, API + "/models", ctx -> json(ctx, catalog.get().summaries())),
                new Route(HandlerType.GET, API + "/models/{id}", ctx -> json(ctx, entry(ctx).modelJson())),
                new Route(HandlerType.GET, API + "/models/{id}/result", ctx -> json(ctx, entry(ctx).resultJson())),
                new Route(HandlerType.GET, API + "/models/{id}/export.xlsx",
                        ctx -> computing.analysis(ctx, entry(ctx).valid(), analyses.workbook())),
                new Route(HandlerType.POST, API + "/export",
                        ctx -> computing.analysis(ctx, body(ctx), analyses.workbook())),
                new Route(HandlerType.GET, API + "/health",
                        ctx -> json(ctx, JsonApi.health(catalog.get().size()))),
                new Route(HandlerType.GET, API + "/openapi.json", ctx -> json(ctx, OpenApi.document())));
    }

    /** The configured application, not yet started. */
    public Javalin create() {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.prefer405over404 = true;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.modifyServer(server -> {
                server.setStopTimeout(config.stopTimeoutMillis());
                server.setErrorHandler(new ProblemErrorHandler());
            });
            c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new ProblemErrorHandler()));
            c.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), String.format(Locale.ROOT, "%.1f", ms)));
        });
        app.before(ctx -> {
            ctx.header(ProblemErrorHandler.NOSNIFF_HEADER, ProblemErrorHandler.NOSNIFF);
            if (!validEscapes(ctx.req().getRequestURI())) {
                throw new ProblemException(ProblemErrorHandler.of(400));
            }
        });
        for (Route route : routes()) {
            app.addHttpHandler(route.method(), route.path(), route.handler());
        }
        app.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.problem()));
        app.events(events -> events.serverStopped(admission::close));
        app.after(admission::release);
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromJavalin(ctx, e.getStatus())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, ProblemErrorHandler.internalError());
        });
        return app;
    }

    /** The iterations and seed first (a bad one is refused before the body is read), then the priced simulation. */
    private void simulate(Context ctx) {
        Validated<JsonApi.SimulationParameters> p = JsonApi.simulationParameters(ctx.queryParam("iterations"),
                ctx.queryParam("seed"));
        if (!p.isValid()) {
            answer(ctx, JsonApi.Answer.of(p));
        } else {
            computing.analysis(ctx, body(ctx), analyses.simulation(p.value()));
        }
    }

    static void workbook(Context ctx, byte[] xlsx, String id) {
        ctx.result(xlsx).contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + id + ".xlsx\"");
    }

    private ModelCatalog.Entry entry(Context ctx) {
        String id = ctx.pathParam("id");
        return catalog.get().find(id).orElseThrow(() -> new ProblemException(ProblemDocument.of("not-found", "Not found",
                404, "there is no model with id \"" + id + "\"")));
    }

    /**
     * The request body, at most the configured number of bytes. Counted while reading, because Javalin's own
     * limit looks only at Content-Length and a chunked body has none.
     */
    private byte[] body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !isJson(type)) {
            throw new ProblemException(ProblemDocument.of("unsupported-media-type", "Unsupported media type", 415,
                    "the body must be JSON, sent with Content-Type: application/json; was "
                            + (type == null ? "no Content-Type" : Echo.quoted(type))));
        }
        long max = config.maxBodyBytes();
        long light = config.work().lightBodyBytes();
        long length = ctx.req().getContentLengthLong();
        if (length > max) {
            throw tooLarge(max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            // a large body takes a heavy place before it is read, so that a burst of them holds little memory
            if (length > light) {
                admission.heavyFor(ctx);
            }
            byte[] body = in.readNBytes((int) Math.min(max, light) + 1);
            if (body.length > light) {
                admission.heavyFor(ctx); // a chunked body, longer than a light one
                byte[] rest = in.readNBytes((int) (max + 1 - body.length));
                body = concat(body, rest);
            }
            if (body.length > max) {
                throw tooLarge(max);
            }
            return body;
        } catch (IOException | RuntimeException e) {
            admission.release(ctx);
            if (e instanceof ProblemException p) {
                throw p;
            }
            // a body shorter than its Content-Length, a malformed chunk, a client gone: the client's fault
            throw new ProblemException(ProblemDocument.of("bad-request", "Bad request", 400,
                    "the request body could not be read: it ended early or its chunked framing is not valid"));
        }
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

    private static ProblemException tooLarge(long max) {
        return new ProblemException(ProblemDocument.of("payload-too-large", "Payload too large", 413,
                "the body may be at most " + max + " bytes"));
    }

    /** Javalin's own refusals (no such route, wrong method, too large by Content-Length) as problem documents. */
    private ProblemDocument fromJavalin(Context ctx, int status) {
        return switch (status) {
            case 404 -> ProblemDocument.of("not-found", "Not found", 404, "there is no resource at " + ctx.path());
            case 405 -> ProblemDocument.of("method-not-allowed", "Method not allowed", 405,
                    ctx.method() + " is not allowed on " + ctx.path());
            case 413 -> tooLarge(config.maxBodyBytes()).problem();
            default -> ProblemDocument.of("http-" + status, "HTTP " + status, status, null);
        };
    }

    static void answer(Context ctx, JsonApi.Answer answer) {
        ctx.status(answer.status()).result(answer.body().getBytes(StandardCharsets.UTF_8))
                .contentType(answer.mediaType());
    }

    private static void json(Context ctx, String body) {
        ctx.result(body.getBytes(StandardCharsets.UTF_8)).contentType(JSON);
    }

    private static void problem(Context ctx, ProblemDocument problem) {
        if (problem.status() == 503) {
            ctx.header("Retry-After", Integer.toString(Admission.RETRY_AFTER_SECONDS));
        }
        ctx.status(problem.status()).result(problem.toJson().getBytes(StandardCharsets.UTF_8))
                .contentType(ProblemDocument.MEDIA_TYPE);
    }

    /** An expected failure of a request, answered with its problem document. */
    static final class ProblemException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ProblemDocument problem;

        ProblemException(ProblemDocument problem) {
            super(problem.title(), null, false, false);
            this.problem = problem;
        }

        ProblemDocument problem() {
            return problem;
        }
    }
}
