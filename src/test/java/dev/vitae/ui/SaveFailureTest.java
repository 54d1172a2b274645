package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.store.AtomicFileWriter;
import dev.vitae.store.FaultyOutput;
import dev.vitae.store.FileOps;
import dev.vitae.store.ResumeStore;
import dev.vitae.store.SystemFileOps;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A save that the disk refuses (full, read-only, no permission): the window says so in plain words, names
 * the file, offers Save As…, and keeps the document open and unsaved; the file is untouched and no
 * temporary file is left.
 */
class SaveFailureTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
    }

    /** The real file system, except that writing fails as {@code failure} after a few bytes. */
    private static FileOps failingWrites(IOException failure) {
        return new SystemFileOps() {
            @Override
            public Output create(Path file, Set<PosixFilePermission> permissions) throws IOException {
                Output real = super.create(file, permissions);
                OutputStream failing = new OutputStream() {
                    int written;

                    @Override
                    public void write(int b) throws IOException {
                        if (++written > 10) {
                            throw failure;
                        }
                        real.stream().write(b);
                    }
                };
                return FaultyOutput.of(real).withStream(failing);
            }
        };
    }

    /** The real file system, except that creating a file fails as {@code failure}. */
    private static FileOps failingCreate(IOException failure) {
        return new SystemFileOps() {
            @Override
            public Output create(Path file, Set<PosixFilePermission> permissions) throws IOException {
                throw failure;
            }
        };
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("full disk", failingWrites(new IOException("No space left on device")), "the disk is full"),
                Arguments.of("read-only disk", failingCreate(new FileSystemException("x", null, "Read-only file system")),
                        "the disk is read-only"),
                Arguments.of("permission denied", failingCreate(new AccessDeniedException("x")), "permission denied"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedSaveSaysWhyKeepsTheDocumentUnsavedAndLeavesTheFileAlone(String what, FileOps ops, String reason)
            throws Exception {
        Path file = Files.writeString(dir.resolve("resume.json"), "{\n  \"basics\": {\n    \"name\": \"Ada\"\n  }\n}\n");
        byte[] before = Files.readAllBytes(file);
        EditorSession session = FxRunner.call(() -> new EditorSession(Document.empty()));
        DocumentController documents = FxRunner.call(() -> {
            DocumentController d = new DocumentController(session, new ResumeStore(new AtomicFileWriter(ops)),
                    AppPreferences.load(dir.resolve("config")), new ScriptedPrompts(), new Dialogs(null), m -> { });
            d.load(file);
            session.setText("/basics/name", "Ada Lovelace");
            return d;
        });

        CompletableFuture<Boolean> saved = new CompletableFuture<>();
        Platform.runLater(() -> saved.complete(documents.save()));
        String shown = FxRunner.answer("save-error", Dialogs.CANCEL);

        assertFalse(saved.get());
        assertTrue(shown.startsWith("Cannot save resume.json\nCould not save " + file.toAbsolutePath() + ": " + reason), shown);
        assertTrue(shown.endsWith("Your changes are still open and nothing on disk was half-written."), shown);
        assertTrue(session.isDirty());
        assertEquals("Ada Lovelace", FxRunner.call(() -> session.current().name()));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("config", "resume.json"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file, no half-written backup");
        }
    }

    @ParameterizedTest(name = "{0}, then Save As")
    @MethodSource("refusals")
    void saveAsFromTheErrorSavesElsewhere(String what, FileOps ops, String reason) throws Exception {
        Path file = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ada\"}}\n");
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve("resume.json");
        EditorSession session = FxRunner.call(() -> new EditorSession(Document.empty()));
        ScriptedPrompts prompts = new ScriptedPrompts().answer(elsewhere);
        // the refusing file system refuses the first file only, as a full or read-only disk would
        FileOps firstOnly = new SystemFileOps() {
            @Override
            public Output create(Path f, Set<PosixFilePermission> permissions) throws IOException {
                return f.getParent().equals(dir) ? ops.create(f, permissions) : super.create(f, permissions);
            }
        };
        DocumentController documents = FxRunner.call(() -> {
            DocumentController d = new DocumentController(session, new ResumeStore(new AtomicFileWriter(firstOnly)),
                    AppPreferences.load(dir.resolve("config")), prompts, new Dialogs(null), m -> { });
            d.load(file);
            session.setText("/basics/name", "Ada Lovelace");
            return d;
        });

        CompletableFuture<Boolean> saved = new CompletableFuture<>();
        Platform.runLater(() -> saved.complete(documents.save()));
        FxRunner.answer("save-error", "Save As…");

        assertTrue(saved.get());
        assertTrue(Files.readString(elsewhere).contains("Ada Lovelace"));
        assertEquals(elsewhere, documents.file());
        assertFalse(session.isDirty());
    }
}
