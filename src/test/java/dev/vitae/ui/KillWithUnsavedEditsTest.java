package dev.vitae.ui;

import dev.vitae.ChildJvm;
import dev.vitae.model.Document;
import dev.vitae.store.AppFolders;
import dev.vitae.store.AtomicFileWriter;
import dev.vitae.store.FileKey;
import dev.vitae.store.LoadedResume;
import dev.vitae.store.RecoveryJournal;
import dev.vitae.store.ResumeStore;
import dev.vitae.store.VersionHistory;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The app process is killed with unsaved edits (a child JVM that edits through the window's own recovery
 * code, killed by {@code destroyForcibly} at a random moment while it keeps writing copies); on restart the
 * recovery offer lists the document with the sections it changed, and Restore brings the edits back into
 * the real window, unsaved.
 */
class KillWithUnsavedEditsTest {



    private static final int ROUNDS = Integer.getInteger("vitae.killEditRounds", 6);
    private static final int MAX_DELAY_MILLIS = 40;

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
    }

    @Test
    void killedWithUnsavedEditsTheNextStartOffersThemAndRestoresThemIntoTheWindow() throws Exception {
        Path file = Files.writeString(dir.resolve("resume.json"),
                "{\n  \"basics\": {\n    \"name\": \"Ada\"\n  },\n  \"work\": [\n    {\n      \"name\": \"Engines\"\n    }\n  ]\n}\n");
        byte[] fileBefore = Files.readAllBytes(file);
        AppFolders folders = AppFolders.under(dir);
        Document original = new ResumeStore().load(file).document();
        Random random = new Random(Long.getLong("vitae.killSeed", System.nanoTime()));

        Document lastRecovered = null;
        for (int round = 0; round < ROUNDS; round++) {
            int last = -1;
            Path progress = dir.resolve("progress-" + round);
            try (ChildJvm child = ChildJvm.start(EditingChild.class, dir.resolve("child-stderr.txt"), file.toString(),
                    dir.toString(), progress.toString())) {
                child.awaitLine("editing");
                if (child.waitFor(random.nextInt(MAX_DELAY_MILLIS + 1))) {
                    fail("the editor ended by itself: " + Files.readString(dir.resolve("child-stderr.txt")));
                }
                child.kill();
            }
            for (String line : Files.readAllLines(progress)) {
                last = Integer.parseInt(line);
            }

            RecoveryOffer offer = FxRunner.call(() -> new RecoveryOffer(RecoveryJournal.in(folders)));
            assertEquals(1, offer.items().size(), "round " + round + ": one document to recover");
            RecoveryOffer.Item item = offer.items().get(0);
            Document recovered = item.entry().document();
            assertTrue(recovered.equals(EditingChild.edited(original, last)) || recovered.equals(EditingChild.edited(original, last + 1)),
                    "round " + round + ": the copy holds the last edit recorded (" + last + ") or the one after it, not "
                            + recovered.name());
            assertEquals("Unsaved changes in Basics, Work", item.changes());
            assertEquals(file.toAbsolutePath(), item.entry().file());
            assertTrue(java.util.Arrays.equals(fileBefore, Files.readAllBytes(file)), "the person's file is never written");
            lastRecovered = recovered;
            if (round < ROUNDS - 1) {
                FxRunner.run(() -> {
                    try {
                        offer.discard(item);
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                });
            }
        }

        Document expected = lastRecovered;
        MainWindow window = FxRunner.call(() -> {
            AppServices services = new AppServices(folders, AppPreferences.load(folders.config()),
                    new ResumeStore(new AtomicFileWriter(), VersionHistory.in(folders)), WindowFixture.RENDERER, null,
                    new ScriptedPrompts());
            MainWindow w = new MainWindow(new Stage(), services);
            w.start(file, Samples.sample());
            w.show();
            return w;
        });
        try {
            Platform.runLater(() -> window.safetyNet().offerRecovery());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRunner.dialog("recovery-offer").isPresent());
            DialogPane pane = FxRunner.dialog("recovery-offer").orElseThrow();
            assertEquals("Unsaved changes in Basics, Work", FxRunner.call(() -> ((Label) pane.lookup("#recovery-changes-0")).getText()));
            assertTrue(FxRunner.call(() -> ((Label) pane.lookup("#recovery-title-0")).getText()).startsWith("resume.json"));
            FxRunner.run(() -> ((Button) pane.lookup("#recovery-restore-0")).fire());
            WaitForAsyncUtils.waitForFxEvents();

            assertTrue(FxRunner.dialog("recovery-offer").isEmpty(), "the dialog closed");
            assertEquals(expected, FxRunner.call(() -> window.session().current()));
            assertTrue(FxRunner.call(() -> window.session().isDirty()));
            assertTrue(FxRunner.call(() -> window.stage().getTitle()).startsWith("*resume.json"));
            assertEquals(file, FxRunner.call(() -> window.documents().file()));
            FxRunner.run(() -> window.session().undo());
            assertEquals(original, FxRunner.call(() -> window.session().current()), "undo goes back to the file's version");
            FxRunner.run(() -> window.session().redo());

            assertTrue(FxRunner.call(() -> window.documents().save()));
            LoadedResume saved = new ResumeStore().load(file);
            assertEquals(expected, saved.document());
            assertTrue(window.safetyNet().autosave().awaitIdle(30_000));
            assertTrue(RecoveryJournal.in(folders).read(FileKey.of(file)).isEmpty(), "the save removed the copy");
        } finally {
            FxRunner.run(() -> window.stage().close());
        }
    }
}
