package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.store.AtomicFileWriter;
import dev.vitae.store.FileKey;
import dev.vitae.store.FileStamp;
import dev.vitae.store.JsonStyle;
import dev.vitae.store.ParseError;
import dev.vitae.store.RecoveryJournal;
import dev.vitae.store.RecoveryRecorder;
import dev.vitae.store.ResumeReader;
import dev.vitae.store.ResumeStore;
import javafx.application.Platform;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recovery offer as a view-model: what it lists, and what Restore and Discard do to the window and the journal. */
class RecoveryOfferTest {

    @TempDir
    Path dir;
    Path file;
    FileStamp stamp;
    RecoveryJournal crashed;
    RecoveryJournal journal;
    EditorSession session;
    DocumentController documents;
    RecoveryAutosave autosave;

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("resume.json");
        stamp = new ResumeStore().save(file, doc("{'basics': {'name': 'Ada'}, 'work': [{'name': 'Engines'}]}"), JsonStyle.CANONICAL);
        Path folder = dir.resolve("data/recovery");
        crashed = new RecoveryJournal(folder, new AtomicFileWriter(), Clock.systemUTC(), EndedProcess.handle());
        journal = new RecoveryJournal(folder, new AtomicFileWriter(), Clock.systemUTC());
        FxRunner.run(() -> {
            session = new EditorSession(Document.empty());
            documents = new DocumentController(session, new ResumeStore(), AppPreferences.load(dir.resolve("config")),
                    new ScriptedPrompts(), new Dialogs(null), m -> { });
            documents.startUntitled(doc("{'basics': {'name': 'Sample'}}"));
            autosave = new RecoveryAutosave(session, documents, new RecoveryRecorder(journal), Duration.millis(20), m -> { });
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        FxRunner.run(autosave::close);
    }

    static Document doc(String json) {
        try {
            return ResumeReader.parse(json.replace('\'', '"'), null).document();
        } catch (ParseError e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("data/recovery"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private RecoveryOffer offer() throws Exception {
        return FxRunner.call(() -> new RecoveryOffer(journal));
    }

    @Test
    void listsEachRecoveredDocumentWithWhatItChanges() throws Exception {
        crashed.record(FileKey.of(file), file, stamp, doc("{'basics': {'name': 'Ada'}, 'work': [{'name': 'Engines Ltd'}]}"),
                JsonStyle.CANONICAL);
        crashed.record(FileKey.untitled(), null, null, doc("{'basics': {'name': 'New'}, 'skills': []}"), JsonStyle.CANONICAL);
        List<RecoveryOffer.Item> items = offer().items();
        assertEquals(2, items.size());
        RecoveryOffer.Item ofFile = items.stream().filter(i -> i.entry().file() != null).findFirst().orElseThrow();
        assertEquals("resume.json (in " + dir.toAbsolutePath() + ")", ofFile.title());
        assertEquals("Unsaved changes in Work", ofFile.changes());
        assertEquals("", ofFile.note());
        assertTrue(ofFile.when().startsWith("Last kept "), ofFile.when());
        RecoveryOffer.Item untitled = items.stream().filter(i -> i.entry().file() == null).findFirst().orElseThrow();
        assertEquals("Untitled", untitled.title());
        assertEquals("Unsaved changes in Basics, Skills", untitled.changes());
        assertEquals("Never saved", untitled.note());
    }

    @Test
    void copiesOfAVitaeStillRunningAreNotOffered() throws Exception {
        journal.record(FileKey.of(file), file, stamp, doc("{'basics': {'name': 'Mine, now'}}"), JsonStyle.CANONICAL);
        assertTrue(offer().isEmpty());
    }

    @Test
    void discardForgetsTheCopy() throws Exception {
        crashed.record(FileKey.of(file), file, stamp, doc("{'basics': {'name': 'Ada L'}}"), JsonStyle.CANONICAL);
        RecoveryOffer offer = offer();
        FxRunner.run(() -> {
            try {
                offer.discard(offer.items().get(0));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(offer.isEmpty());
        assertEquals(List.of(), entries());
        assertTrue(offer().isEmpty(), "not offered again");
    }

    @Test
    void restoringOpensTheFileWithTheChangesOnTopUnsavedAndUndoable() throws Exception {
        Document recovered = doc("{'basics': {'name': 'Ada'}, 'work': [{'name': 'Engines Ltd'}]}");
        crashed.record(FileKey.of(file), file, stamp, recovered, JsonStyle.CANONICAL);
        String before = Files.readString(file);
        RecoveryOffer offer = offer();
        assertTrue(FxRunner.call(() -> offer.restore(offer.items().get(0), documents, session, autosave)));

        assertEquals(file, documents.file());
        assertEquals(recovered, session.current());
        assertTrue(session.isDirty());
        assertEquals(before, Files.readString(file), "nothing is written to the file until the person saves");
        assertEquals("Undo " + RecoveryOffer.RESTORE_LABEL, session.undoLabelProperty().get());
        assertTrue(autosave.awaitIdle(30_000));
        assertEquals(List.of(FileKey.of(file) + ".vitae-recovery"), entries());
        assertTrue(offer().isEmpty(), "the copy is this window's own now");

        assertTrue(FxRunner.call(documents::save));
        assertTrue(autosave.awaitIdle(30_000));
        assertEquals(List.of(), entries(), "a clean save removes it");
    }

    @Test
    void restoringAnUntitledDocumentCarriesOnInItsEntry() throws Exception {
        FileKey key = FileKey.untitled();
        crashed.record(key, null, null, doc("{'basics': {'name': 'Draft'}}"), JsonStyle.CANONICAL);
        RecoveryOffer offer = offer();
        assertTrue(FxRunner.call(() -> offer.restore(offer.items().get(0), documents, session, autosave)));
        assertNull(documents.file());
        assertEquals("Draft", session.current().name());
        assertTrue(session.isDirty());

        FxRunner.run(() -> session.setText("/basics/name", "Draft 2"));
        FxRunner.run(autosave::recordNow);
        assertTrue(autosave.awaitIdle(30_000));
        assertEquals(List.of(key + ".vitae-recovery"), entries(), "one entry, the same one");
        assertEquals("Draft 2", journal.read(key).orElseThrow().document().name());
    }

    @Test
    void aRecoveredDocumentWhoseFileIsGoneOpensUntitledAndUnsaved() throws Exception {
        crashed.record(FileKey.of(file), file, stamp, doc("{'basics': {'name': 'Only here'}}"), JsonStyle.CANONICAL);
        Files.delete(file);
        RecoveryOffer offer = offer();
        assertTrue(offer.items().get(0).note().startsWith("The file no longer exists at "));
        assertTrue(FxRunner.call(() -> offer.restore(offer.items().get(0), documents, session, autosave)));
        assertNull(documents.file());
        assertEquals("Only here", session.current().name());
        assertTrue(session.isDirty());
    }

    @Test
    void restoringAsksFirstAboutUnsavedChangesInTheWindow() throws Exception {
        crashed.record(FileKey.of(file), file, stamp, doc("{'basics': {'name': 'Recovered'}}"), JsonStyle.CANONICAL);
        RecoveryOffer offer = offer();
        FxRunner.run(() -> session.setText("/basics/name", "Typed since"));
        CompletableFuture<Boolean> restored = new CompletableFuture<>();
        Platform.runLater(() -> restored.complete(offer.restore(offer.items().get(0), documents, session, autosave)));
        FxRunner.answer("save-prompt", Dialogs.CANCEL);
        assertFalse(restored.get());
        assertEquals("Typed since", session.current().name());
        assertEquals(1, offer.items().size(), "still on offer");
    }
}
