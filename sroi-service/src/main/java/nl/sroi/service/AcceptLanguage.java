package nl.sroi.service;

import java.util.Locale;

import nl.sroi.core.text.Language;

/**
 * Chooses the language of an answer from a request's {@code Accept-Language} header (RFC 9110, section 12.5.4):
 * the supported language with the highest weight ({@code q}), the first listed on a tie; {@code nl-NL} and
 * {@code nl-BE} are Dutch, {@code en-GB} English. Without a header, or when it names no supported language, the
 * service's own default.
 */
final class AcceptLanguage {

    private AcceptLanguage() {
    }

    /**
     * The language to answer in.
     *
     * @param header   the header's value, or {@code null}
     * @param fallback the service's default
     * @return the language
     */
    static Language choose(String header, Language fallback) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return fallback;
        }
        Language best = null;
        double bestWeight = 0;
        for (String range : header.split(",")) {
            String[] parts = range.trim().split(";");
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            double weight = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            Language language = tag.equals("*") ? fallback : Language.of(tag.split("-", 2)[0]).orElse(null);
            if (language != null && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return best == null ? fallback : best;
    }
}
