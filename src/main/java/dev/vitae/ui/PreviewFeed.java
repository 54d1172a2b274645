package dev.vitae.ui;

import dev.vitae.model.Document;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Keeps the preview pane in step with the document, as the editor does it: every request renders off the FX
 * thread through the {@link PageSource}, a newer request supersedes one still waiting, and the newest result
 * is shown in the pane. The window and the benchmark both drive the preview through this one path.
 */
final class PreviewFeed implements AutoCloseable {

    private final LatestWins<PreviewPages> renders = new LatestWins<>("vitae-preview");
    private final PageSource source;
    private final PreviewPane pane;
    private final Consumer<LatestWins.Outcome<PreviewPages>> shown;

    /** @param shown runs on the FX thread after the pane has shown an outcome (pages or an error) */
    PreviewFeed(PageSource source, PreviewPane pane, Consumer<LatestWins.Outcome<PreviewPages>> shown) {
        this.source = source;
        this.pane = pane;
        this.shown = shown;
    }

    /** Asks for pages of {@code document} at {@code dpi}; returns at once. Call on the FX thread. */
    void request(Document document, Path baseDir, double dpi) {
        renders.submit(() -> source.render(document, baseDir, dpi), outcome -> {
            pane.show(outcome);
            shown.accept(outcome);
        });
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
