package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.Renderer;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The editor's preview path without a window, for the benchmark: an {@link EditorSession} whose every new
 * document is sent through the window's {@link PreviewFeed} (one background thread, newest wins) to the real
 * {@link RendererPageSource} and shown in a {@link PreviewPane}. The pane is laid out (not painted) in a scene
 * tall enough to have every page in view, so every edit's page is drawn, as it is for a reader looking at the
 * page they edit. Build and use it on the FX thread.
 */
public final class PreviewProbe implements AutoCloseable {

    /** Room for a hundred pages at the scene's width. */
    private static final double TALL = 100_000;

    private final EditorSession session;
    private final PreviewPane pane = new PreviewPane();
    private final Parent root = (Parent) pane.node();
    private final PreviewFeed feed;
    private final Path baseDir;
    private final double dpi;
    private long requests;

    /**
     * @param shown told, on the FX thread after the pane shows it, the number of the request whose pages are
     *              now on screen, as {@link #type} returned it (a newer number includes every earlier edit)
     */
    public PreviewProbe(Supplier<Renderer> renderer, Document initial, Path baseDir, double dpi, LongConsumer shown) {
        this.baseDir = baseDir;
        this.dpi = dpi;
        this.session = new EditorSession(initial);
        new Scene(root, 600, TALL);
        layOut();
        this.feed = new PreviewFeed(new RendererPageSource(renderer), pane, outcome -> {
            if (outcome.failed()) {
                throw new IllegalStateException("the preview failed: " + outcome.error());
            }
            // as a pulse would: new pages come into view, and the feed asks for them
            layOut();
            shown.accept(outcome.generation());
        });
        session.documentProperty().addListener((obs, old, doc) -> request(doc));
        request(initial);
    }

    private void layOut() {
        root.applyCss();
        root.layout();
    }

    private void request(Document document) {
        requests = feed.request(document, baseDir, dpi);
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
