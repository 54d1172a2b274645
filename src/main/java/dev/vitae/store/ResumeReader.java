package dev.vitae.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

    /** What a file held: the document, the layout to write it back in, and its text (without a byte order mark). */
    public record Result(Document document, JsonStyle style, String text) {
    }

    private ResumeReader() {
    }

    public static Result read(Path file) throws ParseError {
        return read(readBytes(file), file);
    }

    /** The bytes of a file, refusing one too large to be a résumé; every failure is a {@link ParseError}. */
    public static byte[] readBytes(Path file) throws ParseError {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ParseError(file, 0, 0, "the file is too large to be a résumé ("
                        + size / (1024 * 1024) + " MB; Vitae opens files up to " + MAX_FILE_BYTES / (1024 * 1024) + " MB)", "");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ParseError(file, 0, 0, "the file does not exist", "");
        } catch (IOException e) {
            throw new ParseError(file, 0, 0, "the file cannot be read (" + describe(e) + ")", "");
        }
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
            return parse(parser, text, file);
        } catch (IOException e) {
            throw new ParseError(file, 0, 0, "the file cannot be read (" + describe(e) + ")", "");
        }
    }

    private static Result parse(JsonParser parser, String text, Path file) throws ParseError, IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ParseError(file, 1, 1, "the file is empty; a résumé is a JSON object such as {\"basics\": {…}}", lineOf(text, 1));
            }
            if (first != JsonToken.START_OBJECT) {
                throw at(parser.currentTokenLocation(), file, text,
                        "a résumé must be a JSON object ({…}), but this file holds " + describe(first));
            }
            ObjectNode root = (ObjectNode) readValue(parser);
            rejectTrailingContent(parser, text, file);
            return new Result(Document.of(root), JsonStyle.detect(text), text);
        } catch (StreamConstraintsException e) {
            // a limit has no location of its own; where the parser stopped is where the limit was crossed
            throw at(parser.currentLocation(), file, text, ParseMessages.explain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw at(location, file, text, ParseMessages.explain(e.getOriginalMessage()));
        } catch (NumberFormatException e) {
            // a JSON number such as 1e9999999999 has a legal spelling but no decimal value
            throw at(parser.currentTokenLocation(), file, text, "the number " + abbreviate(parser.getText())
                    + " is out of range");
        }
    }

    private static void rejectTrailingContent(JsonParser parser, String text, Path file) throws ParseError, IOException {
        JsonToken extra;
        try {
            extra = parser.nextToken();
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw at(location, file, text, "unexpected content after the end of the résumé object");
        }
        if (extra != null) {
            throw at(parser.currentTokenLocation(), file, text, "unexpected content after the end of the résumé object");
        }
    }

    private static ParseError at(JsonLocation location, Path file, String text, String reason) {
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return new ParseError(file, line, column, reason, lineOf(text, line));
    }

    private static String abbreviate(String number) {
        return number.length() > 24 ? number.substring(0, 20) + "…" : number;
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
        if (isUtf16(bytes)) {
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

    /**
     * A UTF-16 (or UTF-32) file: a byte-order mark, or, without one, a zero byte in the first two, which JSON
     * text in UTF-8 never has (it starts with an ASCII character).
     */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        boolean bom = (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
        return bom || bytes[0] == 0 || bytes[1] == 0;
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
