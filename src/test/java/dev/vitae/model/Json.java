package dev.vitae.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small JSON helpers for model tests, which must not depend on the store's reader. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Parses JSON written with single quotes for readability. */
    static JsonNode node(String json) {
        try {
            return MAPPER.readTree(json.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Document doc(String json) {
        return Document.of((ObjectNode) node(json));
    }

    /** Compact JSON text in key order, so a test sees order as well as content. */
    static String text(Document document) {
        return document.root().toString().replace('"', '\'');
    }
}
