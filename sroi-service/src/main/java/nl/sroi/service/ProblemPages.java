package nl.sroi.service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.ProblemCode;

/**
 * The pages the {@code type} URIs of problem documents resolve to: what each type of problem means, its status,
 * and for problems with a list of errors the codes those errors carry, in Dutch or English. A page is HTML for a
 * person, or JSON for a client that asks for {@code application/json} only.
 */
final class ProblemPages {

    private ProblemPages() {
    }

    /** Every type, with its title, status and link. */
    static void index(Context ctx, Language language) {
        if (wantsJson(ctx)) {
            ArrayNode types = Jackson.array();
            for (ProblemType t : ProblemType.values()) {
                types.add(json(t, language));
            }
            json(ctx, Jackson.pretty(types));
            return;
        }
        StringBuilder html = start(language, text("problems.heading", language));
        html.append("<p>").append(text("problems.intro", language)).append("</p>\n<ul>\n");
        for (ProblemType t : ProblemType.values()) {
            html.append("<li><a href=\"").append(t.uri()).append("\">").append(escape(t.title().in(language)))
                    .append("</a> (").append(t.status()).append(")</li>\n");
        }
        html.append("</ul>\n");
        html(ctx, end(html));
    }

    /** One type's page. */
    static void page(Context ctx, Language language, ProblemType type) {
        if (wantsJson(ctx)) {
            json(ctx, Jackson.pretty(json(type, language)));
            return;
        }
        StringBuilder html = start(language, type.title().in(language));
        html.append("<p><code>").append(type.uri()).append("</code> · HTTP ").append(type.status()).append("</p>\n");
        html.append("<p>").append(escape(type.description().in(language))).append("</p>\n");
        List<ProblemCode> codes = codes(type);
        if (!codes.isEmpty()) {
            html.append("<h2>").append(text("problems.codes", language)).append("</h2>\n<table>\n");
            for (ProblemCode c : codes) {
                html.append("<tr><td><code>").append(c.name()).append("</code></td><td>")
                        .append(escape(Message.of("code." + c.name()).in(language))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<p><a href=\"").append(SroiService.API).append("/problems\">")
                .append(text("problems.all", language)).append("</a></p>\n");
        html(ctx, end(html));
    }

    /** The slugs of every type, for a message about an unknown one. */
    static List<String> slugs() {
        return Arrays.stream(ProblemType.values()).map(ProblemType::slug).toList();
    }

    /** The codes only a bridge request's body carries: its two models' currencies, a side's scenario. */
    private static final java.util.Set<ProblemCode> BRIDGE = java.util.Set.of(ProblemCode.CURRENCY_DIFFERS,
            ProblemCode.UNKNOWN_SCENARIO);

    /** The codes the errors of a type of problem can carry. */
    static List<ProblemCode> codes(ProblemType type) {
        return switch (type) {
            case MALFORMED_JSON -> List.of(ProblemCode.MALFORMED_JSON);
            case INVALID_PARAMETER -> List.of(ProblemCode.UNKNOWN_PARAMETER, ProblemCode.REQUIRED,
                    ProblemCode.WRONG_TYPE, ProblemCode.INVALID_VALUE, ProblemCode.OUT_OF_RANGE,
                    ProblemCode.UNKNOWN_STAKEHOLDER, ProblemCode.UNKNOWN_SCENARIO, ProblemCode.NOT_APPLICABLE);
            case INVALID_MODEL, INVALID_SCENARIOS, INVALID_CATALOGUE -> Arrays.stream(ProblemCode.values())
                    .filter(c -> c != ProblemCode.MALFORMED_JSON && c.ordinal() < ProblemCode.UNKNOWN_SCENARIO.ordinal()
                            || type != ProblemType.INVALID_CATALOGUE && BRIDGE.contains(c))
                    .toList();
            case INCOMPATIBLE_ANALYSES -> List.of(ProblemCode.MIXED_CURRENCIES);
            default -> List.of();
        };
    }

    private static ObjectNode json(ProblemType t, Language language) {
        ObjectNode o = Jackson.object().put("type", t.uri()).put("title", t.title().in(language))
                .put("status", t.status()).put("description", t.description().in(language));
        ArrayNode codes = o.putArray("codes");
        for (ProblemCode c : codes(t)) {
            codes.addObject().put("code", c.name()).put("meaning", Message.of("code." + c.name()).in(language));
        }
        return o;
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static StringBuilder start(Language language, String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"").append(language.code())
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title><style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
                        + "td{padding:.2em .8em .2em 0;vertical-align:top}</style></head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
    }

    private static String end(StringBuilder html) {
        return html.append("</body>\n</html>\n").toString();
    }

    private static String text(String key, Language language) {
        return escape(ServiceTexts.message(key).in(language));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void html(Context ctx, String body) {
        ctx.result(body.getBytes(StandardCharsets.UTF_8)).contentType("text/html; charset=utf-8");
    }

    private static void json(Context ctx, String body) {
        ctx.result(Responder.formatted(ctx, body).getBytes(StandardCharsets.UTF_8)).contentType(SroiService.JSON);
    }
}
