package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.FieldCheck;
import dev.vitae.model.FieldKind;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** One-line or multi-line text, with an inline message when the value is not right for its kind. */
final class TextFieldEditor implements FieldEditor {

    private final String pointer;
    private final FieldKind kind;
    private final TextInputControl input;
    private final Label message = new Label();
    private final VBox box;
    private boolean refreshing;

    TextFieldEditor(EditorSession session, String pointer, String id, String label, FieldKind kind) {
        this.pointer = pointer;
        this.kind = kind;
        this.input = kind == FieldKind.MULTILINE ? multiline() : new javafx.scene.control.TextField();
        input.setId(id);
        input.setAccessibleText(label);
        input.setPromptText(prompt(kind));
        message.getStyleClass().add("field-message");
        message.setId(id + "-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        box = new VBox(2, input, message);
        input.textProperty().addListener((obs, old, text) -> {
            showProblem(text);
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

    private static TextArea multiline() {
        return new FormTextArea(3, 14);
    }

    private static String prompt(FieldKind kind) {
        return switch (kind) {
            case URL -> "https://…";
            case EMAIL -> "name@example.com";
            case IMAGE -> "photo.jpg or https://…";
            default -> "";
        };
    }

    private void showProblem(String text) {
        var problem = FieldCheck.problem(kind, text);
        message.setText(problem.orElse(""));
        message.setVisible(problem.isPresent());
        Styles.toggle(input, "invalid", problem.isPresent());
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
