package nl.sroi.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import nl.sroi.core.text.Language;


/**
 * Jetty's own refusals as problem documents instead of its HTML pages: requests that are not valid HTTP (400), a
 * URI or headers too long (414, 431), an HTTP version it does not speak (505), and any error raised outside the
 * routes. Jetty's reason is not echoed: it may quote what the client sent. The document is the {@link Responder}'s
 * for the status; this only writes it where Jetty has no {@code Context}.
 */
final class ProblemErrorHandler extends ErrorHandler {

    static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";

    /** Before a request exists there is no Accept-Language: the service's own language. */
    private final Language language;
    /** Maps the status to its problem document, as for Javalin's own refusals. */
    private final Responder responder;

    ProblemErrorHandler(Language language, Responder responder) {
        this.language = language;
        this.responder = responder;
    }

    /** Before any request exists: the bytes on the connection are not a request Jetty can parse. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
        fields.put(NOSNIFF_HEADER, NOSNIFF);
        fields.put(HttpHeader.CONTENT_LANGUAGE, language.code());
        return ByteBuffer.wrap(responder.ofStatus(status, language).toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** An error after the request was parsed but outside the routes (Javalin maps its own). */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        byte[] body = responder.ofStatus(response.getStatus(), language).toJson().getBytes(StandardCharsets.UTF_8);
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        response.setHeader(NOSNIFF_HEADER, NOSNIFF);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
