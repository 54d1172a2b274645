package dev.vitae.ui;

import org.kordamp.ikonli.javafx.FontIcon;

/** Vector icons (Material Design, through Ikonli), crisp at any display scale. */
final class Icons {

    private Icons() {
    }

    static FontIcon of(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
