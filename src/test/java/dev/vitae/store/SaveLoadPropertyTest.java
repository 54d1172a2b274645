package dev.vitae.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Any JSON object, however odd its strings and numbers, survives save → load unchanged, and a file Vitae
 * wrote re-saves to the same bytes.
 */
class SaveLoadPropertyTest {

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
            return FaultyOutput.of(super.create(file, permissions)).withSync(() -> { });
        }

        @Override
        public void syncDirectory(Path folder) {
        }
    };

    private final ResumeStore store = new ResumeStore(new AtomicFileWriter(WITHOUT_SYNC));

    @Provide
    Arbitrary<JsonStyle> styles() {
        return Arbitraries.of(JsonStyle.CANONICAL, new JsonStyle("    "), new JsonStyle("\t"), new JsonStyle(" "));
    }

    @Provide
    Arbitrary<ObjectNode> documents() {
        return JsonTrees.objects(4);
    }
}
