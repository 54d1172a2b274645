package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.FieldCheck;
import dev.vitae.model.FieldKind;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * Ties a text control to the value at one pointer: typing becomes edits (one undo step per field until
 * focus leaves), a new snapshot updates the text without echoing an edit back, and the field's check shows
 * its message inline as the person types.
 */
final class BoundText {

    private final String pointer;
    private final TextInputControl input;
    private boolean refreshing;

    BoundText(EditorSession session, TextInputControl input, String pointer, FieldKind kind, Label message) {
        this.pointer = pointer;
        this.input = input;
        message.getStyleClass().add("field-message");
        message.setId(input.getId() + "-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        input.textProperty().addListener((obs, old, text) -> {
            var problem = FieldCheck.problem(kind, text);
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

    void refresh(Document document) {
        String text = document.text(pointer);
        if (!text.equals(input.getText())) {
            refreshing = true;
            try {
                input.setText(text);
            } finally {
                refreshing = false;
            }
        }
    }
}
