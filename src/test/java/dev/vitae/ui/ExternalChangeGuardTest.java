package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.store.AtomicFileWriter;
import dev.vitae.store.ResumeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static dev.vitae.ui.ExternalChangeGuard.Prompts.Choice.KEEP_MINE;
import static dev.vitae.ui.ExternalChangeGuard.Prompts.Choice.RELOAD;
import static dev.vitae.ui.ExternalChangeGuard.Prompts.Choice.SAVE_AS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each way another program can change the open file, with and without unsaved edits: the window reloads,
 * asks, or reports, and never saves over a version the person has not seen.
 */
class ExternalChangeGuardTest {

    private static final String THEIRS = "{\n  \"basics\": {\n    \"name\": \"Theirs\"\n  }\n}\n";

    @TempDir
    Path dir;
    Path file;
    EditorSession session;
    DocumentController documents;
    ScriptedPrompts files;
    ScriptedChangePrompts prompts;
    ExternalChangeGuard guard;
    final List<String> notes = new ArrayList<>();
    boolean focused;

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
    }

    @BeforeEach
    void open() throws Exception {
        file = Files.writeString(dir.resolve("resume.json"), "{\n  \"basics\": {\n    \"name\": \"Ada\"\n  }\n}\n");
        FxRunner.run(() -> {
            session = new EditorSession(Document.empty());
            files = new ScriptedPrompts();
            prompts = new ScriptedChangePrompts();
            documents = new DocumentController(session, new ResumeStore(new AtomicFileWriter()),
                    AppPreferences.load(dir.resolve("config")), files, new Dialogs(null), notes::add);
            assertTrue(documents.load(file));
            guard = new ExternalChangeGuard(session, documents, prompts, notes::add, () -> focused);
        });
    }

    @AfterEach
    void close() throws Exception {
        FxRunner.run(guard::close);
    }

    private void typeMine() throws Exception {
        FxRunner.run(() -> session.setText("/basics/name", "Mine"));
    }

    private void theyWrite(String json) throws IOException {
        Files.writeString(file, json);
    }

    private String shownName() throws Exception {
        return FxRunner.call(() -> session.current().name());
    }

    @Test
    void withoutLocalEditsAChangedFileIsReloadedAndUndoBringsBackTheOldVersion() throws Exception {
        theyWrite(THEIRS);
        FxRunner.run(guard::check);
        assertEquals("Theirs", shownName());
        assertFalse(session.isDirty());
        assertEquals(List.of(), prompts.asked, "nothing to ask");
        assertTrue(notes.get(0).contains("was changed by another program and has been reloaded"), notes.toString());
        FxRunner.run(session::undo);
        assertEquals("Ada", shownName());
        assertTrue(session.isDirty(), "the old version is now an unsaved change");
    }

    @Test
    void withLocalEditsReloadShowsTheirsAndUndoBringsBackMine() throws Exception {
        typeMine();
        theyWrite(THEIRS);
        prompts.answer(RELOAD);
        FxRunner.run(guard::check);
        assertEquals(List.of("changed resume.json"), prompts.asked);
        assertEquals("Theirs", shownName());
        FxRunner.run(session::undo);
        assertEquals("Mine", shownName());
    }

    @Test
    void keepMineKeepsTheEditsAndTheNextSaveReplacesTheirsWithoutAskingAgain() throws Exception {
        typeMine();
        theyWrite(THEIRS);
        prompts.answer(KEEP_MINE);
        FxRunner.run(guard::check);
        assertEquals("Mine", shownName());
        assertTrue(session.isDirty());
        FxRunner.run(guard::check);
        assertEquals(1, prompts.asked.size(), "a focus change does not ask about the same change twice");

        assertTrue(FxRunner.call(documents::save));
        assertEquals(1, prompts.asked.size(), "the person has seen their version and chose theirs over it");
        assertTrue(Files.readString(file).contains("Mine"));
    }

    @Test
    void saveAsKeepsBothVersions() throws Exception {
        typeMine();
        theyWrite(THEIRS);
        Path mine = dir.resolve("mine.json");
        files.answer(mine);
        prompts.answer(SAVE_AS);
        FxRunner.run(guard::check);
        assertTrue(Files.readString(mine).contains("Mine"));
        assertEquals(THEIRS, Files.readString(file), "their file is untouched");
        assertEquals(mine, documents.file());
        assertFalse(session.isDirty());
    }

    @Test
    void aSaveNeverReplacesAChangeThePersonHasNotSeen() throws Exception {
        typeMine();
        theyWrite(THEIRS);
        prompts.answer(RELOAD);
        assertFalse(FxRunner.call(documents::save), "the save stops: the person chose to see theirs first");
        assertEquals(List.of("changed resume.json before save"), prompts.asked);
        assertEquals(THEIRS, Files.readString(file));
        assertEquals("Theirs", shownName());

        FxRunner.run(session::undo);
        theyWrite(THEIRS.replace("Theirs", "Theirs again"));
        prompts.answer(KEEP_MINE);
        assertTrue(FxRunner.call(documents::save));
        assertTrue(Files.readString(file).contains("Mine"), "Keep Mine saves over it, having asked");
    }

    @Test
    void aSaveWithoutLocalEditsAfterAChangeReloadsInsteadOfWriting() throws Exception {
        theyWrite(THEIRS);
        assertFalse(FxRunner.call(documents::save));
        assertEquals(THEIRS, Files.readString(file));
        assertEquals("Theirs", shownName());
    }

    @Test
    void aTouchedFileWithTheSameContentIsNoChange() throws Exception {
        typeMine();
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
        FxRunner.run(guard::check);
        assertTrue(FxRunner.call(documents::save));
        assertEquals(List.of(), prompts.asked);
        assertTrue(Files.readString(file).contains("Mine"));
    }

    @Test
    void aDeletedFileIsReportedAndTheDocumentStaysOpenUnsaved() throws Exception {
        Files.delete(file);
        FxRunner.run(guard::check);
        assertEquals(List.of("gone resume.json"), prompts.asked);
        assertEquals("Ada", shownName());
        assertTrue(session.isDirty(), "no file holds it any more");
        FxRunner.run(guard::check);
        assertEquals(1, prompts.asked.size(), "said once");

        assertTrue(FxRunner.call(documents::save));
        assertTrue(Files.readString(file).contains("Ada"), "Save writes the file anew");
        assertFalse(session.isDirty());
    }

    @Test
    void aFileThatComesBackWithOtherContentIsStillAChange() throws Exception {
        typeMine();
        Files.delete(file);
        FxRunner.run(guard::check);
        theyWrite(THEIRS);
        prompts.answer(KEEP_MINE);
        assertTrue(FxRunner.call(documents::save));
        assertEquals(List.of("gone resume.json", "changed resume.json before save"), prompts.asked);
    }

    @Test
    void aChangeToSomethingUnreadableKeepsTheDocumentAndSaysWhy() throws Exception {
        theyWrite("{\"basics\": ");
        FxRunner.run(guard::check);
        assertEquals(1, prompts.asked.size());
        assertTrue(prompts.asked.get(0).startsWith("unreadable resume.json: "), prompts.asked.toString());
        assertTrue(prompts.asked.get(0).contains(":1:12: the file ends"), prompts.asked.toString());
        assertEquals("Ada", shownName());
        assertTrue(session.isDirty(), "what is shown is not what the file holds");
    }

    @Test
    void theWatcherReloadsAChangeWithoutLocalEditsEvenInTheBackground() throws Exception {
        theyWrite(THEIRS);
        FxRunner.awaitFx("the reload", () -> session.current().name().equals("Theirs"));
        assertEquals(List.of(), prompts.asked);
    }

    @Test
    void theWatcherAsksAboutAChangeWithLocalEditsOnlyInTheForeground() throws Exception {
        focused = true;
        typeMine();
        prompts.answer(KEEP_MINE);
        theyWrite(THEIRS);
        FxRunner.awaitFx("the question", () -> !prompts.asked.isEmpty());
        assertEquals("Mine", shownName());
    }

    @Test
    void theWatcherSaysWhereARenamedFileWent() throws Exception {
        Files.move(file, dir.resolve("cv.json"));
        FxRunner.awaitFx("the report", () -> !prompts.asked.isEmpty());
        assertEquals(List.of("gone resume.json to cv.json"), prompts.asked);
        assertTrue(session.isDirty());
    }

    @Test
    void theWindowsOwnSavesAreNeverTakenForAnotherProgram() throws Exception {
        for (int i = 0; i < 5; i++) {
            int n = i;
            FxRunner.run(() -> session.setText("/basics/name", "Save " + n));
            assertTrue(FxRunner.call(documents::save));
        }
        theyWrite(THEIRS);
        FxRunner.awaitFx("the reload", () -> session.current().name().equals("Theirs"));
        assertEquals(List.of(), prompts.asked);
        assertEquals(1, notes.stream().filter(n -> n.contains("reloaded")).count(), notes.toString());
    }
}
