package dev.vitae.ui;

import dev.vitae.Version;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import java.io.InputStream;

/** Help → About: name, version, what the app promises. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION,
                "An offline editor for JSON Resume files.\n"
                        + "Your résumé stays on your computer: Vitae makes no network connections.\n\n"
                        + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"),
                ButtonType.OK);
        about.initOwner(owner);
        about.setTitle("About Vitae");
        about.setHeaderText("Vitae " + Version.current());
        about.getDialogPane().setId("about-dialog");
        try (InputStream in = AboutDialog.class.getResourceAsStream("/dev/vitae/icons/vitae-64.png")) {
            if (in != null) {
                about.setGraphic(new ImageView(new Image(in)));
            }
        } catch (java.io.IOException e) {
            // no icon, still an About box
        }
        about.showAndWait();
    }
}
