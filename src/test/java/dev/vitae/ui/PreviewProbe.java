package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.Renderer;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The editor's preview path without a window, for the benchmark: an {@link EditorSession} whose every new
 * document is sent through the window's {@link PreviewFeed} (one background thread, newest wins) to the real
 * {@link RendererPageSource} and shown in a {@link PreviewPane}. Build and use it on the FX thread.
 */
public final class PreviewProbe implements AutoCloseable {

    private final EditorSession session;
    private final PreviewPane pane = new PreviewPane();
    private final PreviewFeed feed;
    private final Path baseDir;
    private final double dpi;
    private long requests;

    /**
     * @param shown told, on the FX thread after the pane shows it, the number of the request whose pages are
     *              now on screen: 1 for the initial document, then one more per edit
     */
    public PreviewProbe(Supplier<Renderer> renderer, Document initial, Path baseDir, double dpi, LongConsumer shown) {
        this.baseDir = baseDir;
        this.dpi = dpi;
        this.session = new EditorSession(initial);
        this.feed = new PreviewFeed(new RendererPageSource(renderer), pane, outcome -> {
            if (outcome.failed()) {
                throw new IllegalStateException("the preview failed: " + outcome.error());
            }
            shown.accept(outcome.generation());
        });
        session.documentProperty().addListener((obs, old, doc) -> request(doc));
        request(initial);
    }

    private void request(Document document) {
        requests++;
        feed.request(document, baseDir, dpi);
    }

    /** Sets a text field as typing does; returns the number of the preview request it caused. */
    public long type(String pointer, String text) {
        session.setText(pointer, text);
        return requests;
    }

    public Document current() {
        return session.current();
    }

    public int pageCount() {
        return pane.pageCountProperty().get();
    }

    public boolean isBusy() {
        return feed.isBusy();
    }

    @Override
    public void close() {
        feed.close();
    }
}
