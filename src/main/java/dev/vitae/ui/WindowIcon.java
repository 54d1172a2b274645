package dev.vitae.ui;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The app icon on the window, at every size the icon set has. */
final class WindowIcon {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private WindowIcon() {
    }

    /** Puts the icons on {@code stage}, replacing any it had. */
    static void apply(Stage stage) {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = WindowIcon.class.getResourceAsStream("/dev/vitae/icons/vitae-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon we cannot read is a missing icon, nothing more
            }
        }
        stage.getIcons().setAll(icons);
    }
}
