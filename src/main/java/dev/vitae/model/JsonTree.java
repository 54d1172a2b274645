package dev.vitae.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Small JSON files Vitae ships or keeps (theme manifests, the font catalogue, preferences) read into a Jackson
 * tree, and written back, with the streaming parser and generator alone. An {@code ObjectMapper} would do the same, but its first use costs
 * about 0.2 s of class loading, which every start of the program and every command-line export would pay.
 * Syntax errors come as {@link JsonParseException} with their line and column.
 */
public final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    public static JsonNode read(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return readWhole(p);
        }
    }

    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return readWhole(p);
        }
    }

    /** {@code tree} as indented JSON text, the way {@code ObjectMapper}'s default pretty printer lays it out. */
    public static byte[] writeIndented(JsonNode tree) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(g, tree);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode item : node) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (node.isTextual()) {
            g.writeString(node.textValue());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else if (node.isNumber()) {
            switch (node.numberType()) {
                case INT -> g.writeNumber(node.intValue());
                case LONG -> g.writeNumber(node.longValue());
                case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
                case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
                default -> g.writeNumber(node.doubleValue());
            }
        } else {
            g.writeNull();
        }
    }

    private static JsonNode readWhole(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            return NODES.missingNode();
        }
        JsonNode value = value(p, first);
        if (p.nextToken() != null) {
            throw new JsonParseException(p, "more than one value in the file");
        }
        return value;
    }

    private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    object.set(name, value(p, p.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(p, "unexpected " + token);
        };
    }
}
