package dev.vitae.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryJournalTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String SAVED = "{'basics': {'name': 'Ada'}, 'work': [{'name': 'Analytical Engines'}]}";
    private static final String EDITED = "{'basics': {'name': 'Ada'}, 'work': [{'name': 'Analytical Engines Ltd'}]}";

    @TempDir
    Path dir;
    Path file;
    FileStamp stamp;
    RecoveryJournal journal;
    Docs.HandClock clock = new Docs.HandClock(T0);

    @BeforeEach
    void setUp() throws IOException {
        file = dir.resolve("resume.json");
        stamp = new ResumeStore().save(file, Docs.doc(SAVED), JsonStyle.CANONICAL);
        Files.setLastModifiedTime(file, FileTime.from(T0.minusSeconds(60)));
        stamp = FileStamp.read(file);
        journal = new RecoveryJournal(dir.resolve("data/recovery"), new AtomicFileWriter(), clock);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(journal.folder())) {
            return s.toList();
        }
    }

    /** Makes an entry look as if the Vitae that wrote it is no longer running (it crashed). */
    private void orphan(FileKey key) throws IOException {
        Path entry = journal.folder().resolve(key.value() + ".vitae-recovery");
        KeptCopy.Parts parts = KeptCopy.split(Files.readAllBytes(entry), RecoveryJournal.KIND);
        ObjectNode header = parts.header();
        header.remove("pid");
        header.remove("processStart");
        Files.write(entry, KeptCopy.join(header, parts.body()));
    }

    private void recordEdited() throws IOException {
        journal.record(FileKey.of(file), file, stamp, Docs.doc(EDITED), JsonStyle.CANONICAL);
        orphan(FileKey.of(file));
    }

    @Test
    void anEntryReadsBackAsWrittenWithTheDocumentInItsOwnLayout() throws IOException {
        Document edited = Docs.doc(EDITED);
        JsonStyle tabs = new JsonStyle("\t");
        journal.record(FileKey.of(file), file, stamp, edited, tabs);

        RecoveryEntry entry = journal.read(FileKey.of(file)).orElseThrow();
        assertEquals(new RecoveryEntry(FileKey.of(file), file.toAbsolutePath(), T0, stamp, edited, tabs), entry);
        byte[] kept = Files.readAllBytes(entries().get(0));
        String text = new String(kept, StandardCharsets.UTF_8);
        assertArrayEquals(JsonWriter.write(edited, tabs), text.substring(text.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8),
                "below its header line the entry is the file a save would write, readable by hand");
        try (Stream<Path> beside = Files.list(dir)) {
            assertFalse(beside.anyMatch(p -> p.getFileName().toString().contains("vitae-recovery")),
                    "nothing is written next to the person's file");
        }
    }

    @Test
    void eachDocumentHasOneEntryReplacedOnEveryWrite() throws IOException {
        FileKey key = FileKey.of(file);
        journal.record(key, file, stamp, Docs.doc(EDITED), JsonStyle.CANONICAL);
        journal.record(key, file, stamp, Docs.doc("{'basics': {'name': 'Ada L'}}"), JsonStyle.CANONICAL);
        FileKey untitled = FileKey.untitled();
        journal.record(untitled, null, null, Docs.doc("{'basics': {'name': 'New'}}"), JsonStyle.CANONICAL);
        assertEquals(2, entries().size());
        assertEquals("Ada L", journal.read(key).orElseThrow().document().name());

        journal.remove(key);
        assertTrue(journal.read(key).isEmpty());
        assertEquals(1, entries().size());
    }

    @Test
    void entriesOfAVitaeStillRunningAreNotOffered() throws IOException {
        journal.record(FileKey.of(file), file, stamp, Docs.doc(EDITED), JsonStyle.CANONICAL);
        assertEquals(List.of(), journal.recoverable());
        assertTrue(journal.read(FileKey.of(file)).isPresent(), "and are left alone");
    }

    @Test
    void unsavedEditsToAnUnchangedFileAreOfferedWithTheSectionsTheyChange() throws IOException {
        recordEdited();
        List<Recoverable> offer = journal.recoverable();
        assertEquals(1, offer.size());
        assertEquals(List.of("Work"), offer.get(0).changes());
        assertEquals("", offer.get(0).note());
        assertEquals(Docs.doc(EDITED), offer.get(0).entry().document());
    }

    @Test
    void aFileThatOnlyHadItsTimeChangedStillGetsTheOffer() throws IOException {
        recordEdited();
        Files.setLastModifiedTime(file, FileTime.from(T0.plusSeconds(3600)));
        assertEquals(1, journal.recoverable().size());
    }

    @Test
    void aCopyOlderThanTheFileIsNeverOfferedAndIsRemoved() throws IOException {
        recordEdited();
        new ResumeStore().save(file, Docs.doc("{'basics': {'name': 'Saved later by someone'}}"), JsonStyle.CANONICAL);
        Files.setLastModifiedTime(file, FileTime.from(T0.plusSeconds(5)));
        assertEquals(List.of(), journal.recoverable());
        assertEquals(List.of(), entries());
    }

    @Test
    void aCopyNewerThanAFileChangedByAnotherProgramIsOfferedWithANote() throws IOException {
        Files.writeString(file, "{\"basics\": {\"name\": \"Changed elsewhere\"}}\n");
        Files.setLastModifiedTime(file, FileTime.from(T0.minusSeconds(10)));
        recordEdited();
        List<Recoverable> offer = journal.recoverable();
        assertEquals(1, offer.size());
        assertEquals(List.of("Basics", "Work"), offer.get(0).changes());
        assertTrue(offer.get(0).note().contains("changed by another program"), offer.get(0).note());
    }

    @Test
    void aCopyIdenticalToTheFileHoldsNothingAndIsRemoved() throws IOException {
        journal.record(FileKey.of(file), file, stamp, Docs.doc(SAVED), JsonStyle.CANONICAL);
        orphan(FileKey.of(file));
        assertEquals(List.of(), journal.recoverable());
        assertEquals(List.of(), entries());
    }

    @Test
    void aDeletedFileIsNoReasonToDropTheCopy() throws IOException {
        recordEdited();
        Files.delete(file);
        Recoverable r = journal.recoverable().get(0);
        assertEquals(List.of("Basics", "Work"), r.changes());
        assertTrue(r.note().startsWith("The file no longer exists at "), r.note());
    }

    @Test
    void aFileThatNoLongerParsesStillGetsTheOffer() throws IOException {
        recordEdited();
        Files.writeString(file, "{\"basics\": ");
        Files.setLastModifiedTime(file, FileTime.from(T0.minusSeconds(1)));
        Recoverable r = journal.recoverable().get(0);
        assertTrue(r.note().startsWith("The file on disk cannot be opened: the file ends"), r.note());
    }

    @Test
    void untitledDocumentsAreOfferedNewestFirst() throws IOException {
        FileKey first = FileKey.untitled();
        journal.record(first, null, null, Docs.doc("{'basics': {'name': 'First'}}"), JsonStyle.CANONICAL);
        orphan(first);
        clock.advanceSeconds(30);
        FileKey second = FileKey.untitled();
        journal.record(second, null, null, Docs.doc("{'basics': {'name': 'Second'}, 'skills': []}"), JsonStyle.CANONICAL);
        orphan(second);

        List<Recoverable> offer = journal.recoverable();
        assertEquals(List.of("Second", "First"), offer.stream().map(r -> r.entry().document().name()).toList());
        assertEquals(List.of("Basics", "Skills"), offer.get(0).changes());
        assertEquals("Never saved", offer.get(0).note());
        assertEquals("Untitled", offer.get(0).entry().name());
    }

    @Test
    void somethingInTheFolderThatIsNotAnEntryIsLeftAlone() throws IOException {
        Files.createDirectories(journal.folder());
        Path stray = Files.writeString(journal.folder().resolve("0123456789abcdef.vitae-recovery"), "not an entry");
        recordEdited();
        assertEquals(1, journal.recoverable().size());
        assertTrue(Files.exists(stray));
    }

    @Test
    void keysArePerPathAndSafeAsFileNames() {
        assertEquals(FileKey.of(file), FileKey.of(dir.resolve("x/../resume.json")));
        assertFalse(FileKey.of(file).equals(FileKey.of(dir.resolve("other.json"))));
        assertTrue(FileKey.of(file).value().matches("[0-9a-f]{24}"));
        assertFalse(FileKey.untitled().equals(FileKey.untitled()));
    }
}
