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

    /** The theme the preferences name. */
    static UiTheme chosen(AppPreferences prefs) {
        return byId(prefs.text("uiTheme").orElse("light"));
    }

    /**
     * Makes {@code theme}'s stylesheet the one every control starts from. Called before the first control is made,
     * it also spares JavaFX from loading its own Modena stylesheet, which the first control would otherwise load
     * only for it to be replaced (issue 7: a tenth of the window's start on the FX thread).
     */
    static void useForControls(UiTheme theme) {
        // the binary form of the stylesheet: the same rules, without parsing 170 kB of CSS at start-up
        String stylesheet = theme == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }

    static void apply(Scene scene, UiTheme theme) {
        useForControls(theme);
        scene.getStylesheets().setAll(OWN);
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add("theme-" + theme.id);
    }
}
