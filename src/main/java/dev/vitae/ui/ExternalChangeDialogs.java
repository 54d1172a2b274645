package dev.vitae.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;

/** {@link ExternalChangeGuard}'s questions as dialogs over the window. */
final class ExternalChangeDialogs implements ExternalChangeGuard.Prompts {

    static final ButtonType RELOAD = new ButtonType("Reload", ButtonBar.ButtonData.OTHER);
    static final ButtonType KEEP_MINE = new ButtonType("Keep Mine", ButtonBar.ButtonData.NO);
    static final ButtonType SAVE_AS = new ButtonType("Save As…", ButtonBar.ButtonData.YES);

    private final Window owner;

    ExternalChangeDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Choice askAboutChange(String name, boolean beforeSave) {
        String keep = beforeSave ? "Keep Mine saves your version over theirs. " : "Keep Mine keeps your version; saving it replaces theirs. ";
        Alert alert = alert(Alert.AlertType.WARNING, name + " was changed by another program",
                "You have unsaved changes, and the file on disk has changed too.\n\n"
                        + "Reload shows the file's new content (Undo brings your edits back). " + keep
                        + "Save As… keeps both: yours goes to a new file.", RELOAD, KEEP_MINE, SAVE_AS);
        alert.getDialogPane().setId("external-change");
        ButtonType answer = alert.showAndWait().orElse(KEEP_MINE);
        return answer == RELOAD ? Choice.RELOAD : answer == SAVE_AS ? Choice.SAVE_AS : Choice.KEEP_MINE;
    }

    @Override
    public void tellGone(String name, Path file, Path movedTo) {
        String what = movedTo != null
                ? name + " was renamed or moved to " + movedTo + "."
                : name + " was deleted or moved by another program.";
        Alert alert = alert(Alert.AlertType.WARNING, name + " is no longer at " + file,
                what + "\n\nThe document stays open here. Save writes it again at " + file
                        + "; Save As… puts it somewhere else.", ButtonType.OK);
        alert.getDialogPane().setId("file-gone");
        alert.showAndWait();
    }

    @Override
    public void tellUnreadable(String name, String reason) {
        Alert alert = alert(Alert.AlertType.WARNING, name + " was changed on disk and cannot be opened",
                reason + "\n\nYour version stays open; saving replaces the file on disk with it.", ButtonType.OK);
        alert.getDialogPane().setId("file-unreadable");
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String content, ButtonType... buttons) {
        return Dialogs.alert(owner, type, header, content, buttons);
    }
}
