package dev.vitae.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;
import dev.vitae.model.SpelledNumberNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a résumé file into a {@link Document}, losslessly and defensively: key order, unknown fields and
 * number spellings are kept; size, depth, string and number lengths are bounded; duplicate keys and trailing
 * content are refused; every failure is a {@link ParseError} with line and column.
 */
public final class ResumeReader {

    /** The largest file Vitae opens. A long academic CV is ~100 KB; this leaves two orders of magnitude. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(100)
                    .maxStringLength(2_000_000)
                    .maxNameLength(10_000)
                    .maxNumberLength(100)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What a file held: the document and the layout to write it back in. */
    public record Result(Document document, JsonStyle style) {
    }

    private ResumeReader() {
    }

    public static Result read(Path file) throws ParseError {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ParseError(file, 0, 0, "the file is too large to be a résumé ("
                        + size / (1024 * 1024) + " MB; Vitae opens files up to " + MAX_FILE_BYTES / (1024 * 1024) + " MB)", "");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ParseError(file, 0, 0, "the file does not exist", "");
        } catch (IOException e) {
            throw new ParseError(file, 0, 0, "the file cannot be read (" + describe(e) + ")", "");
        }
        return read(bytes, file);
    }

    /** Reads bytes that came from {@code file} (used only in messages; may be null). */
    public static Result read(byte[] bytes, Path file) throws ParseError {
        String text = decode(bytes, file);
        return parse(text, file);
    }

    /** Reads JSON text; {@code file} names it in messages and may be null. */
    public static Result parse(String text, Path file) throws ParseError {
        if (text.length() > MAX_FILE_BYTES) {
            throw new ParseError(file, 0, 0, "the file is too large to be a résumé", "");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ParseError(file, 1, 1, "the file is empty; a résumé is a JSON object such as {\"basics\": {…}}", lineOf(text, 1));
            }
            if (first != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ParseError(file, at.getLineNr(), at.getColumnNr(),
                        "a résumé must be a JSON object ({…}), but this file holds " + describe(first),
                        lineOf(text, at.getLineNr()));
            }
            ObjectNode root = (ObjectNode) readValue(parser);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ParseError(file, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the résumé object", lineOf(text, at.getLineNr()));
            }
            return new Result(Document.of(root), JsonStyle.detect(text));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            throw new ParseError(file, line, column, ParseMessages.explain(e.getOriginalMessage()), lineOf(text, line));
        } catch (IOException e) {
            throw new ParseError(file, 0, 0, "the file cannot be read (" + describe(e) + ")", "");
        }
    }

    private static JsonNode readValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, JsonNode> kids = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    kids.put(name, readValue(p));
                }
                return new ObjectNode(NODES, kids);
            }
            case START_ARRAY: {
                List<JsonNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p));
                }
                return NODES.arrayNode(items.size()).addAll(items);
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new SpelledNumberNode(p.getText());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is an error at its line and column, not a '?' in a name. */
    private static String decode(byte[] bytes, Path file) throws ParseError {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new ParseError(file, 1, 1, "the file is UTF-16; save it as UTF-8 to open it", "");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new ParseError(file, line, column,
                    String.format("the file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[in.position()] & 0xFF, in.position()),
                    before.substring(before.lastIndexOf('\n') + 1));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static String lineOf(String text, int line) {
        if (line < 1) {
            return "";
        }
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = text.indexOf('\n', start);
            if (start < 0) {
                return "";
            }
            start++;
        }
        int end = text.indexOf('\n', start);
        String s = text.substring(start, end < 0 ? text.length() : end);
        s = s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list ([…])";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
