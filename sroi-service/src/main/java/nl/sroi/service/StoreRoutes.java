package nl.sroi.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.text.Message;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;
import nl.sroi.store.Evaluation;
import nl.sroi.store.Listing;
import nl.sroi.store.Role;
import nl.sroi.store.Saved;
import nl.sroi.store.Store;
import nl.sroi.store.StoreException;
import nl.sroi.store.StoreJson;
import nl.sroi.store.StoredVersion;
import nl.sroi.store.User;
import nl.sroi.store.VersionRecord;

/**
 * The store's routes (store.md §4), each behind {@link Guard}: the store first (503 while it cannot be reached),
 * then who asks, then the request's values, then the one call of the store. A refusal changes nothing.
 */
final class StoreRoutes {

    static final String ANALYSES = SroiService.API + "/analyses";
    /** Audit entries one request answers at most (oldest first; ask again with {@code since}). */
    static final int MAX_AUDIT = 10_000;
    private static final int MAX_MESSAGE = 2000;

    private final SroiService service;
    /** Writes every problem of these routes, as of every other route. */
    private final Responder responder;
    private final StoreAccess access;
    private final Guard guard = new Guard();

    StoreRoutes(SroiService service, Responder responder, StoreAccess access) {
        this.service = service;
        this.responder = responder;
        this.access = access;
    }

    List<SroiService.Route> routes() {
        String one = ANALYSES + "/{id}";
        String version = one + "/versions/{n}";
        return List.of(
                new SroiService.Route(HandlerType.POST, ANALYSES, this::create),
                new SroiService.Route(HandlerType.GET, ANALYSES, Set.of("themeLine", "municipality", "state", "q"),
                        this::list),
                new SroiService.Route(HandlerType.GET, one, this::latest),
                new SroiService.Route(HandlerType.PUT, one, this::revise),
                new SroiService.Route(HandlerType.GET, one + "/versions", ctx -> {
                    Store store = user(ctx, Role.READER).store;
                    json(ctx, StoreJson.versions(id(ctx), store.versions(id(ctx)), service.language(ctx)));
                }),
                new SroiService.Route(HandlerType.GET, version, ctx -> {
                    Store store = user(ctx, Role.READER).store;
                    json(ctx, StoreJson.version(store.version(id(ctx), n(ctx)), service.language(ctx)));
                }),
                new SroiService.Route(HandlerType.GET, version + "/result", this::result),
                new SroiService.Route(HandlerType.GET, version + "/report", SroiService.POSTED_REPORT_PARAMETERS,
                        ctx -> service.report(ctx, () -> document(ctx))),
                new SroiService.Route(HandlerType.GET, version + "/export.xlsx", Set.of("scenario", "for", "lang"),
                        ctx -> service.export(ctx, document(ctx))),
                new SroiService.Route(HandlerType.GET, version + "/business-case", Set.of("for", "scenario"),
                        ctx -> responder.answer(ctx, service.api(ctx).businessCase(document(ctx),
                                ctx.queryParam("for"), ctx.queryParam("scenario")))),
                new SroiService.Route(HandlerType.GET, one + "/changes", Set.of("from", "to"), this::changes),
                new SroiService.Route(HandlerType.POST, one + "/adoptions", this::adopt),
                new SroiService.Route(HandlerType.POST, one + "/archive", ctx -> archive(ctx, true)),
                new SroiService.Route(HandlerType.POST, one + "/restore", ctx -> archive(ctx, false)),
                new SroiService.Route(HandlerType.GET, SroiService.API + "/audit", Set.of("since", "user", "analysis"),
                        this::audit));
    }

    /** Refuses (401, 403, 429, 503) a request whose token may not read the store. */
    void requireReader(Context ctx) {
        user(ctx, Role.READER);
    }

