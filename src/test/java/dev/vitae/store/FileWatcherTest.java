package dev.vitae.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static dev.vitae.store.ExternalChange.Kind.DELETED;
import static dev.vitae.store.ExternalChange.Kind.MODIFIED;
import static dev.vitae.store.ExternalChange.Kind.MOVED;
import static dev.vitae.store.ExternalChange.Kind.TOUCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The folder watcher reports what other programs do to the open file, once per burst of events, and stays
 * quiet about Vitae's own saves. The waits are bounds against a hang, not timing assertions.
 */
class FileWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(50);

    @TempDir
    Path dir;
    Path file;
    final AtomicReference<FileStamp> known = new AtomicReference<>();
    final BlockingQueue<ExternalChange> reports = new LinkedBlockingQueue<>();
    /** Released each time the watcher judges a burst (it asks what Vitae knows). */
    final Semaphore judged = new Semaphore(0);
    FileWatcher watcher;

    @BeforeEach
    void setUp() throws IOException {
        file = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ada\"}}\n");
        known.set(FileStamp.read(file));
        watcher = FileWatcher.start(file, () -> {
            // as in the window, the watcher's judgement waits for a save in progress to finish
            synchronized (known) {
                judged.release();
                return known.get();
            }
        }, QUIET, reports::add);
    }

    @AfterEach
    void tearDown() {
        watcher.close();
    }

    private ExternalChange next() throws InterruptedException {
        ExternalChange c = reports.poll(20, TimeUnit.SECONDS);
        assertNotNull(c, "no report from the watcher");
        return c;
    }

    private void awaitJudged() throws InterruptedException {
        assertTrue(judged.tryAcquire(20, TimeUnit.SECONDS), "the watcher never judged the events");
    }

    @Test
    void anotherProgramWritingTheFileIsReportedWithTheNewStamp() throws Exception {
        Files.writeString(file, "{\"basics\": {\"name\": \"Bea\"}}\n");
        ExternalChange c = next();
        assertEquals(MODIFIED, c.kind());
        assertEquals(FileStamp.read(file), c.now());
    }

    @Test
    void anEditorThatSavesByRenamingATemporaryFileIsOneModification() throws Exception {
        Path temp = Files.writeString(dir.resolve(".resume.json.swp"), "{\"basics\": {\"name\": \"Cy\"}}\n");
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(MODIFIED, next().kind());
    }

    @Test
    void anEditorThatRenamesTheOldFileToABackupIsAModificationNotAMove() throws Exception {
        Files.move(file, dir.resolve("resume.json~"));
        Files.writeString(file, "{\"basics\": {\"name\": \"Di\"}}\n");
        ExternalChange c = next();
        if (c.kind() != MODIFIED) {
            // the rename and the write fell into two bursts: the first saw the file gone for a moment
            assertEquals(MOVED, c.kind());
            c = next();
        }
        assertEquals(MODIFIED, c.kind());
    }

    @Test
    void vitaesOwnSaveIsNotReported() throws Exception {
        synchronized (known) {
            known.set(new ResumeStore().save(file, Docs.doc("{'basics': {'name': 'Own'}}"), JsonStyle.CANONICAL));
        }
        awaitJudged();
        Files.writeString(file, "{\"basics\": {\"name\": \"Theirs\"}}\n");
        ExternalChange c = next();
        assertEquals(MODIFIED, c.kind(), "the first report is the other program's change");
        assertTrue(Files.readString(file).contains("Theirs"));
    }

    @Test
    void aTouchIsReportedAsOnlyATouch() throws Exception {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertEquals(TOUCHED, next().kind());
    }

    @Test
    void aDeletionIsReported() throws Exception {
        Files.delete(file);
        assertEquals(DELETED, next().kind());
    }

    @Test
    void aRenameWithinTheFolderSaysWhereTheFileWent() throws Exception {
        Path renamed = dir.resolve("cv.json");
        Files.move(file, renamed);
        ExternalChange c = next();
        assertEquals(MOVED, c.kind());
        assertEquals(renamed, c.movedTo());
    }

    @Test
    void otherFilesInTheFolderAreIgnored() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "unrelated");
        Files.writeString(file, "{\"basics\": {\"name\": \"Ed\"}}\n");
        ExternalChange c = next();
        assertEquals(MODIFIED, c.kind());
        assertEquals(file.toAbsolutePath(), c.file());
    }

    @Test
    void theFolderDisappearingIsADeletion() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path inner = Files.writeString(sub.resolve("r.json"), "{}");
        FileStamp innerStamp = FileStamp.read(inner);
        BlockingQueue<ExternalChange> innerReports = new LinkedBlockingQueue<>();
        try (FileWatcher w = FileWatcher.start(inner, () -> innerStamp, QUIET, innerReports::add)) {
            Files.delete(inner);
            Files.delete(sub);
            ExternalChange c = innerReports.poll(20, TimeUnit.SECONDS);
            assertNotNull(c);
            assertEquals(DELETED, c.kind());
        }
    }
}
