package dev.vitae.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;

/**
 * The layout of a copy Vitae keeps in its data folder (a recovery entry, a saved version): one line of
 * compact JSON saying what the copy is, then the document exactly as a save writes it. Keeping the document
 * as its own text means it is read back through {@link ResumeReader} with the same limits as any file, and
 * a person can recover it by hand with a text editor if need be.
 */
final class KeptCopy {

    /** A header longer than this is not one Vitae wrote. */
    private static final int MAX_HEADER = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Parts(ObjectNode header, byte[] body) {
    }

    private KeptCopy() {
    }

    static ObjectNode header(String kind) {
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        h.put("vitae", kind);
        h.put("format", 1);
        return h;
    }

    static byte[] join(ObjectNode header, byte[] body) {
        byte[] line;
        try {
            // compact JSON escapes line breaks inside strings, so the header is exactly one line
            line = JSON.writeValueAsBytes(header);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(line.length + 1 + body.length);
        out.writeBytes(line);
        out.write('\n');
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** @throws IOException when the bytes are not a copy of {@code kind} that Vitae wrote */
    static Parts split(byte[] bytes, String kind) throws IOException {
        int newline = -1;
        for (int i = 0; i < Math.min(bytes.length, MAX_HEADER); i++) {
            if (bytes[i] == '\n') {
                newline = i;
                break;
            }
        }
        if (newline < 0) {
            throw new IOException("no header line");
        }
        JsonNode header = JSON.readTree(new String(bytes, 0, newline, StandardCharsets.UTF_8));
        if (!(header instanceof ObjectNode h) || !kind.equals(h.path("vitae").asText())) {
            throw new IOException("not a " + kind + " copy");
        }
        return new Parts(h, Arrays.copyOfRange(bytes, newline + 1, bytes.length));
    }

    static ObjectNode stamp(FileStamp stamp) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("size", stamp.size());
        s.put("modified", stamp.modified().toInstant().toString());
        s.put("sha256", stamp.sha256());
        return s;
    }

    /** The stamp in a header field, or null when the field is absent or damaged. */
    static FileStamp stamp(JsonNode s) {
        if (s == null || !s.isObject() || !s.path("size").canConvertToLong() || !s.path("sha256").isTextual()) {
            return null;
        }
        Instant modified = instant(s.path("modified"));
        return modified == null ? null : new FileStamp(s.path("size").asLong(), FileTime.from(modified), s.path("sha256").asText());
    }

    static Instant instant(JsonNode n) {
        try {
            return n.isTextual() ? Instant.parse(n.asText()) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
