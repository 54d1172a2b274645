package dev.vitae.ui;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.vitae.LongCv;
import dev.vitae.model.Edit;
import dev.vitae.store.AppFolders;
import dev.vitae.store.LoadedResume;
import dev.vitae.store.PageSnapshots;
import dev.vitae.store.ResumeStore;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file the window showed before opens with its first page kept from then, before any render (issue 7), and
 * that page is the one a render draws; pages of unsaved edits are never kept, and a file changed since finds
 * nothing.
 */
@ExtendWith(ApplicationExtension.class)
class KeptPreviewTest {

    private final WindowFixture fx = WindowFixture.withFile(LongCv.build(4, 0));
    private final AppFolders folders = AppFolders.under(fx.dir);

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void aFileShownBeforeOpensWithItsKeptFirstPageThenTheRenderedOne(FxRobot robot) throws Exception {
        fx.awaitIdle();
        robot.interact(() -> assertTrue(fx.window.close()));
        LoadedResume read = new ResumeStore().load(fx.file);
        KeptPreview kept = KeptPreview.find(read, WindowFixture.RENDERER.get(), PageSnapshots.in(folders)).orElseThrow();
        PreviewPages fresh = new RendererPageSource(WindowFixture.RENDERER).render(fx.current(), fx.dir, kept.page().dpi(), PageRange.FIRST_PAGE);
        assertArrayEquals(Pixels.argb(fresh.image(0)), kept.page().argb(), "the kept page is the page a render draws");
        assertEquals(fresh.count(), kept.page().pageCount());

        AppPreferences remembered = AppPreferences.load(folders.config());
        MainWindow[] second = new MainWindow[1];
        Stage[] secondStage = new Stage[1];
        List<String> firstFrame = new ArrayList<>();
        robot.interact(() -> {
            secondStage[0] = new Stage();
            second[0] = new MainWindow(secondStage[0], new AppServices(folders, AppPreferences.load(folders.config()),
                    new ResumeStore(), WindowFixture.RENDERER, null, fx.prompts));
            second[0].start(fx.file, Samples.sample(), read, kept);
            PreviewPages shown = second[0].preview().shown();
            assertArrayEquals(kept.page().argb(), Pixels.argb(shown.image(0)), "the kept page is there before the window is");
            assertEquals(kept.page().pageCount(), second[0].preview().pageCountProperty().get());
            assertFalse(second[0].isBusy(), "no render is asked for before the first frame");
            assertEquals(fx.current(), second[0].session().current(), "the file is open, as it was read to find its page");
            assertEquals(fx.file, second[0].documents().fileProperty().get());
            assertFalse(second[0].session().isDirty());
            Scene scene = secondStage[0].getScene();
            NextPulse.afterLayout(scene, () -> {
                firstFrame.add(scene.lookup("#field-name") == null ? "no form" : "form");
                firstFrame.add(Arrays.toString(dividers(scene)));
            });
            second[0].show();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> second[0].previewRendered());
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = secondStage[0].getScene();
        assertEquals("no form", firstFrame.get(0), "the first frame is drawn before the form is built");
        assertTrue(robot.from(scene.getRoot()).lookup("#field-name").tryQuery().isPresent(), "the form follows");
        double[] now = dividers(scene);
        assertEquals(remembered.number("split.left", 0), now[0], 0.002, "the sidebar is where the last window left it");
        assertEquals(remembered.number("split.right", 0), now[1], 0.002);
        assertEquals(Arrays.toString(now), firstFrame.get(1), "and did not move when the form came");
        PreviewPages after = second[0].preview().shown();
        PreviewPages expected = new RendererPageSource(WindowFixture.RENDERER).render(fx.current(), fx.dir, after.dpi(), PageRange.FIRST_PAGE);
        assertArrayEquals(Pixels.argb(expected.image(0)), Pixels.argb(after.image(0)), "then the rendered page");
        robot.interact(() -> second[0].close());
    }

    @Test
    void aFileReadAtStartWithNoKeptPageOpensAsReadAndRendersAtOnce(FxRobot robot) throws Exception {
        fx.awaitIdle();
        robot.interact(() -> assertTrue(fx.window.close()));
        LoadedResume read = new ResumeStore().load(fx.file);
        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new MainWindow(new Stage(), new AppServices(folders, AppPreferences.load(folders.config()),
                    new ResumeStore(), WindowFixture.RENDERER, null, fx.prompts));
            second[0].start(fx.file, Samples.sample(), read, null);
            assertEquals(fx.current(), second[0].session().current(), "the file is open, as it was read at start");
            assertEquals(fx.file, second[0].documents().fileProperty().get());
            assertFalse(second[0].session().isDirty());
            assertTrue(second[0].isBusy(), "with no page to show, the render is asked for at once");
            second[0].show();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> second[0].previewRendered());
        robot.interact(() -> second[0].close());
    }

    @Test
    void unsavedEditsAreNotKeptAndAChangedFileFindsNothing(FxRobot robot) throws Exception {
        fx.awaitIdle();
        robot.interact(() -> fx.window.session().apply(new Edit.SetValue("/basics/name", TextNode.valueOf("Someone Else"))));
        fx.awaitIdle();
        Path previews = folders.cache().resolve("previews");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isDirectory(previews) && count(previews) > 0);
        // what the file holds is kept; the edited name would draw another page, which is nowhere
        KeptPreview kept = KeptPreview.find(new ResumeStore().load(fx.file), WindowFixture.RENDERER.get(), PageSnapshots.in(folders)).orElseThrow();
        assertEquals(1, count(previews), "one page, the file's own, whatever the resolutions the pane asked for since");
        PreviewPages edited = new RendererPageSource(WindowFixture.RENDERER).render(fx.current(), fx.dir, kept.page().dpi(), PageRange.FIRST_PAGE);
        assertFalse(Arrays.equals(Pixels.argb(edited.image(0)), kept.page().argb()), "the edit's page is not the kept one");

        Files.writeString(fx.file, fx.fileText().replace("\"name\"", "\"name\" ").replaceFirst("\\{", "{ "));
        assertTrue(KeptPreview.find(new ResumeStore().load(fx.file), WindowFixture.RENDERER.get(), PageSnapshots.in(folders)).isEmpty(),
                "a file whose bytes changed finds nothing, even when it means the same");
    }

    private static double[] dividers(Scene scene) {
        return ((SplitPane) scene.lookup("#main-split")).getDividerPositions();
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".page")).count();
        }
    }
}
