package dev.vitae.ui;

import dev.vitae.store.ParseError;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** The window's questions and messages, worded for a person and never showing a stack trace. */
final class Dialogs {

    /** The answer to "save your changes?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Window owner;

    Dialogs(Window owner) {
        this.owner = owner;
    }

    SaveChoice askToSave(String documentName) {
        Alert alert = alert(Alert.AlertType.WARNING, "Save changes to " + documentName + "?",
                "Your changes will be lost if you don't save them.", SAVE, DONT_SAVE, CANCEL);
        alert.getDialogPane().setId("save-prompt");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == SAVE ? SaveChoice.SAVE : SaveChoice.DONT_SAVE;
    }

    boolean confirmRevert(String documentName) {
        ButtonType revert = new ButtonType("Revert", ButtonBar.ButtonData.YES);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Revert " + documentName + " to the saved file?",
                "Your unsaved changes are replaced by the file on disk. You can undo this.", revert, CANCEL);
        return alert.showAndWait().filter(b -> b == revert).isPresent();
    }

    /** A file that does not parse: where, why, and the offending line with a caret under the column. */
    void showParseError(ParseError error) {
        String where = error.line() > 0 ? "Line " + error.line() + ", column " + error.column() + ": " : "";
        Alert alert = alert(Alert.AlertType.ERROR, "Cannot open " + name(error.file()),
                where + error.reason() + "\n\nThe file has not been changed.", ButtonType.OK);
        alert.getDialogPane().setId("parse-error");
        if (!error.lineText().isEmpty()) {
            TextArea line = new TextArea(error.lineText() + "\n" + " ".repeat(Math.max(0, error.column() - 1)) + "^");
            line.setEditable(false);
            line.setId("parse-error-line");
            line.setPrefRowCount(2);
            line.getStyleClass().add("code");
            Label label = new Label("Line " + error.line() + " of " + error.file() + ":");
            label.setLabelFor(line);
            alert.getDialogPane().setExpandableContent(new VBox(4, label, line));
            alert.getDialogPane().setExpanded(true);
        }
        alert.showAndWait();
    }

    void showError(String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, header, message, ButtonType.OK);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    /** A save that failed; returns true when the person wants to save elsewhere. */
    boolean offerSaveAs(Path file, String reason) {
        ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.YES);
        Alert alert = alert(Alert.AlertType.ERROR, "Cannot save " + name(file),
                reason + "\n\nYour changes are still open and nothing on disk was half-written.", saveAs, CANCEL);
        alert.getDialogPane().setId("save-error");
        return alert.showAndWait().filter(b -> b == saveAs).isPresent();
    }

    void showInfo(String header, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, header, message, ButtonType.OK);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String content, ButtonType... buttons) {
        return alert(owner, type, header, content, buttons);
    }

    /** An alert the way every Vitae message looks: titled "Vitae", a header that says what, owned by the window. */
    static Alert alert(Window owner, Alert.AlertType type, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Vitae");
        alert.setHeaderText(header);
        alert.setGraphic(icon(type));
        return alert;
    }

    /** The window's own icons: JavaFX's red cross for an error looked like the dialog's close button. */
    private static javafx.scene.Node icon(Alert.AlertType type) {
        String literal = switch (type) {
            case ERROR -> "mdi2a-alert-circle-outline";
            case WARNING -> "mdi2a-alert-outline";
            case CONFIRMATION -> "mdi2h-help-circle-outline";
            default -> "mdi2i-information-outline";
        };
        javafx.scene.Node icon = Icons.of(literal);
        // a dialog's scene has the theme but not the window's stylesheet, and the theme's rule for icons wins
        // over a size or colour set in code: only an inline style says how this one looks
        icon.setStyle(icon.getStyle() + "; -fx-icon-size: 32px; -fx-icon-color: " + switch (type) {
            case ERROR -> "#cf222e";
            case WARNING -> "#bf8700";
            default -> "#0969da";
        } + ";");
        return icon;
    }

    static String name(Path file) {
        return file == null || file.getFileName() == null ? "Untitled" : file.getFileName().toString();
    }
}
