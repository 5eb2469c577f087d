package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.sroi.core.text.Language;

/** The one mapping of a status to its problem document, for Javalin's refusals and Jetty's alike. */
class ResponderTest {

    private final Responder responder = new Responder(new ServiceConfig("127.0.0.1", 0, null, 1000, 0));

    @Test
    void a413_namesTheLimit_inBothLanguages() {
        ProblemDocument en = responder.ofStatus(413, Language.EN);
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, en.type());
        assertEquals("the body may be at most 1000 bytes", en.detail().in(Language.EN));
        assertEquals("de inhoud mag hoogstens 1000 bytes zijn", responder.ofStatus(413, Language.NL).detail()
                .in(Language.NL));
    }

    @Test
    void jettysOtherStatuses_keepTheirTypes() {
        assertEquals(ProblemType.URI_TOO_LONG, responder.ofStatus(414, Language.EN).type());
        assertEquals(ProblemType.HEADERS_TOO_LARGE, responder.ofStatus(431, Language.EN).type());
        assertEquals(ProblemType.HTTP_VERSION_NOT_SUPPORTED, responder.ofStatus(505, Language.EN).type());
        assertEquals(ProblemType.INTERNAL_ERROR, responder.ofStatus(500, Language.EN).type());
        assertEquals(ProblemType.BAD_REQUEST, responder.ofStatus(400, Language.EN).type());
        assertEquals(ProblemType.BAD_REQUEST, responder.ofStatus(418, Language.EN).type());
    }
}
