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


/**
 * Jetty's own refusals as problem documents instead of its HTML pages: requests that are not valid HTTP (400), a
 * URI or headers too long (414, 431), an HTTP version it does not speak (505), and any error raised outside the
 * routes. Jetty's reason is not echoed: it may quote what the client sent.
 */
final class ProblemErrorHandler extends ErrorHandler {

    static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";

    /** Before any request exists: the bytes on the connection are not a request Jetty can parse. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
        fields.put(NOSNIFF_HEADER, NOSNIFF);
        return ByteBuffer.wrap(of(status).toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** An error after the request was parsed but outside the routes (Javalin maps its own). */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        byte[] body = of(response.getStatus()).toJson().getBytes(StandardCharsets.UTF_8);
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        response.setHeader(NOSNIFF_HEADER, NOSNIFF);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The problem document of a status Jetty answers by itself. */
    static ProblemDocument of(int status) {
        return switch (status) {
            case 400 -> ProblemDocument.of("bad-request", "Bad request", 400,
                    "the request is not valid HTTP/1.1 (request line, headers, %-escapes or body framing)");
            case 413 -> ProblemDocument.of("payload-too-large", "Payload too large", 413,
                    "the request or its body is larger than the service accepts");
            case 414 -> ProblemDocument.of("uri-too-long", "URI too long", 414,
                    "the request's URI is longer than the service accepts");
            case 431 -> ProblemDocument.of("headers-too-large", "Request header fields too large", 431,
                    "the request's headers are larger than the service accepts");
            case 505 -> ProblemDocument.of("http-version-not-supported", "HTTP version not supported", 505,
                    "the service speaks HTTP/1.0 and HTTP/1.1");
            case 500 -> internalError();
            default -> status >= 400 && status < 600
                    ? ProblemDocument.of("http-" + status, "HTTP " + status, status, null)
                    : ProblemDocument.of("bad-request", "Bad request", 400, null);
        };
    }

    /** A bug in the service: no detail, nothing of the failure leaves the process (it is in the log). */
    static ProblemDocument internalError() {
        return ProblemDocument.of("internal-error", "Internal error", 500, null);
    }
}
