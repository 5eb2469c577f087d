package nl.sroi.service;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.json.Json;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.Validated;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): what the command line prints and the service
 * answers when a request cannot be served. {@code errors} lists every problem of a model, each with its pointer.
 * This is where core's failures get their HTTP status, type URI and title.
 */
public record ProblemDocument(String type, String title, int status, String detail, List<Problem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://sroi.example/problems/";

    public ProblemDocument {
        errors = List.copyOf(errors);
    }

    /** A well-formed model that breaks the format's rules: 422 with every problem. */
    public static ProblemDocument invalidModel(List<Problem> errors) {
        return new ProblemDocument(TYPE_BASE + "invalid-model", "The model is not valid", 422, null, errors);
    }

    /** A well-formed scenarios document that breaks the rules: 422 with every problem. */
    public static ProblemDocument invalidScenarios(List<Problem> errors) {
        return new ProblemDocument(TYPE_BASE + "invalid-scenarios", "The scenarios are not valid", 422, null, errors);
    }

    /** A parameter of an operation (not of the document) that is out of its range: 422. */
    public static ProblemDocument invalidParameter(String detail) {
        return of("invalid-parameter", "A parameter is not valid", 422, detail);
    }

    /** Bytes that are not JSON: 400 with the line and column. */
    public static ProblemDocument malformed(List<Problem> errors) {
        return new ProblemDocument(TYPE_BASE + "malformed-json", "The document is not valid JSON", 400, null,
                errors);
    }

    /** The problem document of a failure of core: the one mapping of its kinds to HTTP. */
    public static ProblemDocument of(Validated<?> failed) {
        return switch (failed.failure()) {
            case MALFORMED_JSON -> malformed(failed.errors());
            case INVALID_MODEL -> invalidModel(failed.errors());
            case INVALID_SCENARIOS -> invalidScenarios(failed.errors());
            case INVALID_PARAMETER -> invalidParameter(failed.errors().get(0).message());
        };
    }

    /** Any other problem, without a list of errors (not found, too large, ...). */
    public static ProblemDocument of(String type, String title, int status, String detail) {
        return new ProblemDocument(TYPE_BASE + type, title, status, detail, List.of());
    }

    public String toJson() {
        ObjectNode o = Json.mapper().createObjectNode().put("type", type).put("title", title).put("status", status);
        if (detail != null) {
            o.put("detail", detail);
        }
        if (!errors.isEmpty()) {
            ResultJson.problems(o, "errors", errors);
        }
        return Json.pretty(o);
    }
}
