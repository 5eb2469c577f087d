package nl.sroi.service;

import nl.sroi.core.text.Message;
import nl.sroi.core.text.Messages;

/**
 * The service's and the command line's own sentences, in Dutch and English ({@code texts_en.properties},
 * {@code texts_nl.properties}): problem types, parameters, the command line. The model's problems and labels are
 * sroi-core's ({@link Messages#CORE}).
 */
final class ServiceTexts {

    static final Messages TEXTS = Messages.load(ServiceTexts.class, "texts");

    private ServiceTexts() {
    }

    static Message message(String key, Object... args) {
        return TEXTS.message(key, args);
    }
}
