package dev.vitae.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vitae.model.Document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's new text made from its file's old text by rewriting only the values that changed, so that a save
 * changes the lines that changed and no others: the diff in git is the edit, and a one-line {@code {…}} or
 * {@code […]} the person wrote stays one line. Members added at the end of an object or array are added after
 * its last one; other changes to an object or array (a member removed or moved) rewrite that object or array,
 * on one line if it was on one line. The result is read back and used only if it holds the new document.
 */
final class TextPatch {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** A rewritten one-line object or array stays on one line up to this length; longer, it is laid out. */
    private static final int ONE_LINE_LIMIT = 100;

    /** Where a value is in the old text: from its first character to after its last. */
    private record Span(int start, int end) {
    }

    private record Edit(int start, int end, String text) {
    }

    private final String old;
    private final JsonStyle style;
    private final String lineEnd;
    private final Map<String, Span> spans = new HashMap<>();
    private final List<Edit> edits = new ArrayList<>();

    private TextPatch(String old, JsonStyle style) {
        this.old = old;
        this.style = style;
        this.lineEnd = old.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The new text, or empty when there is no old text or the change cannot be placed in it. */
    static Optional<String> apply(FileText basis, Document document, JsonStyle style) {
        if (basis == null) {
            return Optional.empty();
        }
        TextPatch patch = new TextPatch(basis.text(), style);
        try (JsonParser parser = FACTORY.createParser(basis.text())) {
            parser.nextToken();
            patch.locate(parser, "");
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!patch.spans.containsKey("")) {
            return Optional.empty();
        }
        patch.diff("", basis.document().root(), document.root());
        String text = patch.result();
        return holds(text, document) ? Optional.of(text) : Optional.empty();
    }

    private static boolean holds(String text, Document document) {
        try {
            return ResumeReader.parse(text, null).document().root().equals(document.root());
        } catch (ParseError e) {
            return false;
        }
    }

    // ---- where each value is ------------------------------------------------------------------------------

    private void locate(JsonParser p, String pointer) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        JsonToken token = p.currentToken();
        int end;
        if (token == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                locate(p, pointer + "/" + escape(name));
            }
            end = (int) p.currentTokenLocation().getCharOffset() + 1;
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                locate(p, pointer + "/" + i++);
            }
            end = (int) p.currentTokenLocation().getCharOffset() + 1;
        } else {
            p.getText();
            end = (int) p.currentLocation().getCharOffset();
        }
        spans.put(pointer, new Span(start, end));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    // ---- what changed -------------------------------------------------------------------------------------

    private void diff(String pointer, JsonNode before, JsonNode after) {
        if (before.equals(after)) {
            return;
        }
        Span span = spans.get(pointer);
        if (before.isObject() && after.isObject() && !before.isEmpty() && keysExtend(before, after)) {
            List<Member> added = new ArrayList<>();
            after.fields().forEachRemaining(field -> {
                if (before.has(field.getKey())) {
                    diff(pointer + "/" + escape(field.getKey()), before.get(field.getKey()), field.getValue());
                } else {
                    added.add(new Member(field.getKey(), field.getValue()));
                }
            });
            if (!added.isEmpty()) {
                append(span, spans.get(pointer + "/" + escape(lastName(before))), added);
            }
            return;
        }
        if (before.isArray() && after.isArray() && !before.isEmpty() && after.size() >= before.size()) {
            List<Member> added = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                if (i < before.size()) {
                    diff(pointer + "/" + i, before.get(i), after.get(i));
                } else {
                    added.add(new Member(null, after.get(i)));
                }
            }
            if (!added.isEmpty()) {
                append(span, spans.get(pointer + "/" + (before.size() - 1)), added);
            }
            return;
        }
        replace(span, after);
    }

    private static boolean keysExtend(JsonNode before, JsonNode after) {
        Iterator<String> a = after.fieldNames();
        for (Iterator<String> b = before.fieldNames(); b.hasNext(); ) {
            if (!a.hasNext() || !a.next().equals(b.next())) {
                return false;
            }
        }
        return true;
    }

    private static String lastName(JsonNode object) {
        String last = null;
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            last = it.next();
        }
        return last;
    }

    /** A member added to an object ({@code name} its key) or an array ({@code name} null). */
    private record Member(String name, JsonNode value) {
    }

    /** New members after the last one of a container, laid out as the container is. */
    private void append(Span container, Span lastMember, List<Member> members) {
        boolean oneLine = !old.substring(container.start(), container.end()).contains("\n");
        String indent = oneLine ? "" : indentOfLine(lastMember.start());
        StringBuilder text = new StringBuilder();
        for (Member m : members) {
            text.append(oneLine ? ", " : "," + lineEnd + indent);
            if (m.name() != null) {
                text.append(JsonWriter.oneLine(TextNode.valueOf(m.name()))).append(": ");
            }
            text.append(layOut(m.value(), indent, oneLine));
        }
        edits.add(new Edit(lastMember.end(), lastMember.end(), text.toString()));
    }

    private void replace(Span span, JsonNode value) {
        boolean oneLine = !old.substring(span.start(), span.end()).contains("\n");
        edits.add(new Edit(span.start(), span.end(), layOut(value, indentOfLine(span.start()), oneLine)));
    }

    private String layOut(JsonNode value, String indent, boolean oneLine) {
        if (oneLine) {
            String line = JsonWriter.oneLine(value);
            if (line.length() <= ONE_LINE_LIMIT || !value.isContainerNode()) {
                return line;
            }
        }
        return JsonWriter.value(value, style).replace("\n", lineEnd + indent);
    }

    private String indentOfLine(int offset) {
        int lineStart = old.lastIndexOf('\n', offset - 1) + 1;
        int end = lineStart;
        while (end < offset && (old.charAt(end) == ' ' || old.charAt(end) == '\t')) {
            end++;
        }
        return old.substring(lineStart, end);
    }

    private String result() {
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder text = new StringBuilder(old);
        for (Edit e : edits) {
            text.replace(e.start(), e.end(), e.text());
        }
        return text.toString();
    }
}
