package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.store.FileKey;
import dev.vitae.store.FileStamp;
import dev.vitae.store.JsonStyle;
import dev.vitae.store.RecoveryRecorder;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes the open document's recovery copy a moment after typing pauses, when the window loses focus, and
 * at once when it becomes clean (saved, reverted, another file opened), which removes the copy. The snapshot
 * is taken on the FX thread; the writing happens in order on one background thread, so a removal is never
 * overtaken by an older write.
 */
final class RecoveryAutosave implements AutoCloseable {

    static final Duration PAUSE = Duration.seconds(1.5);

    private final EditorSession session;
    private final DocumentController documents;
    private final RecoveryRecorder recorder;
    private final Consumer<String> warn;
    private final PauseTransition pause;
    private final ExecutorService writer = DaemonThreads.single("vitae-recovery");
    private boolean warned;

    /** @param warn tells the person, once, that recovery copies cannot be written (on the FX thread) */
    RecoveryAutosave(EditorSession session, DocumentController documents, RecoveryRecorder recorder, Duration pause,
                     Consumer<String> warn) {
        this.session = session;
        this.documents = documents;
        this.recorder = recorder;
        this.warn = warn;
        this.pause = new PauseTransition(pause);
        this.pause.setOnFinished(e -> recordNow());
        session.documentProperty().addListener((obs, old, doc) -> this.pause.playFromStart());
        session.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                recordNow();
            }
        });
        documents.fileProperty().addListener((obs, old, file) -> recordNow());
    }

    /** Writes (or removes) the copy now, e.g. when the window loses focus. Call on the FX thread. */
    void recordNow() {
        pause.stop();
        if (writer.isShutdown()) {
            return;
        }
        Path file = documents.file();
        FileStamp basedOn = documents.stamp();
        JsonStyle style = documents.style();
        Document document = session.current();
        boolean dirty = session.isDirty();
        writer.execute(() -> {
            try {
                recorder.update(file, basedOn, style, document, dirty);
            } catch (IOException e) {
                Platform.runLater(() -> warnOnce(e));
            }
        });
    }

    /** A restored untitled document carries on in the entry it was restored from. */
    void continueUntitled(FileKey key) {
        if (writer.isShutdown()) {
            return;
        }
        writer.execute(() -> recorder.continueUntitled(key));
    }

    /** The document was closed on purpose (saved, or "Don't Save"): its copy goes. */
    void closed() {
        pause.stop();
        if (writer.isShutdown()) {
            return;
        }
        writer.execute(() -> {
            try {
                recorder.closed();
            } catch (IOException e) {
                // the copy stays; the next start judges it against the file and offers or drops it
            }
        });
    }

    private void warnOnce(IOException e) {
        if (!warned) {
            warned = true;
            warn.accept("Recovery copies cannot be written: " + e.getMessage()
                    + ". Save often; a crash would lose unsaved changes.");
        }
    }

    /** Waits for the writes asked for so far; for tests. */
    boolean awaitIdle(long millis) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        writer.execute(done::countDown);
        return done.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Stops, after the writes already asked for (a removal at close must happen before the program ends). */
    @Override
    public void close() {
        pause.stop();
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
