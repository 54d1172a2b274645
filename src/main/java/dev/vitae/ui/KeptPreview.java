package dev.vitae.ui;

import dev.vitae.render.PagePlaces;
import dev.vitae.render.Renderer;
import dev.vitae.store.LoadedResume;
import dev.vitae.store.PageSnapshot;
import dev.vitae.store.PageSnapshots;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first page of a file as the window last showed it, found while JavaFX starts (issue 7): the window shows
 * it in its first frame and asks for the real render after that frame, so that the render does not compete with
 * building the window for the two cores. The real pages replace it a moment later, pixel for pixel the same when
 * nothing changed, since the page was kept under a key naming everything it was drawn from.
 */
record KeptPreview(PageSnapshot page) {

    /** The kept first page of the file {@code loaded} was read from; empty when there is none. Off the FX thread. */
    static Optional<KeptPreview> find(LoadedResume loaded, Renderer renderer, PageSnapshots snapshots) {
        Path baseDir = loaded.file().toAbsolutePath().getParent();
        return snapshots.read(renderer.snapshotKey(loaded.document(), baseDir, loaded.stamp().sha256())).map(KeptPreview::new);
    }

    /** The page as the pane shows pages: the first drawn, the others sheets of its size. On the FX thread. */
    PreviewPages pages() {
        return new PreviewPages(page.pageCount(), Map.of(0, RendererPageSource.opaqueImage(page.argb(), page.width(), page.height())),
                page.dpi(), page.width(), page.height(), List.of(), PagePlaces.NONE);
    }
}
