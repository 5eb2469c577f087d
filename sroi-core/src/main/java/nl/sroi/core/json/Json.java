package nl.sroi.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.jackson.Jackson;

/** Helpers of the codecs: compact text, and the shortcuts to the one Jackson configuration ({@link Jackson}). */
public final class Json {

    static final JsonNodeFactory NODES = Jackson.nodes();

    private Json() {
    }

    static ObjectNode object() {
        return Jackson.object();
    }

    static String pretty(JsonNode node) {
        return Jackson.pretty(node);
    }

    static String pretty(Jackson.Document document) {
        return Jackson.write(document, true);
    }

    static String write(Jackson.Document document, boolean pretty) {
        return Jackson.write(document, pretty);
    }

    /**
     * A JSON text without the whitespace between its tokens: what {@link Jackson#pretty(com.fasterxml.jackson.databind.JsonNode)} wrote, compact, with every value
     * (numbers and texts) exactly as written. The text must be valid JSON (as this class writes it).
     *
     * @param json the JSON text
     * @return the same document on one line
     */
    public static String compact(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        boolean inText = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inText) {
                sb.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inText = false;
                }
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                inText = c == '"';
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