    /** The store and the user of a request that may do what {@code needed} may; else the problem is thrown. */
    private Asking user(Context ctx, Role needed) {
        Store store = store(ctx);
        Guard.Result r = guard.check(ctx, store, needed);
        if (r.refusal() != null) {
            if (r.refusal().type() == ProblemType.UNAUTHORIZED) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"sroi\"");
            }
            if (r.refusal().retryAfter() > 0) {
                ctx.header("Retry-After", Long.toString(r.refusal().retryAfter()));
            }
            throw responder.refuse(ctx, r.refusal().type(), r.refusal().detail());
        }
        return new Asking(store, r.user());
    }

    private record Asking(Store store, User user) {
    }

    private Store store(Context ctx) {
        try {
            return access.store();
        } catch (StoreException e) {
            throw refused(ctx, e);
        }
    }

    /** A store's refusal as the problem document of its kind. */
    ProblemException refused(Context ctx, StoreException e) {
        Message detail = ServiceTexts.message("store." + e.key(), e.args().toArray());
        ProblemType type = switch (e.kind()) {
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case EXISTS, CONFLICT -> ProblemType.CONFLICT;
            case STALE -> ProblemType.PRECONDITION_FAILED;
            case BAD_DOCUMENT, BAD_DUMP -> ProblemType.UNSTORABLE_DOCUMENT;
            case UNAVAILABLE, IN_USE, SCHEMA_TOO_NEW -> ProblemType.STORE_UNAVAILABLE;
        };
        if (type == ProblemType.UNSTORABLE_DOCUMENT && e.pointer() != null) {
            return new ProblemException(new ProblemDocument(type, detail, List.of(Problem.of(
                    "/document" + e.pointer(), ProblemCode.INVALID_VALUE, detail)), service.language(ctx)));
        }
        return responder.refuse(ctx, type, detail);
    }

    private void create(Context ctx) {
        Asking a = user(ctx, Role.ANALYST);
        Save save = save(ctx);
        VersionRecord v = a.store.create(save.document, a.user.name(), save.message);
        ctx.status(201).header("Location", ANALYSES + "/" + v.analysis()).header("ETag", etag(v.version()));
        json(ctx, StoreJson.single(v, service.language(ctx)));
    }

    private void revise(Context ctx) {
        Asking a = user(ctx, Role.ANALYST);
        String id = id(ctx);
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null) {
            throw responder.refuse(ctx, ProblemType.PRECONDITION_REQUIRED, ServiceTexts.message("store.ifMatchMissing",
                    id));
        }
        if (!ifMatch.matches("\"[1-9][0-9]{0,8}\"")) {
            throw parameter(ctx, "If-Match", ServiceTexts.message("store.ifMatchInvalid", ifMatch.length() > 40
                    ? ifMatch.substring(0, 40) + "…" : ifMatch));
        }
        Save save = save(ctx);
        Saved saved = a.store.revise(id, Integer.parseInt(ifMatch.substring(1, ifMatch.length() - 1)),
                save.document, a.user.name(), save.message);
        ctx.header("ETag", etag(saved.record().version()));
        json(ctx, StoreJson.single(saved.record(), service.language(ctx)));
    }

    private void latest(Context ctx) {
        Store store = user(ctx, Role.READER).store;
        StoredVersion v = store.latest(id(ctx));
        ctx.header("ETag", etag(v.record().version()));
        // the document exactly as it was saved, byte for byte (so no ?pretty here)
        ctx.result(v.document().getBytes(StandardCharsets.UTF_8)).contentType(JsonApi.Answer.JSON);
    }

    private void list(Context ctx) {
        Store store = user(ctx, Role.READER).store;
        String state = ctx.queryParam("state");
        if (state != null && !state.equals("active") && !state.equals("archived")) {
            throw parameter(ctx, "state", ServiceTexts.message("store.state", state));
        }
        String q = ctx.queryParam("q");
        if (q != null && (q.isBlank() || q.length() > 100)) {
            throw parameter(ctx, "q", ServiceTexts.message("store.q"));
        }
        Listing.Filter filter = new Listing.Filter(idParameter(ctx, "themeLine"), idParameter(ctx, "municipality"),
                state, q == null ? null : q.trim());
        json(ctx, StoreJson.listing(store.list(filter), service.language(ctx)));
    }

    private void result(Context ctx) {
        Store store = user(ctx, Role.READER).store;
        StoredVersion v = store.version(id(ctx), n(ctx));
        if (!v.record().valid()) {
            throw responder.refuse(ctx, ProblemType.CONFLICT, ServiceTexts.message("store.noResult", v.record()
                    .analysis(), v.record().version()));
        }
        json(ctx, StoreJson.reproduction(v, Evaluation.of(v.document().getBytes(StandardCharsets.UTF_8))));
    }

    /** The change bridge (bridge.md) from version {@code from} to version {@code to}, as POST /bridge gives it. */
    private void changes(Context ctx) {
        Store store = user(ctx, Role.READER).store;
        String id = id(ctx);
        int from = versionParameter(ctx, "from");
        int to = versionParameter(ctx, "to");
        String body = "{\"from\": " + side(store.version(id, from)) + ", \"to\": " + side(store.version(id, to)) + "}";
        service.bridge(ctx, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A stored version as a side of a bridge request: a model, or a scenarios document's base model. */
    private static String side(StoredVersion v) {
        return v.record().format().equals("sroi-scenarios/1")
                ? "{\"document\": " + v.document() + ", \"scenario\": null}" : v.document();
    }

    private int versionParameter(Context ctx, String name) {
        String n = ctx.queryParam(name);
        if (n == null || !n.matches("[1-9][0-9]{0,8}")) {
            throw parameter(ctx, name, ServiceTexts.message("store.versionQuery", name));
        }
        return Integer.parseInt(n);
    }

    private void adopt(Context ctx) {
        Asking a = user(ctx, Role.ADMIN);
        String id = id(ctx);
        JsonNode body = object(ctx, Set.of("version", "message"));
        JsonNode version = body.path("version");
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            throw invalid(ctx, "/version", ProblemCode.WRONG_TYPE, ServiceTexts.message("store.versionField"));
        }
        String message = message(ctx, body);
        json(ctx, StoreJson.single(a.store.adopt(id, version.intValue(), a.user.name(), message),
                service.language(ctx)));
    }

    private void archive(Context ctx, boolean archived) {
        Asking a = user(ctx, Role.ADMIN);
        json(ctx, Jackson.pretty(StoreJson.summary(a.store.archive(id(ctx), archived, a.user.name()),
                service.language(ctx))));
    }

    private void audit(Context ctx) {
        Store store = user(ctx, Role.ADMIN).store;
        Instant since = null;
        String s = ctx.queryParam("since");
        if (s != null) {
            try {
                since = Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw parameter(ctx, "since", ServiceTexts.message("store.since", s.length() > 40
                        ? s.substring(0, 40) + "…" : s));
            }
        }
        String user = ctx.queryParam("user");
        if (user != null && !nl.sroi.store.Accounts.validName(user)) {
            throw parameter(ctx, "user", ServiceTexts.message("store.userParameter"));
        }
        json(ctx, StoreJson.audit(store.accounts().audit(since, user, idParameter(ctx, "analysis"), MAX_AUDIT)));
    }

    /** The document of the stored version a report, workbook or business case is asked of (reader). */
    private byte[] document(Context ctx) {
        Store store = user(ctx, Role.READER).store;
        return store.version(id(ctx), n(ctx)).document().getBytes(StandardCharsets.UTF_8);
    }

    /** The body of a save: {@code {"message": "…", "document": {…}}}, the document's bytes exactly as sent. */
    private record Save(String message, byte[] document) {
    }

    private Save save(Context ctx) {
        byte[] body = service.body(ctx);
        JsonNode tree = object(ctx, body, Set.of("message", "document"));
        String message = message(ctx, tree);
        if (!tree.path("document").isObject()) {
            throw invalid(ctx, "/document", tree.has("document") ? ProblemCode.WRONG_TYPE : ProblemCode.REQUIRED,
                    ServiceTexts.message("store.documentField"));
        }
        try (JsonParser p = Jackson.parser(body)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                long from = p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                if (name.equals("document")) {
                    long to = p.currentLocation().getByteOffset();
                    return new Save(message, Arrays.copyOfRange(body, (int) from, (int) to));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the body was read as JSON once already", e);
        }
        throw new IllegalStateException("the document was found in the tree");
    }

    private JsonNode object(Context ctx, Set<String> fields) {
        return object(ctx, service.body(ctx), fields);
    }

    /** The body as a JSON object with only these fields; else the problem (malformed JSON as everywhere). */
    private JsonNode object(Context ctx, byte[] body, Set<String> fields) {
        JsonNode tree;
        try {
            tree = Jackson.reader().readTree(body);
        } catch (IOException e) {
            tree = null;
        }
        if (tree == null) {
            Validated<?> read = ModelJson.read(body); // not JSON: core's reader says where and why
            if (!read.isValid() && read.failure() == Validated.Failure.MALFORMED_JSON) {
                throw responder.refuse(ctx, read);
            }
            throw invalid(ctx, "", ProblemCode.WRONG_TYPE, ServiceTexts.message("store.bodyObject", fields));
        }
        if (!tree.isObject()) {
            throw invalid(ctx, "", ProblemCode.WRONG_TYPE, ServiceTexts.message("store.bodyObject", fields));
        }
        for (var it = tree.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                throw invalid(ctx, "/" + name.replace("~", "~0").replace("/", "~1"), ProblemCode.UNKNOWN_FIELD,
                        ServiceTexts.message("store.unknownField", name.length() > 40 ? name.substring(0, 40) + "…"
                                : name, fields));
            }
        }
        return tree;
    }

    private String message(Context ctx, JsonNode body) {
        JsonNode m = body.path("message");
        if (!m.isTextual() || m.textValue().isBlank() || m.textValue().length() > MAX_MESSAGE) {
            throw invalid(ctx, "/message", m.isMissingNode() ? ProblemCode.REQUIRED : ProblemCode.INVALID_VALUE,
                    ServiceTexts.message("store.messageField", MAX_MESSAGE));
        }
        return m.textValue();
    }

    private ProblemException invalid(Context ctx, String pointer, ProblemCode code, Message message) {
        return new ProblemException(new ProblemDocument(ProblemType.UNSTORABLE_DOCUMENT, message,
                List.of(Problem.of(pointer, code, message)), service.language(ctx)));
    }

    private ProblemException parameter(Context ctx, String name, Message message) {
        return responder.refuse(ctx, Validated.invalidParameter(name, ProblemCode.INVALID_VALUE, message));
    }

    private String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ModelValidator.isId(id)) {
            throw parameter(ctx, "id", ServiceTexts.message("store.idParameter", "id"));
        }
        return id;
    }

    private String idParameter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value != null && !ModelValidator.isId(value)) {
            throw parameter(ctx, name, ServiceTexts.message("store.idParameter", name));
        }
        return value;
    }

    private int n(Context ctx) {
        String n = ctx.pathParam("n");
        if (!n.matches("[1-9][0-9]{0,8}")) {
            throw parameter(ctx, "n", ServiceTexts.message("store.versionParameter"));
        }
        return Integer.parseInt(n);
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** A JSON document, compact unless the request asked {@code ?pretty}; the status as set before. */
    private static void json(Context ctx, String body) {
        ctx.result(Responder.formatted(ctx, body).getBytes(StandardCharsets.UTF_8)).contentType(JsonApi.Answer.JSON);
    }

}
