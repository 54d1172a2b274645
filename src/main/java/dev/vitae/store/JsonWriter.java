package dev.vitae.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.model.Document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a document the way {@code JSON.stringify(doc, null, 2)} does (the layout most résumé files already
 * have), in UTF-8 with a newline at the end: the same document always gives the same bytes.
 */
public final class JsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory());
    private static final CharacterEscapes STRINGIFY_ESCAPES = new StringifyEscapes();

    private JsonWriter() {
    }

    public static byte[] write(Document document, JsonStyle style) {
        return encode(toText(document, style));
    }

    public static byte[] write(Document document) {
        return write(document, JsonStyle.CANONICAL);
    }

    public static String toText(Document document, JsonStyle style) {
        return value(document.root(), style) + "\n";
    }

    /**
     * The document as text: {@code basis}, the file's text, with only what changed rewritten ({@link TextPatch});
     * without a basis, or where the change cannot be placed in it, as {@link #toText(Document, JsonStyle)}.
     */
    public static String toText(Document document, JsonStyle style, FileText basis) {
        return TextPatch.apply(basis, document, style).orElseGet(() -> toText(document, style));
    }

    /** One value laid out over lines, the first unindented; no newline at the end. */
    static String value(JsonNode value, JsonStyle style) {
        DefaultIndenter indenter = new DefaultIndenter(style.indent(), "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(SEPARATORS);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return print(value, printer);
    }

    /** One value on one line, as people write short lists: {@code ["Go", "Rust"]}, {@code {"a": 1, "b": 2}}. */
    static String oneLine(JsonNode value) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(SEPARATORS
                .withObjectEntrySpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(DefaultPrettyPrinter.NopIndenter.instance);
        printer.indentArraysWith(DefaultPrettyPrinter.NopIndenter.instance);
        return print(value, printer);
    }

    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");

    private static String print(JsonNode value, DefaultPrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = MAPPER.createGenerator(out)) {
            gen.setPrettyPrinter(printer);
            gen.setCharacterEscapes(STRINGIFY_ESCAPES);
            MAPPER.writeTree(gen, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Escapes as {@code JSON.stringify} does: {@code \\b \\f \\n \\r \\t} short, other control characters as
     * {@code \\u00xx} in lower case (Jackson's own escapes are upper case), so a file a JavaScript tool wrote
     * keeps its bytes when Vitae saves it unchanged.
     */
    private static final class StringifyEscapes extends CharacterEscapes {
        private final int[] codes = standardAsciiEscapesForJSON();

        StringifyEscapes() {
            for (int c = 0; c < 0x20; c++) {
                if (codes[c] == ESCAPE_STANDARD) {
                    codes[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        /** Asked for every character outside ASCII too; those are written as they are. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /**
     * UTF-8, except that an unpaired surrogate (legal inside a JSON string escape, but not encodable) is
     * written back as its {@code \\uXXXX} escape, so such a value survives a save unchanged.
     */
    public static byte[] encode(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                if (lone) {
                    safe.append(String.format("\\u%04x", (int) c));
                } else {
                    safe.append(c);
                }
            }
        }
        return (safe == null ? text : safe.toString()).getBytes(StandardCharsets.UTF_8);
    }
}
