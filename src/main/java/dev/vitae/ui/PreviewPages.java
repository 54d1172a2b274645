package dev.vitae.ui;

import javafx.scene.image.Image;

import java.util.List;

/**
 * The pages of one render, as images at {@code dpi}, with the page size in points so the pane can lay them
 * out at any zoom before the next render arrives, and what the renderer warned about (a script no font has).
 */
record PreviewPages(List<Image> images, double dpi, double pageWidthPt, double pageHeightPt, List<String> warnings) {

    PreviewPages {
        images = List.copyOf(images);
        warnings = List.copyOf(warnings);
    }

    int count() {
        return images.size();
    }
}
