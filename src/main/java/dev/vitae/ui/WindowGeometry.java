package dev.vitae.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Window size, position and split positions, remembered between runs and kept on a visible screen. */
final class WindowGeometry {

    private WindowGeometry() {
    }

    static void restore(Stage stage, SplitPane split, AppPreferences prefs) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(prefs.number("window.width", 1440), screen.getWidth());
        double height = Math.min(prefs.number("window.height", 900), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        double x = prefs.number("window.x", Double.NaN);
        double y = prefs.number("window.y", Double.NaN);
        boolean onScreen = !Screen.getScreensForRectangle(x, y, Math.max(1, width / 4), 40).isEmpty();
        if (!Double.isNaN(x) && !Double.isNaN(y) && onScreen) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.flag("window.maximized", false));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        double left = prefs.number("split.left", 0.17);
        double right = prefs.number("split.right", 0.56);
        split.setDividerPositions(left, right);
        // Showing the window lays the scene out at its preferred width first, and the sidebar keeps its width in
        // pixels when the window then takes its own: the dividers moved by up to 0.02 each start, and what the
        // window first showed depended on what it held. Set again at the window's width, before the first frame.
        NextPulse.afterLayout(stage.getScene(), () -> {
            split.setDividerPositions(left, right);
            split.layout();
        });
    }

    static void remember(Stage stage, SplitPane split, AppPreferences prefs) {
        prefs.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.put("window.x", stage.getX());
            prefs.put("window.y", stage.getY());
            prefs.put("window.width", stage.getWidth());
            prefs.put("window.height", stage.getHeight());
        }
        double[] dividers = split.getDividerPositions();
        if (dividers.length == 2) {
            prefs.put("split.left", dividers[0]);
            prefs.put("split.right", dividers[1]);
        }
    }
}
