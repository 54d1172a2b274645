package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.store.ParseError;
import dev.vitae.store.SavedVersion;
import dev.vitae.store.VersionHistory;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * File → Versions…: the file's last saved versions with their time and what changed, newest first. Restoring
 * one replaces the document as a single undoable edit; nothing is written until the person saves.
 */
final class VersionsDialog {

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final String RESTORE_LABEL = "Restore Version";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private VersionsDialog() {
    }

    /** Replaces the document with a kept version, as one undoable step. */
    static void restore(EditorSession session, VersionHistory history, SavedVersion version) throws ParseError {
        Document restored = history.restore(version);
        session.endTyping();
        session.apply(new Edit.ReplaceAll(restored, RESTORE_LABEL));
    }

    /** How a version is listed: "12 Mar 2026, 10:42:07 — Work, Skills". */
    static String describe(SavedVersion version) {
        String when = WHEN.format(version.time().atZone(ZoneId.systemDefault()));
        return version.summary().isEmpty() ? when : when + " — " + version.summary();
    }

    /** Shows the dialog and restores the chosen version. */
    static void show(Window owner, Path file, VersionHistory history, EditorSession session, Dialogs dialogs) {
        if (file == null) {
            dialogs.showInfo("No saved versions yet", "Versions are kept each time the document is saved to a file.");
            return;
        }
        List<SavedVersion> versions = history.list(file);
        if (versions.isEmpty()) {
            dialogs.showInfo("No saved versions of " + Dialogs.name(file) + " yet",
                    "Vitae keeps the last " + VersionHistory.DEFAULT_KEEP + " versions each time you save.");
            return;
        }
        choose(owner, file, versions).ifPresent(version -> {
            try {
                restore(session, history, version);
            } catch (ParseError e) {
                dialogs.showParseError(e);
            }
        });
    }

    private static Optional<SavedVersion> choose(Window owner, Path file, List<SavedVersion> versions) {
        ListView<SavedVersion> list = new ListView<>();
        list.setId("versions-list");
        list.getItems().setAll(versions);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SavedVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefSize(520, 280);
        Label label = new Label("Saved versions of " + file + ", newest first:");
        label.setLabelFor(list);
        label.setWrapText(true);

        Dialog<SavedVersion> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Vitae");
        dialog.setHeaderText("Versions of " + Dialogs.name(file));
        dialog.getDialogPane().setId("versions-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(RESTORE, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(RESTORE).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(new VBox(6, label, list));
        dialog.setResultConverter(b -> b == RESTORE ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }
}
