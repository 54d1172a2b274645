package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.store.FileKey;
import dev.vitae.store.RecoveryJournal;
import dev.vitae.store.RecoveryRecorder;
import dev.vitae.store.ResumeStore;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recovery copies follow the window's document: written when typing pauses, removed when it is clean. */
class RecoveryAutosaveTest {

    @TempDir
    Path dir;
    Path file;
    RecoveryJournal journal;
    EditorSession session;
    DocumentController documents;
    RecoveryAutosave autosave;
    final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        file = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ada\"}}\n");
        journal = RecoveryJournal.in(dev.vitae.store.AppFolders.under(dir));
        open(journal);
    }

    private void open(RecoveryJournal j) throws Exception {
        FxRunner.run(() -> {
            session = new EditorSession(Document.empty());
            documents = new DocumentController(session, new ResumeStore(), AppPreferences.load(dir.resolve("config")),
                    new ScriptedPrompts(), new Dialogs(null), m -> { });
            autosave = new RecoveryAutosave(session, documents, new RecoveryRecorder(j), Duration.millis(30), warnings::add);
            documents.load(file);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        FxRunner.run(autosave::close);
    }

    private boolean hasCopy() {
        return journal.read(FileKey.of(file)).isPresent();
    }

    @Test
    void aCopyIsWrittenWhenTypingPausesAndHoldsTheLatestText() throws Exception {
        FxRunner.run(() -> {
            session.setText("/basics/name", "Ada L");
            session.setText("/basics/name", "Ada Lo");
        });
        FxRunner.awaitFx("the copy", this::hasCopy);
        assertEquals("Ada Lo", journal.read(FileKey.of(file)).orElseThrow().document().name());
        assertEquals(documents.stamp(), journal.read(FileKey.of(file)).orElseThrow().basedOn());
        assertTrue(Files.readString(file).contains("\"Ada\""), "the person's file is not touched");
    }

    @Test
    void recordNowWritesAtOnceAsWhenTheWindowLosesFocus() throws Exception {
        RecoveryAutosave slow = FxRunner.call(() -> {
            autosave.close();
            return new RecoveryAutosave(session, documents, new RecoveryRecorder(journal), Duration.hours(1), warnings::add);
        });
        autosave = slow;
        FxRunner.run(() -> session.setText("/basics/name", "Ada L"));
        assertTrue(slow.awaitIdle(30_000));
        assertFalse(hasCopy(), "an hour's pause has not passed");
        FxRunner.run(slow::recordNow);
        assertTrue(slow.awaitIdle(30_000));
        assertTrue(hasCopy());
    }

    @Test
    void aSaveRemovesTheCopy() throws Exception {
        FxRunner.run(() -> session.setText("/basics/name", "Ada L"));
        FxRunner.awaitFx("the copy", this::hasCopy);
        assertTrue(FxRunner.call(documents::save));
        assertTrue(autosave.awaitIdle(30_000));
        assertFalse(hasCopy());
    }

    @Test
    void undoingBackToTheSavedTextRemovesTheCopy() throws Exception {
        FxRunner.run(() -> session.setText("/basics/name", "Ada L"));
        FxRunner.awaitFx("the copy", this::hasCopy);
        FxRunner.run(session::undo);
        assertTrue(autosave.awaitIdle(30_000));
        assertFalse(hasCopy());
    }

    @Test
    void closingTheDocumentRemovesTheCopy() throws Exception {
        FxRunner.run(() -> session.setText("/basics/name", "Ada L"));
        FxRunner.awaitFx("the copy", this::hasCopy);
        FxRunner.run(autosave::closed);
        assertTrue(autosave.awaitIdle(30_000));
        assertFalse(hasCopy());
    }

    @Test
    void aJournalThatCannotBeWrittenIsReportedOnce() throws Exception {
        FxRunner.run(autosave::close);
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the data folder should be");
        open(RecoveryJournal.in(new dev.vitae.store.AppFolders(dir.resolve("config"), blocked, dir.resolve("cache"))));
        FxRunner.run(() -> session.setText("/basics/name", "Ada L"));
        FxRunner.awaitFx("the warning", () -> !warnings.isEmpty());
        FxRunner.run(() -> session.setText("/basics/name", "Ada Lo"));
        FxRunner.run(autosave::recordNow);
        assertTrue(autosave.awaitIdle(30_000));
        FxRunner.run(() -> { });
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Recovery copies cannot be written: "), warnings.get(0));
    }
}
