package dev.vitae.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;
import dev.vitae.model.SpelledNumberNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Any JSON object, however odd its strings and numbers, survives save → load unchanged, and a file Vitae
 * wrote re-saves to the same bytes.
 */
class SaveLoadPropertyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("vitae-property");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 150)
    void documentsSurviveSaveAndLoadAndResaveByteIdentical(@ForAll("documents") ObjectNode root, @ForAll("styles") JsonStyle style)
            throws Exception {
        Document document = Document.of(root);
        Path file = dir.resolve("resume.json");
        store.save(file, document, style);
        byte[] saved = Files.readAllBytes(file);

        LoadedResume loaded = store.load(file);
        assertEquals(document, loaded.document());
        assertEquals(RoundTripTest.tokens(new String(JsonWriter.write(document, style), StandardCharsets.UTF_8)),
                RoundTripTest.tokens(new String(saved, StandardCharsets.UTF_8)), "keys in the same order");

        store.save(file, loaded.document(), loaded.style());
        assertArrayEquals(saved, Files.readAllBytes(file));
    }

    /** fsync is tested in AtomicFileWriterTest; here it would only make each try slow. */
    private static final FileOps WITHOUT_SYNC = new SystemFileOps() {
        @Override
        public Output create(Path file, Set<PosixFilePermission> permissions) throws IOException {
            Output real = super.create(file, permissions);
            return new Output() {
                @Override
                public OutputStream stream() {
                    return real.stream();
                }

                @Override
                public void sync() {
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        }

        @Override
        public void syncDirectory(Path folder) {
        }
    };

    private final ResumeStore store = new ResumeStore(new AtomicFileWriter(WITHOUT_SYNC), ResumeValidator.standard());

    @Provide
    Arbitrary<JsonStyle> styles() {
        return Arbitraries.of(JsonStyle.CANONICAL, new JsonStyle("    "), new JsonStyle("\t"), new JsonStyle(" "));
    }

    @Provide
    Arbitrary<ObjectNode> documents() {
        return object(4);
    }

    private Arbitrary<JsonNode> value(int depth) {
        if (depth == 0) {
            return leaf();
        }
        return Arbitraries.frequencyOf(
                Tuple.of(5, leaf()),
                Tuple.of(1, object(depth - 1).map(JsonNode.class::cast)),
                Tuple.of(1, array(depth - 1)));
    }

    private Arbitrary<ObjectNode> object(int depth) {
        return Arbitraries.lazy(() -> Combinators.combine(text().list().ofMaxSize(6), value(depth).list().ofSize(6))
                .as((keys, values) -> {
                    Map<String, JsonNode> kids = new LinkedHashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        kids.put(keys.get(i), values.get(i));
                    }
                    return new ObjectNode(NODES, kids);
                }));
    }

    private Arbitrary<JsonNode> array(int depth) {
        return Arbitraries.lazy(() -> value(depth).list().ofMaxSize(5)
                .map(items -> new ArrayNode(NODES, new ArrayList<>(items))));
    }

    private Arbitrary<JsonNode> leaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, text().map(NODES::textNode)),
                Tuple.of(3, number().map(SpelledNumberNode::new)),
                Tuple.of(1, Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode())));
    }

    /** Strings built from pieces a real file may hold, and pieces that break naive writers. */
    private Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(" -_.,:/").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f', '\u2028', '\u2029').ofMaxLength(3),
                Arbitraries.of("😀", "👩‍💻", "🇯🇵", "é", "Zoë", "東京", "\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\uFEFF",
                        "\"", "\\", "\\u0041", "</script>", "<b>", "&amp;", "\r\n", "\t", "\u0000"));
        return piece.list().ofMaxSize(4).map(pieces -> String.join("", pieces));
    }

    /** Number spellings JSON allows, including the ones a normalising writer changes: 1.0, -0, 1e3, 0.10, 1E+02. */
    private Arbitrary<String> number() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> integer = Arbitraries.oneOf(Arbitraries.just("0"),
                Combinators.combine(Arbitraries.chars().range('1', '9'), Arbitraries.strings().numeric().ofMaxLength(20))
                        .as((first, rest) -> first + rest));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3)).as((e, s, d) -> e + s + d));
        Arbitrary<String> odd = Arbitraries.of("1.0", "-0", "1e3", "0.10", "-0.0", "1E+02", "0e0", "100", "3.14159265358979323846264338327950288");
        return Arbitraries.oneOf(odd, Combinators.combine(sign, integer, fraction, exponent).as((a, b, c, d) -> a + b + c + d));
    }
}
