package dev.vitae.store;

import dev.vitae.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionHistoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    Path file;
    Docs.HandClock clock = new Docs.HandClock(T0);
    VersionHistory versions;
    ResumeStore store;

    @BeforeEach
    void setUp() throws IOException {
        file = dir.resolve("resume.json");
        Files.writeString(file, "{\n    \"basics\": {\"name\": \"Ada\"}\n}\n");
        versions = new VersionHistory(dir.resolve("data/versions"), new AtomicFileWriter(), clock, 3);
        store = new ResumeStore(new AtomicFileWriter(), versions);
    }

    private void save(String json) throws IOException {
        clock.advanceSeconds(60);
        store.save(file, Docs.doc(json), JsonStyle.CANONICAL);
    }

    private List<String> summaries() {
        return versions.list(file).stream().map(SavedVersion::summary).toList();
    }

    @Test
    void theFirstSaveAlsoKeepsWhatTheFileHeldBefore() throws Exception {
        Document original = store.load(file).document();
        save("{'basics': {'name': 'Ada'}, 'work': [{'name': 'Engines'}]}");
        List<SavedVersion> list = versions.list(file);
        assertEquals(List.of(2L, 1L), list.stream().map(SavedVersion::number).toList());
        assertEquals(List.of("Work", VersionHistory.BEFORE_FIRST_SAVE), summaries());
        assertEquals(original, versions.restore(list.get(1)));
        assertEquals(T0.plusSeconds(60), list.get(0).time());
    }

    @Test
    void eachSaveIsSummarisedByTheSectionsItChanged() throws Exception {
        save("{'basics': {'name': 'Ada'}, 'skills': [{'name': 'Maths'}]}");
        save("{'basics': {'name': 'Ada Lovelace'}, 'skills': [{'name': 'Maths'}], 'meta': {'vitae': {'theme': 'classic'}}}");
        assertEquals(List.of("Basics, Settings", "Skills", VersionHistory.BEFORE_FIRST_SAVE), summaries());
        assertEquals("Ada Lovelace", versions.restore(versions.list(file).get(0)).name());
    }

    @Test
    void savingTheSameDocumentAgainKeepsNoDuplicate() throws Exception {
        save("{'basics': {'name': 'Ada'}, 'work': []}");
        save("{'basics': {'name': 'Ada'}, 'work': []}");
        assertEquals(2, versions.list(file).size());
    }

    @Test
    void onlyTheNewestVersionsAreKept() throws Exception {
        for (int i = 1; i <= 6; i++) {
            save("{'basics': {'name': 'Ada " + i + "'}}");
        }
        List<SavedVersion> list = versions.list(file);
        assertEquals(List.of(7L, 6L, 5L), list.stream().map(SavedVersion::number).toList());
        assertEquals("Ada 6", versions.restore(list.get(0)).name());
        assertEquals("Ada 4", versions.restore(list.get(2)).name());
        try (var kept = Files.list(list.get(0).entry().getParent())) {
            assertEquals(3, kept.count(), "older versions are deleted, not just hidden");
        }
    }

    @Test
    void filesHaveSeparateHistories() throws Exception {
        save("{'basics': {'name': 'Ada L'}}");
        Path other = dir.resolve("other.json");
        store.save(other, Docs.doc("{'basics': {'name': 'Bea'}}"), JsonStyle.CANONICAL);
        assertEquals(List.of(VersionHistory.FIRST_SAVE), versions.list(other).stream().map(SavedVersion::summary).toList());
        assertEquals(2, versions.list(file).size());
    }

    @Test
    void aFileThatDoesNotParseIsNotKeptButTheSaveGoesAhead() throws Exception {
        Files.writeString(file, "{ broken");
        save("{'basics': {'name': 'Ada'}}");
        assertEquals(List.of(VersionHistory.FIRST_SAVE), summaries());
    }

    @Test
    void aVersionHistoryThatCannotBeWrittenNeverFailsTheSave() throws Exception {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the folder should be");
        ResumeStore blockedStore = new ResumeStore(new AtomicFileWriter(),
                new VersionHistory(blocked.resolve("versions"), new AtomicFileWriter(), clock, 3));
        blockedStore.save(file, Docs.doc("{'basics': {'name': 'Saved anyway'}}"), JsonStyle.CANONICAL);
        assertEquals("Saved anyway", store.load(file).document().name());
    }

    @Test
    void aDamagedVersionIsAParseErrorOnRestore() throws Exception {
        save("{'basics': {'name': 'Ada'}}");
        SavedVersion newest = versions.list(file).get(0);
        String text = Files.readString(newest.entry());
        Files.writeString(newest.entry(), text.substring(0, text.length() - 5));
        ParseError e = org.junit.jupiter.api.Assertions.assertThrows(ParseError.class, () -> versions.restore(newest));
        assertTrue(e.getMessage().startsWith(newest.entry().toString()), e.getMessage());
    }
}
