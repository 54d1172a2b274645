package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.Lazy;
import dev.vitae.render.Renderer;
import dev.vitae.store.AppFolders;
import dev.vitae.store.JsonStyle;
import dev.vitae.store.JsonWriter;
import dev.vitae.store.ResumeStore;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A real main window for a test: its own folders, a résumé file on disk, scripted answers to file dialogs,
 * and one renderer shared by every UI test in the run (fonts load once).
 */
final class WindowFixture {

    static final Supplier<Renderer> RENDERER = Lazy.of(Renderer::new);

    /** The stage of the last fixture's window, closed when the next one opens. */
    private static Stage previous;

    final Path dir;
    final Path file;
    /** The stage this fixture's window is on. */
    Stage stage;
    final ScriptedPrompts prompts = new ScriptedPrompts();
    MainWindow window;

    private WindowFixture(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    /** A folder with {@code resume.json} holding {@code document}, written the way Vitae writes. */
    static WindowFixture withFile(Document document) {
        try {
            Path dir = Files.createTempDirectory("vitae-ui-");
            Path file = dir.resolve("resume.json");
            Files.write(file, JsonWriter.write(document, JsonStyle.CANONICAL));
            return new WindowFixture(dir, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder with {@code resume.json} holding {@code json} as it is, laid out as a person wrote it. */
    static WindowFixture withText(String json) {
        try {
            Path dir = Files.createTempDirectory("vitae-ui-");
            Path file = dir.resolve("resume.json");
            Files.writeString(file, json);
            return new WindowFixture(dir, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WindowFixture withSample() {
        return withFile(Samples.sample());
    }

    /**
     * Builds and shows the window on a stage of its own ({@link #stage}); call from a TestFX {@code @Start}
     * method. TestFX hands every test the same primary stage, and a window's listeners on it kept every earlier
     * test's window and page images alive until the run ended (about 20 MB a test); the previous test's own
     * stage is closed instead, and goes with its window.
     */
    MainWindow open(Stage primary, Supplier<Renderer> renderer) {
        return open(primary, renderer, built -> { });
    }

    /** As {@link #open(Stage, Supplier)}, with {@code beforeStart} run on the built window before it opens the file. */
    MainWindow open(Stage primary, Supplier<Renderer> renderer, Consumer<MainWindow> beforeStart) {
        if (previous != null) {
            previous.hide();
        }
        Stage stage = new Stage();
        this.stage = stage;
        previous = stage;
        AppFolders folders = AppFolders.under(dir);
        AppServices services = new AppServices(folders, AppPreferences.load(folders.config()), new ResumeStore(),
                renderer, null, prompts);
        window = new MainWindow(stage, services);
        beforeStart.accept(window);
        window.start(file, Samples.sample());
        window.show();
        return window;
    }

    MainWindow open(Stage primary) {
        return open(primary, RENDERER);
    }

    /** Waits until the preview and validation have caught up with the last edit. */
    void awaitIdle() {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isBusy());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the preview did not finish rendering", e);
        }
    }

    /** A fingerprint of the first preview page's pixels (a page at the top of the preview, where it opens). */
    int previewFingerprint() {
        PreviewPages pages = window.preview().shown();
        if (pages == null || pages.image(0) == null) {
            return 0;
        }
        Image image = pages.image(0);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return 31 * Arrays.hashCode(pixels) + pages.count();
    }

    String fileText() {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document current() {
        return window.session().current();
    }

    /** The document after an action, for asserting that the action can be undone and redone. */
    Document currentAfter(Runnable action) {
        action.run();
        WaitForAsyncUtils.waitForFxEvents();
        return current();
    }
}
