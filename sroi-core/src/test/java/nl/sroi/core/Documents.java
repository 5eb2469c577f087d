package nl.sroi.core;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.jackson.Jackson;

/** Edits of JSON documents addressed by JSON Pointer, for tests that break a valid document in one place. */
public final class Documents {
    private Documents() {
    }

    public static ObjectNode validModel() {
        return (ObjectNode) parse(new String(TestResources.bytes("valid-model.json"),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    public static JsonNode parse(String json) {
        try {
            return Jackson.reader().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets (or adds) the value at the pointer; the parent must exist. */
    public static ObjectNode set(ObjectNode doc, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(p.head());
        if (parent.isArray()) {
            ArrayNode array = (ArrayNode) parent;
            int index = Integer.parseInt(p.last().getMatchingProperty());
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        } else {
            ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
        }
        return doc;
    }

    public static ObjectNode set(ObjectNode doc, String pointer, String json) {
        return set(doc, pointer, parse(json));
    }

    public static ObjectNode remove(ObjectNode doc, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(p.head());
        if (parent.isArray()) {
            ((ArrayNode) parent).remove(Integer.parseInt(p.last().getMatchingProperty()));
        } else {
            ((ObjectNode) parent).remove(p.last().getMatchingProperty());
        }
        return doc;
    }

    public static byte[] bytes(JsonNode doc) {
        return doc.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
