package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.FieldCheck;
import dev.vitae.model.FieldKind;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * A JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) with an inline error for impossible dates. An end date
 * also gets a "Present" switch: present means the file has no end date at all, as the format says.
 */
final class DateFieldEditor implements FieldEditor {

    private final String pointer;
    private final TextField input = new TextField();
    private final ToggleSwitch present;
    private final Label message = new Label();
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
        message.getStyleClass().add("field-message");
        message.setId(id + "-message");
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        HBox row = new HBox(8, input);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(input, Priority.SOMETIMES);
        if (endDate) {
            present = new ToggleSwitch("Present");
            present.setId(id + "-present");
            present.setAccessibleText(label + ": present (no end date)");
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
        input.textProperty().addListener((obs, old, text) -> {
            var problem = FieldCheck.problem(FieldKind.DATE, text);
            message.setText(problem.orElse(""));
            message.setVisible(problem.isPresent());
            Styles.toggle(input, "invalid", problem.isPresent());
            if (!refreshing) {
                session.setText(pointer, text);
            }
        });
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                session.endTyping();
            }
        });
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
        String text = document.text(pointer);
        boolean absent = document.at(pointer).isMissingNode();
        refreshing = true;
        try {
            if (!text.equals(input.getText())) {
                input.setText(text);
            }
            if (present != null) {
                boolean isPresent = absent && !awaitingEndDate;
                present.setSelected(isPresent);
                input.setDisable(isPresent);
                if (!absent) {
                    awaitingEndDate = false;
                }
            }
        } finally {
            refreshing = false;
        }
    }
}
