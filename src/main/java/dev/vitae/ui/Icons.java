package dev.vitae.ui;

import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;

/** Vector icons (Material Design, through Ikonli), crisp at any display scale, and the buttons that wear them. */
final class Icons {

    private Icons() {
    }

    static FontIcon of(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** A flat icon-only button; {@code text} is its tooltip and what a screen reader says. */
    static Button button(String id, String icon, String text) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(of(icon));
        HoverTip.set(b, text);
        b.setAccessibleText(text);
        b.getStyleClass().add("flat");
        return b;
    }

    /** A flat button with an icon and a label, such as "+ Add highlight". */
    static Button labelled(String id, String icon, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setGraphic(of(icon));
        b.setAccessibleText(text);
        b.getStyleClass().add("flat");
        return b;
    }

    /** A small button beside or above the fields it acts on (move, remove). */
    static Button smallButton(String id, String icon, String text) {
        Button b = button(id, icon, text);
        b.getStyleClass().add("row-button");
        return b;
    }

    /**
     * A small button on a row of a one-line list (move, remove) that Tab skips, so Tab goes from field to field;
     * the keyboard does the same with Alt+arrows and Backspace in the row.
     */
    static Button rowButton(String id, String icon, String text) {
        Button b = smallButton(id, icon, text);
        b.setFocusTraversable(false);
        return b;
    }
}
