package dev.vitae.ui;

import dev.vitae.store.AppFolders;
import dev.vitae.store.AtomicFileWriter;
import dev.vitae.store.FileKey;
import dev.vitae.store.RecoveryJournal;
import dev.vitae.store.ResumeStore;
import dev.vitae.store.SavedVersion;
import dev.vitae.store.VersionHistory;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The protections as the real window wires them: focus, close, and File → Versions…. */
class SafetyNetTest {



    /** The data folder and the window are shared by the tests (a window takes a while to build); each has its own file. */
    @TempDir
    static Path home;
    static AppFolders folders;
    static MainWindow window;

    @TempDir
    Path dir;
    Path file;

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
        folders = AppFolders.under(home);
        window = newWindow();
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxRunner.run(() -> window.stage().close());
    }

    private static MainWindow newWindow() throws Exception {
        return FxRunner.call(() -> {
            AppServices services = new AppServices(folders, AppPreferences.load(folders.config()),
                    new ResumeStore(new AtomicFileWriter(), VersionHistory.in(folders)), WindowFixture.RENDERER, null,
                    new ScriptedPrompts());
            MainWindow w = new MainWindow(new Stage(), services);
            w.start(null, Samples.sample());
            w.show();
            return w;
        });
    }

    @BeforeEach
    void open() throws Exception {
        file = Files.writeString(dir.resolve("resume.json"), "{\n  \"basics\": {\n    \"name\": \"Ada\"\n  }\n}\n");
        FxRunner.run(() -> assertTrue(window.documents().load(file)));
        focus(true);
    }

    /** Leaves the file before JUnit deletes its folder, which the window would rightly report. */
    @AfterEach
    void leave() throws Exception {
        FxRunner.run(() -> window.documents().startUntitled(Samples.sample()));
    }

    private boolean hasCopy() {
        return RecoveryJournal.in(folders).read(FileKey.of(file)).isPresent();
    }

    /**
     * Tells the window it lost or gained focus, as switching to another program does. Headless Monocle keeps
     * every window focused, so the test sets the window's focus through JavaFX's own internal accessor.
     */
    private static void focus(boolean focused) throws Exception {
        FxRunner.run(() -> com.sun.javafx.stage.WindowHelper.setFocused(window.stage(), focused));
    }

    @Test
    void losingFocusWritesTheCopyAtOnce() throws Exception {
        FxRunner.run(() -> window.session().setText("/basics/name", "Ada L"));
        focus(false);
        assertTrue(window.safetyNet().autosave().awaitIdle(30_000));
        assertTrue(hasCopy(), "written without waiting for typing to pause");
    }

    @Test
    void regainingFocusNoticesAChangeByAnotherProgram() throws Exception {
        focus(false);
        // without the folder watcher, only the focus check can notice
        FxRunner.run(() -> window.safetyNet().guard().close());
        Files.writeString(file, "{\"basics\": {\"name\": \"Changed elsewhere\"}}\n");
        assertEquals("Ada", FxRunner.call(() -> window.session().current().name()));
        focus(true);
        assertEquals("Changed elsewhere", FxRunner.call(() -> window.session().current().name()));
    }

    @Test
    void closingTheWindowRemovesTheCopy() throws Exception {
        MainWindow own = newWindow();
        FxRunner.run(() -> own.documents().load(file));
        FxRunner.run(() -> own.session().setText("/basics/name", "Ada L"));
        FxRunner.run(() -> own.safetyNet().autosave().recordNow());
        assertTrue(own.safetyNet().autosave().awaitIdle(30_000));
        assertTrue(hasCopy());
        Platform.runLater(() -> own.close());
        FxRunner.answer("save-prompt", Dialogs.DONT_SAVE);
        FxRunner.awaitFx("the window to close", () -> !own.stage().isShowing());
        assertFalse(hasCopy(), "\"Don't Save\" means the changes go, copy and all");
    }

    @Test
    void versionsListsEachSaveAndRestoresOneAsAnUndoableEdit() throws Exception {
        MenuItem versions = FxRunner.call(() -> ((MenuBar) window.stage().getScene().lookup("#menu-bar")).getMenus().get(0)
                .getItems().stream().filter(i -> "menu-versions".equals(i.getId())).findFirst().orElseThrow());
        assertFalse(versions.isDisable());
        for (String name : List.of("Ada B", "Ada C")) {
            FxRunner.run(() -> window.session().setText("/basics/name", name));
            assertTrue(FxRunner.call(() -> window.documents().save()));
        }
        List<SavedVersion> kept = VersionHistory.in(folders).list(file);
        assertEquals(List.of("Basics", "Basics", "As the file was before Vitae first saved it"),
                kept.stream().map(SavedVersion::summary).toList());

        Platform.runLater(versions::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRunner.dialog("versions-dialog").isPresent());
        FxRunner.run(() -> {
            @SuppressWarnings("unchecked")
            ListView<SavedVersion> list = (ListView<SavedVersion>) FxRunner.dialogNow("versions-dialog").lookup("#versions-list");
            assertEquals(3, list.getItems().size());
            list.getSelectionModel().select(2);
        });
        FxRunner.answer("versions-dialog", "Restore");

        assertEquals("Ada", FxRunner.call(() -> window.session().current().name()));
        assertTrue(FxRunner.call(() -> window.session().isDirty()), "restored, not saved");
        assertTrue(Files.readString(file).contains("Ada C"), "the file is untouched until the person saves");
        assertEquals("Undo " + VersionsDialog.RESTORE_LABEL, FxRunner.call(() -> window.session().undoLabelProperty().get()));
        FxRunner.run(() -> window.session().undo());
        assertEquals("Ada C", FxRunner.call(() -> window.session().current().name()));
    }

    @Test
    void versionsIsOffOnlyForADocumentWithoutAFile() throws Exception {
        FxRunner.run(() -> window.documents().startUntitled(Samples.sample()));
        MenuItem versions = FxRunner.call(() -> ((MenuBar) window.stage().getScene().lookup("#menu-bar")).getMenus().get(0)
                .getItems().stream().filter(i -> "menu-versions".equals(i.getId())).findFirst().orElseThrow());
        assertTrue(versions.isDisable());
    }
}
