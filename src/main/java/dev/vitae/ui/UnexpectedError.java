package dev.vitae.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The last line of defence: a bug shows a short message (the document stays open, and the details go to the
 * log), never a stack trace in the person's face.
 */
final class UnexpectedError {

    private UnexpectedError() {
    }

    static void report(Window owner, Throwable error) {
        System.err.println("Vitae: unexpected error");
        error.printStackTrace();
        Runnable show = () -> {
            Alert alert = Dialogs.alert(owner, Alert.AlertType.ERROR, "Unexpected error",
                    "Something went wrong inside Vitae: " + describe(error)
                            + "\n\nYour document is still open. Save it, and please report this.", ButtonType.OK);
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
