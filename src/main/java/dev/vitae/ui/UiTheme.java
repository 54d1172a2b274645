package dev.vitae.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Arrays;
import java.util.Objects;

/** The window's look: AtlantaFX Primer, light or dark, plus Vitae's own stylesheet on top. */
enum UiTheme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark");

    private static final String OWN = Objects.requireNonNull(
            UiTheme.class.getResource("/dev/vitae/ui/vitae.css")).toExternalForm();

    final String id;
    final String label;

    UiTheme(String id, String label) {
        this.id = id;
        this.label = label;
    }

    static UiTheme byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(LIGHT);
    }

    static void apply(Scene scene, UiTheme theme) {
        // the binary form of the stylesheet: the same rules, without parsing 170 kB of CSS at start-up
        Application.setUserAgentStylesheet(theme == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        scene.getStylesheets().setAll(OWN);
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add("theme-" + theme.id);
    }
}
