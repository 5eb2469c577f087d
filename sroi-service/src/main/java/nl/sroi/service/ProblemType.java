package nl.sroi.service;

import java.util.Locale;
import java.util.Optional;

import nl.sroi.core.text.Coded;
import nl.sroi.core.text.Message;

/**
 * The kinds of problem the service answers, each with its HTTP status and its own page: the {@code type} of a
 * problem document is {@code /api/v1/problems/SLUG}, a URI reference that resolves, against the request's own
 * address, to the service's description of the problem ({@code GET /api/v1/problems/{type}}, in Dutch or English).
 * Titles and descriptions are the templates {@code problem.SLUG.title} and {@code problem.SLUG.description} of
 * {@link ServiceTexts}.
 */
public enum ProblemType implements Coded {
    /** The body is not JSON. */
    MALFORMED_JSON(400),
    /** A parameter of the request (the query or the command line) is unknown, missing or not valid. */
    INVALID_PARAMETER(400),
    /** A model that breaks the rules of the format. */
    INVALID_MODEL(422),
    /** A scenarios document that breaks its rules. */
    INVALID_SCENARIOS(422),
    /** A proxy library ({@code sroi-proxies/1}) that breaks its rules. */
    INVALID_CATALOGUE(422),
    /** Analyses that cannot be put together in one portfolio (different currencies). */
    INCOMPATIBLE_ANALYSES(422),
    /** No such resource (route or model). */
    NOT_FOUND(404),
    /** The route exists, but not for this method. */
    METHOD_NOT_ALLOWED(405),
    /** The body is larger than the service reads. */
    PAYLOAD_TOO_LARGE(413),
    /** The body is not JSON by its content type. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** The request is not valid HTTP: its request line, headers, %-escapes or body framing. */
    BAD_REQUEST(400),
    /** The work the request asks for is estimated over the service's work budget. */
    OVER_WORK_BUDGET(422),
    /** The request's URI is longer than the service reads. */
    URI_TOO_LONG(414),
    /** The request's headers are larger than the service reads. */
    HEADERS_TOO_LARGE(431),
    /** Every place for this kind of work is taken: try again after Retry-After. */
    BUSY(503),
    /** The work passed the service's deadline and was stopped. */
    DEADLINE_EXCEEDED(503),
    /** The client hung up while its work ran; nobody reads this answer. */
    CLIENT_GONE(503),
    /** An HTTP version other than 1.0 and 1.1. */
    HTTP_VERSION_NOT_SUPPORTED(505),
    /** A store route without a valid bearer token. */
    UNAUTHORIZED(401),
    /** The user's role may not do this. */
    FORBIDDEN(403),
    /** Too many failed attempts from this address: try again after Retry-After. */
    TOO_MANY_REQUESTS(429),
    /** The request does not fit the analysis's state: the id exists, it is archived, the version cannot be adopted. */
    CONFLICT(409),
    /** If-Match names a version that is no longer the latest: someone saved in between. */
    PRECONDITION_FAILED(412),
    /** A revision without If-Match. */
    PRECONDITION_REQUIRED(428),
    /** A document the store cannot keep even as a draft, or a body of a store route that is not as documented. */
    UNSTORABLE_DOCUMENT(422),
    /** The store's database cannot be reached: try again after Retry-After. */
    STORE_UNAVAILABLE(503),
    /** A fault of the service; the detail is in its log only. */
    INTERNAL_ERROR(500);

    /** Where the descriptions of the problem types are served. */
    public static final String BASE = SroiService.API + "/problems/";

    private final int status;

    ProblemType(int status) {
        this.status = status;
    }

    /**
     * The HTTP status of this kind of problem.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The name in the type URI.
     *
     * @return the slug, such as {@code invalid-model}
     */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The id of this type, its slug.
     *
     * @return the slug, such as {@code invalid-model}
     */
    @Override
    public String id() {
        return slug();
    }

    /**
     * The type's label, its title.
     *
     * @return the title, not yet in a language
     */
    @Override
    public Message label() {
        return title();
    }

    /**
     * The {@code type} of a problem document.
     *
     * @return the URI reference, such as {@code /api/v1/problems/invalid-model}
     */
    public String uri() {
        return BASE + slug();
    }

    /**
     * The short title, the same for every problem of this type.
     *
     * @return the title, not yet in a language
     */
    public Message title() {
        return ServiceTexts.message("problem." + slug() + ".title");
    }

    /**
     * What this type of problem means and what to do about it.
     *
     * @return the description, not yet in a language
     */
    public Message description() {
        return ServiceTexts.message("problem." + slug() + ".description");
    }

    /**
     * The type with this slug.
     *
     * @param slug the name in the type URI
     * @return the type, or empty
     */
    public static Optional<ProblemType> ofSlug(String slug) {
        return Coded.byId(ProblemType.class, slug);
    }
}
