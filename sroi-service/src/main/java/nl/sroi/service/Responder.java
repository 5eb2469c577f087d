package nl.sroi.service;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.javalin.http.Context;

import nl.sroi.core.json.Json;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Validated;

/**
 * The one writer of the service's answers: every problem document, whether a route refuses ({@link #refuse}), an
 * operation answers one ({@link #answer}) or Javalin or Jetty refuse a request by a status ({@link #ofStatus}), is
 * written here, and a status becomes a problem type here only. It also chooses the answer's language and writes a
 * JSON document compact unless the request asked {@code ?pretty}.
 */
final class Responder {

    /** The query parameter naming the language of the answer; before Accept-Language, over the default. */
    static final String LANG = "lang";
    /** The request attribute holding the checked value of {@code ?pretty}. */
    static final String PRETTY_ANSWER = "sroi.pretty";

    private final ServiceConfig config;

    Responder(ServiceConfig config) {
        this.config = config;
    }

    /**
     * The language of the answer, one rule for every route: {@code ?lang=} (nl or en; another value is refused
     * before this is asked), else the request's Accept-Language, else the service's default. The answer says it in
     * {@code Content-Language}.
     */
    Language language(Context ctx) {
        Language language = Language.of(ctx.queryParam(LANG))
                .orElseGet(() -> AcceptLanguage.choose(ctx.header("Accept-Language"), config.language()));
        ctx.header("Content-Language", language.code()).header("Vary", "Accept-Language");
        return language;
    }

    /** A refusal of this request, in its language: thrown, and written by {@link #problem}. */
    ProblemException refuse(Context ctx, ProblemType type, Message detail) {
        return new ProblemException(ProblemDocument.of(type, detail, language(ctx)));
    }

    /** A refusal for what core did not accept, in the request's language. */
    ProblemException refuse(Context ctx, Validated<?> failed) {
        return new ProblemException(ProblemDocument.of(failed, language(ctx)));
    }

    /** The refusal of a body over the service's limit. */
    ProblemException tooLarge(Context ctx) {
        return refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
    }

    private Message tooLarge() {
        return ServiceTexts.message("payloadTooLarge", config.maxBodyBytes());
    }

    /**
     * The problem document of a request refused by its status alone, by Javalin or by Jetty: the one mapping of
     * such statuses to types. A 413 names the limit however the body was found too large.
     */
    ProblemDocument ofStatus(int status, Language language) {
        return switch (status) {
            case 413 -> ProblemDocument.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge(), language);
            case 414 -> ProblemDocument.of(ProblemType.URI_TOO_LONG, ServiceTexts.message("uriTooLong"), language);
            case 431 -> ProblemDocument.of(ProblemType.HEADERS_TOO_LARGE, ServiceTexts.message("headersTooLarge"),
                    language);
            case 505 -> ProblemDocument.of(ProblemType.HTTP_VERSION_NOT_SUPPORTED,
                    ServiceTexts.message("httpVersion"), language);
            case 500 -> ProblemDocument.of(ProblemType.INTERNAL_ERROR, ServiceTexts.message("internalError"),
                    language);
            default -> ProblemDocument.of(ProblemType.BAD_REQUEST, ServiceTexts.message("badRequest.http"), language);
        };
    }

    /**
     * Javalin's own refusals (no such route, wrong method, too large by Content-Length) as problem documents; a
     * 405 names the methods the path takes in its {@code Allow} header.
     */
    ProblemDocument fromJavalin(Context ctx, int status, List<SroiService.Route> routes) {
        Language language = language(ctx);
        return switch (status) {
            case 404 -> ProblemDocument.of(ProblemType.NOT_FOUND, ServiceTexts.message("notFound.path", ctx.path()),
                    language);
            case 405 -> {
                List<String> allowed = routes.stream().filter(r -> r.matches(ctx.path()))
                        .map(r -> r.method().name()).distinct().sorted().toList();
                ctx.header("Allow", String.join(", ", allowed));
                yield ProblemDocument.of(ProblemType.METHOD_NOT_ALLOWED,
                        ServiceTexts.message("methodNotAllowed", ctx.method().name(), ctx.path(), allowed), language);
            }
            default -> ofStatus(status, language);
        };
    }

    /** Writes a problem document: its status, {@code Retry-After} for a 503, its language. */
    void problem(Context ctx, ProblemDocument problem) {
        if (problem.status() == 503) {
            ctx.header("Retry-After", Integer.toString(Admission.RETRY_AFTER_SECONDS));
        }
        write(ctx, problem.status(), formatted(ctx, problem.toJson()), ProblemDocument.MEDIA_TYPE);
        ctx.header("Content-Language", problem.language().code());
    }

    /** Writes what an operation answers: its problem as every problem, else JSON compact unless {@code ?pretty}. */
    void answer(Context ctx, JsonApi.Answer answer) {
        if (answer.document() != null) {
            problem(ctx, answer.document());
            return;
        }
        boolean json = answer.mediaType().equals(JsonApi.Answer.JSON);
        write(ctx, answer.status(), json ? formatted(ctx, answer.body()) : answer.body(), answer.mediaType());
    }

    /** Writes a result document, already compact or pretty as asked, or its problem as every problem. */
    void result(Context ctx, JsonApi.Answer answer) {
        if (answer.document() != null) {
            problem(ctx, answer.document());
            return;
        }
        write(ctx, answer.status(), answer.body(), answer.mediaType());
    }

    /** Writes a JSON document, compact unless the request asked {@code ?pretty}. */
    void json(Context ctx, String body) {
        write(ctx, 200, formatted(ctx, body), SroiService.JSON);
    }

    /** Writes a workbook as an attachment named after its id. */
    void workbook(Context ctx, byte[] xlsx, String id) {
        ctx.result(xlsx).contentType(SroiService.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + id + ".xlsx\"");
    }

    private static void write(Context ctx, int status, String body, String mediaType) {
        ctx.status(status).result(body.getBytes(StandardCharsets.UTF_8)).contentType(mediaType);
    }

    /** Whether the request asked for a pretty-printed answer ({@code ?pretty}, checked with the parameters). */
    static boolean pretty(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(PRETTY_ANSWER));
    }

    /**
     * A JSON document as the request asked for it: the writers of every document but the result write it pretty,
     * so compact is that text without the whitespace between its tokens (the same values, byte for byte).
     */
    static String formatted(Context ctx, String prettyJson) {
        return pretty(ctx) ? prettyJson : Json.compact(prettyJson);
    }
}
