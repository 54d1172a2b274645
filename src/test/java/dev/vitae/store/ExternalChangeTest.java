package dev.vitae.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static dev.vitae.store.ExternalChange.Kind.DELETED;
import static dev.vitae.store.ExternalChange.Kind.MODIFIED;
import static dev.vitae.store.ExternalChange.Kind.NONE;
import static dev.vitae.store.ExternalChange.Kind.TOUCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What another program did to a file, judged by size, time and content hash. */
class ExternalChangeTest {

    private static final FileTime TIME = FileTime.from(Instant.parse("2026-03-01T10:00:00Z"));

    @TempDir
    Path dir;
    Path file;
    FileStamp known;

    @BeforeEach
    void setUp() throws IOException {
        file = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ada\"}}\n");
        Files.setLastModifiedTime(file, TIME);
        known = FileStamp.read(file);
    }

    @Test
    void anUnchangedFileIsNoChange() {
        ExternalChange c = ExternalChange.check(file, known);
        assertEquals(NONE, c.kind());
        assertEquals(known, c.now());
    }

    @Test
    void aNewTimeWithTheSameContentIsOnlyATouch() throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(TIME.toInstant().plusSeconds(5)));
        ExternalChange c = ExternalChange.check(file, known);
        assertEquals(TOUCHED, c.kind());
    }

    @Test
    void newContentWithTheSameSizeAndTimeIsStillAChange() throws IOException {
        Files.writeString(file, "{\"basics\": {\"name\": \"Bea\"}}\n");
        Files.setLastModifiedTime(file, TIME);
        assertEquals(known.size(), Files.size(file));
        ExternalChange c = ExternalChange.check(file, known);
        assertEquals(MODIFIED, c.kind());
        assertEquals(FileStamp.read(file), c.now());
    }

    @Test
    void aMissingFileIsDeleted() throws IOException {
        Files.delete(file);
        assertEquals(DELETED, ExternalChange.check(file, known).kind());
    }

    @Test
    void withNothingKnownThereIsNothingToCompare() {
        assertEquals(NONE, ExternalChange.check(file, null).kind());
    }

    @Test
    void stampingStreamsTheFileAndAgreesWithStampingItsBytes() throws IOException {
        byte[] big = new byte[3 * 64 * 1024 + 17];
        new java.util.Random(4).nextBytes(big);
        Files.write(file, big);
        FileStamp read = FileStamp.read(file);
        assertEquals(FileStamp.of(big, read.modified()), read);
    }
}
