package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;
import dev.vitae.model.FieldSpec;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The form of one entry (or of basics): the catalogue's fields, then the fields Vitae does not know. It
 * refreshes in place while the entry keeps its shape and rebuilds when the shape changes.
 */
final class EntryEditor {

    private final EditorSession session;
    private final List<FieldSpec> fields;
    private final String pointer;
    private final VBox box = new VBox(12);
    private FieldForm form;
    private String builtShape;

    EntryEditor(EditorSession session, List<FieldSpec> fields, String pointer) {
        this.session = session;
        this.fields = fields;
        this.pointer = pointer;
        box.getStyleClass().add("entry-editor");
    }

    Node node() {
        return box;
    }

    Node focusTarget() {
        return form == null ? box : form.focusTarget();
    }

    String pointer() {
        return pointer;
    }

    void refresh(Document document) {
        JsonNode entry = document.at(pointer);
        String shape = FieldForm.shapeOf(fields, entry) + "|" + OtherFieldsView.unknownKeys(fields, entry).stream()
                .map(k -> k + "=" + entry.get(k).hashCode()).toList();
        if (!shape.equals(builtShape)) {
            form = new FieldForm(session, fields, pointer, "", entry);
            box.getChildren().setAll(form.node());
            TitledPane others = OtherFieldsView.of(fields, entry);
            if (others != null) {
                box.getChildren().add(others);
            }
            builtShape = shape;
        }
        form.refresh(document);
    }
}
