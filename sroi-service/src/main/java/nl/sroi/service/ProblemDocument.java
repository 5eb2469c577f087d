package nl.sroi.service;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.tree.JsonTrees;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.Validated;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): what the command line prints and the service
 * answers when a request cannot be served. Every document has a {@code type} that resolves to the service's own
 * description of the problem ({@link ProblemType#uri()}), a {@code title}, the {@code status} and a {@code detail}
 * sentence; {@code errors} lists every problem of a document, each with its pointer (or the parameter at fault).
 * Title, detail and messages are in the document's language; codes, pointers and the type are the same in every
 * language. This is where core's failures get their HTTP status.
 *
 * @param type     the kind of problem
 * @param detail   what went wrong in this request
 * @param errors   the problems of the document or parameter, if any
 * @param language the language of title, detail and messages
 */
public record ProblemDocument(ProblemType type, Message detail, List<Problem> errors, Language language) {

    /** The media type of a problem document. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * A problem document, with an unmodifiable copy of the errors.
     *
     * @param type     the kind of problem
     * @param detail   what went wrong
     * @param errors   the problems, if any
     * @param language the language
     */
    public ProblemDocument {
        errors = List.copyOf(errors);
    }

    /**
     * A problem without a list of errors (not found, too large, ...).
     *
     * @param type     the kind of problem
     * @param detail   what went wrong
     * @param language the language
     * @return the document
     */
    public static ProblemDocument of(ProblemType type, Message detail, Language language) {
        return new ProblemDocument(type, detail, List.of(), language);
    }

    /**
     * The problem document of a failure of core: the one mapping of its kinds to HTTP.
     *
     * @param failed   what core did not accept
     * @param language the language of the document
     * @return the document
     */
    public static ProblemDocument of(Validated<?> failed, Language language) {
        List<Problem> errors = failed.errors();
        return switch (failed.failure()) {
            case MALFORMED_JSON -> new ProblemDocument(ProblemType.MALFORMED_JSON, errors.get(0).text(), errors,
                    language);
            case INVALID_MODEL -> new ProblemDocument(ProblemType.INVALID_MODEL, count("detail.invalidModel", errors),
                    errors, language);
            case INVALID_SCENARIOS -> new ProblemDocument(ProblemType.INVALID_SCENARIOS,
                    count("detail.invalidScenarios", errors), errors, language);
            case INVALID_PARAMETER -> new ProblemDocument(ProblemType.INVALID_PARAMETER, errors.get(0).text(), errors,
                    language);
            case INVALID_CATALOGUE -> new ProblemDocument(ProblemType.INVALID_CATALOGUE,
                    count("detail.invalidCatalogue", errors), errors, language);
            case INCOMPATIBLE_ANALYSES -> new ProblemDocument(ProblemType.INCOMPATIBLE_ANALYSES,
                    errors.get(0).text(), errors, language);
        };
    }

    private static Message count(String key, List<Problem> errors) {
        return errors.size() == 1 ? ServiceTexts.message(key + ".one", errors.get(0).text())
                : ServiceTexts.message(key + ".many", errors.size());
    }

    /**
     * The HTTP status.
     *
     * @return the status of the problem's type
     */
    public int status() {
        return type.status();
    }

    /**
     * The title in the document's language.
     *
     * @return the title
     */
    public String title() {
        return type.title().in(language);
    }

    /**
     * The document as pretty JSON.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode o = Jackson.object().put("type", type.uri()).put("title", title())
                .put("status", status()).put("detail", detail.in(language));
        if (!errors.isEmpty()) {
            JsonTrees.problems(o, "errors", errors, language);
        }
        return Jackson.pretty(o);
    }
}
