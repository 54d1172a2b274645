package dev.vitae.bench;

import dev.vitae.model.Document;
import dev.vitae.store.ResumeStore;
import dev.vitae.ui.WindowProbe;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The child process of the memory figure: the real window with a file open (Monocle, as in the UI tests),
 * then {@value #EDITS} keystrokes typed into twenty fields, 50 each, one every {@value #KEYSTROKE_MS} ms,
 * with the preview rendering all along. Prints {@code ready} once the first preview shows and {@code edited}
 * once the preview has caught up with the last keystroke, then waits to be ended.
 */
public final class EditorSoak {

    static final int EDITS = 1000;
    static final int FIELDS = 20;
    static final long KEYSTROKE_MS = 30;

    private EditorSoak() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Document doc = new ResumeStore().load(file).document();
        Fx.start();
        WindowProbe window = Fx.call(() -> WindowProbe.open(new Stage(), file));
        awaitIdle(window);
        System.out.println("ready " + Fx.call(window::pageCount));
        int perField = EDITS / FIELDS;
        long next = System.nanoTime();
        for (int f = 0; f < FIELDS; f++) {
            String pointer = "/work/" + f + "/highlights/" + (f % 8);
            String original = doc.text(pointer);
            for (int k = 1; k <= perField; k++) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += TimeUnit.MILLISECONDS.toNanos(KEYSTROKE_MS);
                String text = original + " edit".repeat(k).substring(0, k);
                Platform.runLater(() -> window.type(pointer, text));
            }
            Platform.runLater(window::endTyping);
        }
        awaitIdle(window);
        System.out.println("edited");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void awaitIdle(WindowProbe window) throws Exception {
        long limit = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (Fx.call(() -> window.isBusy() || window.pageCount() == 0)) {
            if (System.nanoTime() > limit) {
                throw new IllegalStateException("the preview never caught up");
            }
            Thread.sleep(20);
        }
    }
}
