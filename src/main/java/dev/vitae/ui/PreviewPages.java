package dev.vitae.ui;

import dev.vitae.render.PagePlaces;
import javafx.scene.image.Image;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of one render: how many there are, the images of those that were drawn (the pages in view and
 * around them) at {@code dpi}, the size every page's image has at that resolution, so the pane can lay out
 * the pages not drawn at exactly the size of their images and show any zoom before the next render, and what
 * the renderer warned about (a script no font has), and where on the pages each part of the résumé is.
 */
record PreviewPages(int count, Map<Integer, Image> drawn, double dpi, int pageWidthPx, int pageHeightPx,
                    List<String> warnings, PagePlaces places) {

    PreviewPages {
        drawn = Map.copyOf(drawn);
        warnings = List.copyOf(warnings);
    }

    /** Page {@code index}'s image (0-based), or null when it was not drawn. */
    Image image(int index) {
        return drawn.get(index);
    }

    double pageWidthPt() {
        return pageWidthPx * 72.0 / dpi;
    }

    double pageHeightPt() {
        return pageHeightPx * 72.0 / dpi;
    }

    /** The same pages without the images of those outside {@code range}, so that those can be collected. */
    PreviewPages within(PageRange range) {
        Map<Integer, Image> kept = new TreeMap<>(drawn);
        kept.keySet().removeIf(page -> !range.contains(page));
        return kept.size() == drawn.size() ? this : new PreviewPages(count, kept, dpi, pageWidthPx, pageHeightPx, warnings, places);
    }
}
