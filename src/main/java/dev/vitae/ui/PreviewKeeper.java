package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.Renderer;
import dev.vitae.store.PageSnapshot;
import dev.vitae.store.PageSnapshots;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps the first page the preview shows of a file's own content (not of unsaved edits, which the file would not
 * open as) for the next start to show at once ({@link KeptPreview}, issue 7). At most once per document and
 * resolution, so typing writes nothing; the writing is done on a thread of its own.
 */
final class PreviewKeeper {

    private final Supplier<Renderer> renderer;
    private final PageSnapshots snapshots;
    private final ExecutorService writer = DaemonThreads.single("vitae-keep-preview");
    private Document lastDocument;
    private double lastDpi;

    PreviewKeeper(Supplier<Renderer> renderer, PageSnapshots snapshots) {
        this.renderer = renderer;
        this.snapshots = snapshots;
    }

    /**
     * Called on the FX thread with the pages just shown of {@code document}, which is what the file holds; its
     * bytes have the hash {@code contentSha256}.
     */
    void keep(Document document, Path baseDir, String contentSha256, PreviewPages pages) {
        Image first = pages.image(0);
        if (first == null || (document == lastDocument && pages.dpi() == lastDpi)) {
            return;
        }
        lastDocument = document;
        lastDpi = pages.dpi();
        int w = (int) first.getWidth();
        int h = (int) first.getHeight();
        int[] argb = new int[w * h];
        first.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        PageSnapshot page = new PageSnapshot(pages.count(), pages.dpi(), w, h, argb);
        try {
            writer.execute(() -> snapshots.write(renderer.get().snapshotKey(document, baseDir, contentSha256), page));
        } catch (RejectedExecutionException e) {
            // the window is closing: the page kept last time stays
        }
    }

    /** Lets what is being written finish, for at most {@code limit}; keeps nothing after. */
    void finish(Duration limit) {
        writer.shutdown();
        try {
            writer.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
