package dev.vitae.ui;

import dev.vitae.render.PagePlaces;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One page of the preview: a white sheet as big as the page's image, with the image on it once the page is
 * drawn. The sheet keeps its size without an image, so a page not drawn yet (out of view) takes the same room
 * as a drawn one and the column, its scroll bar and its page boundaries do not move when images come and go.
 */
final class PageSheet {

    private final Region paper = new Region();
    private final ImageView view = new ImageView();
    private final StackPane node = new StackPane(paper, view);
    /** The outline of the part under the mouse; made when first needed. */
    private Region mark;

    /** @param number the page's number, from 1 */
    PageSheet(int number) {
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setId("preview-page-" + number);
        view.setAccessibleText("Page " + number);
        node.getStyleClass().add("preview-page");
        node.setMaxWidth(Region.USE_PREF_SIZE);
    }

    Node node() {
        return node;
    }

    /** Shows the page {@code width} by {@code height} pixels, drawn or not. */
    void size(double width, double height) {
        paper.setMinSize(width, height);
        paper.setPrefSize(width, height);
        paper.setMaxSize(width, height);
        view.setFitWidth(width);
    }

    double width() {
        return view.getFitWidth();
    }

    /** The sheet's height in pixels, as {@link #size} set it. */
    double height() {
        return paper.getPrefHeight();
    }

    /** The page's image, or null to show the empty sheet. */
    void show(Image image) {
        view.setImage(image);
    }

    Image image() {
        return view.getImage();
    }

    /** Outlines {@code place}, a part of this page; null takes the outline away. */
    void mark(PagePlaces.Place place) {
        if (place == null) {
            if (mark != null) {
                mark.setVisible(false);
            }
            return;
        }
        if (mark == null) {
            mark = new Region();
            mark.getStyleClass().add("preview-part");
            mark.setManaged(false);
            mark.setMouseTransparent(true);
            node.getChildren().add(mark);
        }
        double width = width();
        double height = height();
        mark.resizeRelocate(place.left() * width, place.top() * height, (place.right() - place.left()) * width,
                (place.bottom() - place.top()) * height);
        mark.setVisible(true);
    }
}
