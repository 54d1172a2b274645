package dev.vitae.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work for the next frame of a scene: runs once, on the FX thread, when the next pulse has laid the scene out. */
final class NextPulse {

    private NextPulse() {
    }

    /** Runs {@code action} once the next pulse has laid out {@code scene}, and asks for that pulse. */
    static void afterLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Runs {@code action} after the pulse that draws the scene as it is now, so that it does not delay that frame. */
    static void afterFrame(Scene scene, Runnable action) {
        afterLayout(scene, () -> Platform.runLater(action));
    }
}
