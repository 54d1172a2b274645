package dev.vitae.model;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/** Names JSON values and types the way a person reads them in a message. */
public final class JsonWords {

    private static final int LONGEST_QUOTE = 60;

    private JsonWords() {
    }

    /** "a list", "an object", "text", … for a value found in the file. */
    public static String kindOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            case STRING, BINARY -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case MISSING -> "nothing";
        };
    }

    /** The same words for a JSON Schema type name. */
    public static String kindOf(String schemaType) {
        return switch (schemaType) {
            case "array" -> "a list";
            case "object" -> "an object";
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> schemaType;
        };
    }

    /** A string as JSON spells it, cut short when long: {@code "2021-13"}. */
    public static String quote(String text) {
        String shown = text.length() > LONGEST_QUOTE ? text.substring(0, LONGEST_QUOTE - 1) + "…" : text;
        // jackson-core's encoder, not TextNode.toString(): that first builds an ObjectMapper (0.2 s at start-up)
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(shown)) + '"';
    }
}
