package dev.vitae.store;

import dev.vitae.Corpus;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeStoreTest {

    @TempDir
    Path dir;

    private final ResumeStore store = new ResumeStore();

    private Path copyOf(String corpusPrefix) throws IOException {
        return Files.copy(Corpus.file(corpusPrefix), dir.resolve("resume.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void loadGivesDocumentStyleProblemsAndAStampOfTheBytes() throws Exception {
        Path file = copyOf("01");
        byte[] bytes = Files.readAllBytes(file);
        LoadedResume loaded = store.load(file);
        assertEquals(file, loaded.file());
        assertEquals(ResumeReader.read(file).document(), loaded.document());
        assertEquals(JsonStyle.detect(new String(bytes, StandardCharsets.UTF_8)), loaded.style());
        assertEquals(java.util.List.of(), ResumeValidator.standard().validate(loaded.document()));
        assertEquals(bytes.length, loaded.stamp().size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), loaded.stamp().sha256());
        assertEquals(Files.getLastModifiedTime(file), loaded.stamp().modified());
    }

    @Test
    void problemsWarnButTheFileOpens() throws Exception {
        Path file = Files.writeString(dir.resolve("r.json"), "{\"work\": [{\"startDate\": \"2021-13\"}], \"education\": {}}");
        LoadedResume loaded = store.load(file);
        assertEquals(java.util.List.of("/work/0/startDate: \"2021-13\" is not a date (there is no month 13)",
                "/education: should be a list of entries ([…]), not an object"),
                ResumeValidator.standard().validate(loaded.document()).stream().map(Problem::describe).toList());
        assertEquals("2021-13", loaded.document().text("/work/0/startDate"));
    }

    @Test
    void aFileThatDoesNotParseIsAParseError() throws IOException {
        Path file = Files.writeString(dir.resolve("r.json"), "{\n  \"a\": 1,\n}");
        ParseError e = assertThrows(ParseError.class, () -> store.load(file));
        assertEquals(3, e.line());
        ParseError missing = assertThrows(ParseError.class, () -> store.load(dir.resolve("none.json")));
        assertTrue(missing.getMessage().endsWith("the file does not exist"), missing.getMessage());
    }

    @Test
    void saveKeepsTheBackupAndReturnsTheStampOfWhatIsOnDisk() throws Exception {
        Path file = copyOf("04");
        byte[] original = Files.readAllBytes(file);
        LoadedResume loaded = store.load(file);
        Document edited = Edit.SetValue.text("/basics/name", "Someone Else").applyTo(loaded.document());
        FileStamp stamp = store.save(file, edited, loaded.style());
        assertArrayEquals(original, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
        assertEquals(edited, store.load(file).document());
        FileStamp now = FileStamp.read(file);
        assertEquals(now, stamp);
        assertTrue(stamp.sameContent(now));
        assertFalse(stamp.sameContent(loaded.stamp()));
    }

    @Test
    void savingAnUnchangedDocumentVitaeWroteGivesTheSameBytes() throws Exception {
        Path file = copyOf("07");
        LoadedResume first = store.load(file);
        store.save(file, first.document(), first.style());
        byte[] written = Files.readAllBytes(file);
        LoadedResume second = store.load(file);
        FileStamp stamp = store.save(file, second.document(), second.style());
        assertArrayEquals(written, Files.readAllBytes(file));
        assertTrue(stamp.sameContent(second.stamp()));
    }

    @Test
    void saveCopyWritesNoBackup() throws Exception {
        LoadedResume loaded = store.load(copyOf("01"));
        Path copy = dir.resolve("copy.json");
        Files.writeString(copy, "{}");
        store.saveCopy(copy, loaded.document(), loaded.style());
        assertFalse(Files.exists(AtomicFileWriter.backupOf(copy)));
        assertEquals(loaded.document(), store.load(copy).document());
    }

    @Test
    void theIndentationOfTheFileIsKept() throws Exception {
        Path file = Files.writeString(dir.resolve("r.json"), "{\n    \"basics\": {\n        \"name\": \"Ada\"\n    }\n}\n");
        LoadedResume loaded = store.load(file);
        store.save(file, Edit.SetValue.text("/basics/name", "Grace").applyTo(loaded.document()), loaded.style());
        assertEquals("{\n    \"basics\": {\n        \"name\": \"Grace\"\n    }\n}\n", Files.readString(file));
    }

    @Test
    void aStampTellsChangedContentFromATouch() throws Exception {
        Path file = copyOf("01");
        FileStamp before = store.load(file).stamp();
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.modified().toMillis() + 60_000));
        FileStamp touched = FileStamp.read(file);
        assertTrue(before.sameContent(touched));
        Files.writeString(file, "{}");
        assertFalse(before.sameContent(FileStamp.read(file)));
        assertFalse(before.sameContent(null));
    }

    @Test
    void aFailedSaveLeavesTheFileAndSaysWhy() throws Exception {
        Path file = copyOf("01");
        byte[] original = Files.readAllBytes(file);
        LoadedResume loaded = store.load(file);
        ResumeStore full = new ResumeStore(new AtomicFileWriter(new SystemFileOps() {
            @Override
            public Output create(Path f, java.util.Set<java.nio.file.attribute.PosixFilePermission> p) throws IOException {
                throw new java.nio.file.FileSystemException(f.toString(), null, "No space left on device");
            }
        }));
        IOException e = assertThrows(IOException.class, () -> full.save(file, Document.empty(), loaded.style()));
        assertEquals("Could not save " + file.toAbsolutePath() + ": the disk is full.", e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
    }
}
