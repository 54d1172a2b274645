package dev.vitae.ui;

import dev.vitae.model.Document;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Keeps the preview pane in step with the document and with what the reader scrolls to, as the editor does
 * it: every request renders off the FX thread through the {@link PageSource}, a newer request supersedes one
 * still waiting, and the newest result is shown in the pane. When other pages come into view the newest
 * document is asked for again with them, through the same worker, so a scroll never waits for a render nor
 * overtakes an edit. The window and the benchmark both drive the preview through this one path.
 */
final class PreviewFeed implements AutoCloseable {

    /** What the pane was last asked to show, asked for again when the pages in view change. */
    private record Request(Document document, Path baseDir, double dpi) {
    }

    private final LatestWins<PreviewPages> renders = new LatestWins<>("vitae-preview");
    private final PageSource source;
    private final PreviewPane pane;
    private final Consumer<LatestWins.Outcome<PreviewPages>> shown;
    private Request last;
    private Document shownDocument;

    /** @param shown runs on the FX thread after the pane has shown an outcome (pages or an error) */
    PreviewFeed(PageSource source, PreviewPane pane, Consumer<LatestWins.Outcome<PreviewPages>> shown) {
        this.source = source;
        this.pane = pane;
        this.shown = shown;
        pane.drawnPagesProperty().addListener((obs, old, range) -> {
            if (last != null) {
                submit(last);
            }
        });
    }

    /**
     * Asks for pages of {@code document} at {@code dpi}; returns at once with the request's generation, which
     * the outcome shown for it carries. Call on the FX thread.
     */
    long request(Document document, Path baseDir, double dpi) {
        last = new Request(document, baseDir, dpi);
        return submit(last);
    }

    private long submit(Request request) {
        PageRange range = pane.drawnPagesProperty().get();
        return renders.submit(() -> source.render(request.document(), request.baseDir(), request.dpi(), range), outcome -> {
            pane.show(outcome);
            if (!outcome.failed()) {
                shownDocument = request.document();
            }
            shown.accept(outcome);
        });
    }

    /** The document whose pages the pane shows, or null before the first render. On the FX thread. */
    Document shownDocument() {
        return shownDocument;
    }

    /** Whether a render is waiting or running. */
    boolean isBusy() {
        return renders.isBusy();
    }

    @Override
    public void close() {
        renders.close();
    }
}
