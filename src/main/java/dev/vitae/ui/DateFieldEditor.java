package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.FieldKind;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * A JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) with an inline error for impossible dates. An end date
 * also gets a "Present" switch: present means the file has no end date at all, as the format says.
 */
final class DateFieldEditor implements FieldEditor {

    private final String pointer;
    private final TextField input = new TextField();
    private final BoundText binding;
    private final ToggleSwitch present;
    private final VBox box;
    private boolean refreshing;
    /** The person switched "Present" off but has not typed an end date yet. */
    private boolean awaitingEndDate;

    DateFieldEditor(EditorSession session, String pointer, String id, String label, boolean endDate) {
        this.pointer = pointer;
        input.setId(id);
        input.setAccessibleText(label + " (YYYY-MM)");
        input.setPromptText("YYYY-MM");
        input.setPrefColumnCount(10);
        Label message = new Label();
        binding = new BoundText(session, input, pointer, FieldKind.DATE, message);
        HBox row = new HBox(8, input);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(input, Priority.SOMETIMES);
        if (endDate) {
            present = new ToggleSwitch("Present");
            present.setId(id + "-present");
            present.setAccessibleText(label + ": present (no end date)");
            // in a narrow window the date field gives up room, not the switch (its label ran into the track)
            present.setMinWidth(Region.USE_PREF_SIZE);
            present.selectedProperty().addListener((obs, was, now) -> {
                if (refreshing) {
                    return;
                }
                input.setDisable(now);
                if (now) {
                    awaitingEndDate = false;
                    session.endTyping();
                    session.apply(Edit.SetValue.remove(pointer));
                } else {
                    awaitingEndDate = true;
                    input.requestFocus();
                }
            });
            row.getChildren().add(present);
        } else {
            present = null;
        }
        box = new VBox(2, row, message);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return input;
    }

    @Override
    public void refresh(Document document) {
        binding.refresh(document);
        if (present == null) {
            return;
        }
        boolean absent = document.at(pointer).isMissingNode();
        if (!absent) {
            awaitingEndDate = false;
        }
        boolean isPresent = absent && !awaitingEndDate;
        refreshing = true;
        try {
            present.setSelected(isPresent);
            input.setDisable(isPresent);
        } finally {
            refreshing = false;
        }
    }
}
