package dev.vitae.ui;

import javafx.scene.image.Image;

import java.util.List;

/**
 * The pages of one render, as images at {@code dpi}, with the page size in points so the pane can lay them
 * out at any zoom before the next render arrives.
 */
record PreviewPages(List<Image> images, double dpi, double pageWidthPt, double pageHeightPt) {

    PreviewPages {
        images = List.copyOf(images);
    }

    int count() {
        return images.size();
    }
}
