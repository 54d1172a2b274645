package dev.vitae.store;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryRecorderTest {

    @TempDir
    Path dir;

    private RecoveryJournal journal() {
        return new RecoveryJournal(dir.resolve("recovery"), new AtomicFileWriter(), Clock.systemUTC());
    }

    private List<String> entries() throws IOException {
        if (!Files.isDirectory(dir.resolve("recovery"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.resolve("recovery"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static final Document EDITED = Docs.doc("{'basics': {'name': 'Edited'}}");

    @Test
    void aDirtyDocumentHasACopyAndACleanOneNone() throws IOException {
        RecoveryRecorder recorder = new RecoveryRecorder(journal());
        Path file = dir.resolve("resume.json");
        recorder.update(file, null, JsonStyle.CANONICAL, EDITED, true);
        assertEquals(List.of(FileKey.of(file) + ".vitae-recovery"), entries());
        recorder.update(file, null, JsonStyle.CANONICAL, EDITED, false);
        assertEquals(List.of(), entries());
    }

    @Test
    void saveAsMovesTheCopyAndASaveRemovesIt() throws IOException {
        RecoveryRecorder recorder = new RecoveryRecorder(journal());
        recorder.update(null, null, JsonStyle.CANONICAL, EDITED, true);
        assertEquals(1, entries().size());
        assertTrue(entries().get(0).startsWith("untitled-"));
        Path file = dir.resolve("saved-as.json");
        recorder.update(file, null, JsonStyle.CANONICAL, EDITED, false);
        assertEquals(List.of(), entries(), "the untitled copy went with the save");
    }

    @Test
    void opensAnotherFileWithoutSavingDropsTheCopyOfTheOldOne() throws IOException {
        RecoveryRecorder recorder = new RecoveryRecorder(journal());
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        recorder.update(a, null, JsonStyle.CANONICAL, EDITED, true);
        recorder.update(b, null, JsonStyle.CANONICAL, EDITED, true);
        assertEquals(List.of(FileKey.of(b) + ".vitae-recovery"), entries());
        recorder.closed();
        assertEquals(List.of(), entries());
    }

    @Test
    void aCopyLeftByACrashIsNeverRemovedByAnotherSession() throws IOException {
        Path file = dir.resolve("resume.json");
        new RecoveryRecorder(journal()).update(file, null, JsonStyle.CANONICAL, EDITED, true);

        RecoveryRecorder restarted = new RecoveryRecorder(journal());
        restarted.update(file, null, JsonStyle.CANONICAL, Docs.doc("{}"), false);
        restarted.closed();
        assertEquals(List.of(FileKey.of(file) + ".vitae-recovery"), entries(), "left for the recovery offer");
    }

    @Test
    void aRestoredUntitledDocumentCarriesOnInItsEntry() throws IOException {
        FileKey old = FileKey.untitled();
        journal().record(old, null, null, EDITED, JsonStyle.CANONICAL);
        RecoveryRecorder recorder = new RecoveryRecorder(journal());
        recorder.continueUntitled(old);
        recorder.update(null, null, JsonStyle.CANONICAL, Docs.doc("{'basics': {'name': 'More'}}"), true);
        assertEquals(List.of(old + ".vitae-recovery"), entries());
        assertEquals("More", journal().read(old).orElseThrow().document().name());
    }

    @Test
    void aNewUntitledDocumentAfterACleanOneGetsANewEntry() throws IOException {
        RecoveryRecorder recorder = new RecoveryRecorder(journal());
        recorder.update(null, null, JsonStyle.CANONICAL, EDITED, true);
        String first = entries().get(0);
        recorder.update(null, null, JsonStyle.CANONICAL, Document.empty(), false);
        recorder.update(null, null, JsonStyle.CANONICAL, EDITED, true);
        assertEquals(1, entries().size());
        assertTrue(!entries().get(0).equals(first));
    }
}
