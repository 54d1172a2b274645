package dev.vitae.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a form in view: Tab, Enter in a highlight row or a new entry may put the
 * cursor below the fold, and a form that does not follow the cursor makes people type blind.
 */
final class FocusScroller {

    private static final double MARGIN = 24;

    private FocusScroller() {
    }

    static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watch(scene, scroll);
            }
        });
        if (scroll.getScene() != null) {
            watch(scroll.getScene(), scroll);
        }
    }

    private static void watch(Scene scene, ScrollPane scroll) {
        scene.focusOwnerProperty().addListener((obs, old, focused) -> {
            if (focused != null && scroll.getScene() == scene && isInside(focused, scroll.getContent())) {
                reveal(scroll, focused);
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        scroll.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double wantedTop = top;
        if (inContent.getMinY() - MARGIN < top) {
            wantedTop = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > top + viewport) {
            wantedTop = inContent.getMaxY() + MARGIN - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, wantedTop / (contentHeight - viewport))));
    }
}
