package dev.vitae.ui;

import javafx.scene.Node;

/** Adds or removes a CSS style class, the one bit of styling logic views share. */
final class Styles {

    private Styles() {
    }

    static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
