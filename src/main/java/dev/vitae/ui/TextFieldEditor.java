package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.FieldKind;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** One-line or multi-line text, with an inline message when the value is not right for its kind. */
final class TextFieldEditor implements FieldEditor {

    private final TextInputControl input;
    private final BoundText binding;
    private final VBox box;

    TextFieldEditor(EditorSession session, String pointer, String id, String label, FieldKind kind) {
        input = kind == FieldKind.MULTILINE ? new FormTextArea(3, 14) : new TextField();
        input.setId(id);
        input.setAccessibleText(label);
        input.setPromptText(prompt(kind));
        Label message = new Label();
        binding = new BoundText(session, input, pointer, kind, message);
        box = new VBox(2, input, message);
    }

    private static String prompt(FieldKind kind) {
        return switch (kind) {
            case URL -> "https://…";
            case EMAIL -> "name@example.com";
            case IMAGE -> "photo.jpg or https://…";
            case COUNTRY_CODE -> "US, DE, IN…";
            default -> "";
        };
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
    }
}
