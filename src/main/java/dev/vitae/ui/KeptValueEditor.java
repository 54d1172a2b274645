package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A value whose JSON type is not what the field expects (a list given as text, say): shown read-only and
 * kept in the file exactly as it is.
 */
final class KeptValueEditor implements FieldEditor {

    private final TextField view = new TextField();

    KeptValueEditor(String id, String label, JsonNode value) {
        view.setId(id);
        view.setEditable(false);
        view.setText(value.isValueNode() ? value.asText() : value.toString());
        view.setAccessibleText(label + " (kept as it is in the file)");
        view.setTooltip(new Tooltip("Vitae keeps this value as it is: its type is not the one the format expects."));
        view.getStyleClass().add("kept-value");
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public Node focusTarget() {
        return view;
    }

    @Override
    public void refresh(Document document) {
        // read-only; a change of type rebuilds the whole form
    }
}
