package dev.vitae.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.util.function.Predicate;

/**
 * The start-up dialog that lists the documents a crash left unsaved, each with its Restore and Discard
 * buttons. Restoring one opens it and closes the dialog (the window holds one document; the rest are offered
 * again at the next start); "Decide Later" keeps them all.
 */
final class RecoveryOfferDialog {

    static final ButtonType LATER = new ButtonType("Decide Later", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final RecoveryOffer offer;
    private final Predicate<RecoveryOffer.Item> restore;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox rows = new VBox(10);

    /** @param restore opens an item; false when the person cancelled, which keeps the dialog open */
    RecoveryOfferDialog(Window owner, RecoveryOffer offer, Predicate<RecoveryOffer.Item> restore) {
        this.offer = offer;
        this.restore = restore;
        dialog.initOwner(owner);
        dialog.setTitle("Vitae");
        dialog.setHeaderText("Vitae closed without saving these changes");
        dialog.getDialogPane().setId("recovery-offer");
        dialog.getDialogPane().getButtonTypes().add(LATER);
        rows.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        scroll.setPrefViewportWidth(560);
        dialog.getDialogPane().setContent(scroll);
        fill();
    }

    void showAndWait() {
        dialog.showAndWait();
    }

    private void fill() {
        rows.getChildren().clear();
        for (int i = 0; i < offer.items().size(); i++) {
            rows.getChildren().add(row(offer.items().get(i), i));
        }
    }

    private HBox row(RecoveryOffer.Item item, int index) {
        Label title = new Label(item.title());
        title.setId("recovery-title-" + index);
        title.setStyle("-fx-font-weight: bold");
        title.setWrapText(true);
        Label changes = new Label(item.changes());
        changes.setId("recovery-changes-" + index);
        changes.setWrapText(true);
        Label when = new Label(item.when());
        VBox text = new VBox(2, title, changes, when);
        if (!item.note().isEmpty()) {
            Label note = new Label(item.note());
            note.setId("recovery-note-" + index);
            note.setWrapText(true);
            note.getStyleClass().add("warning");
            text.getChildren().add(note);
        }
        Button restoreButton = new Button("Restore");
        restoreButton.setId("recovery-restore-" + index);
        restoreButton.setAccessibleText("Restore " + item.title());
        restoreButton.setDefaultButton(index == 0);
        restoreButton.setOnAction(e -> {
            if (restore.test(item)) {
                dialog.setResult(null);
                dialog.close();
            }
        });
        Button discard = new Button("Discard");
        discard.setId("recovery-discard-" + index);
        discard.setAccessibleText("Discard the unsaved changes of " + item.title());
        discard.setOnAction(e -> discard(item));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        VBox buttons = new VBox(6, restoreButton, discard);
        restoreButton.setMaxWidth(Double.MAX_VALUE);
        discard.setMaxWidth(Double.MAX_VALUE);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, text, buttons);
        row.setId("recovery-item-" + index);
        return row;
    }

    private void discard(RecoveryOffer.Item item) {
        try {
            offer.discard(item);
        } catch (IOException e) {
            dialog.setHeaderText("Could not discard: " + e.getMessage());
            return;
        }
        if (offer.isEmpty()) {
            dialog.setResult(null);
            dialog.close();
        } else {
            fill();
        }
    }
}
