package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;
import dev.vitae.model.FieldKind;
import dev.vitae.model.FieldSpec;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A form generated from catalogue fields: a label column and an editor column, one row per field, each
 * label bound to its control. The same class serves basics, every section's entries, a location and each
 * profile, so a new field is a line in the catalogue, not a new pane.
 */
final class FieldForm implements FieldEditor {

    private final GridPane grid = new GridPane();
    private final List<FieldEditor> editors = new ArrayList<>();

    /**
     * @param pointer  where the object being edited lives, e.g. {@code /work/2}
     * @param relative the same object's path inside its entry, for ids ("" for the entry itself)
     * @param object   the object as it is now; it decides which alias a field is stored under
     */
    FieldForm(EditorSession session, List<FieldSpec> fields, String pointer, String relative, JsonNode object) {
        grid.getStyleClass().add("field-form");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(90);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
        int row = 0;
        for (FieldSpec field : fields) {
            String key = field.keyIn(object);
            String fieldPointer = pointer + "/" + key;
            String fieldRelative = relative + "/" + field.key();
            FieldEditor editor = create(session, field, fieldPointer, fieldRelative, field.valueIn(object).orElse(null));
            Label label = new Label(field.label());
            label.setLabelFor(editor.focusTarget());
            label.setMnemonicParsing(false);
            GridPane.setValignment(label, VPos.TOP);
            label.getStyleClass().add("field-label");
            grid.addRow(row++, label, editor.node());
            editors.add(editor);
        }
    }

    private static FieldEditor create(EditorSession session, FieldSpec field, String pointer, String relative, JsonNode value) {
        String id = FieldIds.of(relative);
        if (value != null && !fits(field.kind(), value)) {
            return new KeptValueEditor(id, field.label(), value);
        }
        return switch (field.kind()) {
            case TEXT, MULTILINE, URL, EMAIL, IMAGE, COUNTRY_CODE -> new TextFieldEditor(session, pointer, id, field.label(), field.kind());
            case DATE -> new DateFieldEditor(session, pointer, id, field.label(), field.key().equals("endDate"));
            case STRING_LIST -> new StringListEditor(session, pointer, id, field.itemNoun());
            case OBJECT -> new FieldForm(session, field.children(), pointer, relative, value);
            case OBJECT_LIST -> new ObjectListEditor(session, field, pointer, relative);
        };
    }

    /** Whether a value has the JSON shape its kind expects; anything else is shown, kept and not edited. */
    static boolean fits(FieldKind kind, JsonNode value) {
        return switch (kind) {
            case STRING_LIST, OBJECT_LIST -> value.isArray();
            case OBJECT -> value.isObject();
            default -> value.isValueNode();
        };
    }

    /**
     * A fingerprint of where each field is stored and whether its editor can edit it; when it changes (an
     * external reload, an undo across a type change) the form must be rebuilt rather than refreshed. A value
     * appearing or disappearing does not change it: the same control shows both.
     */
    static String shapeOf(List<FieldSpec> fields, JsonNode object) {
        return fields.stream()
                .map(f -> f.keyIn(object) + ":" + f.valueIn(object)
                        .filter(v -> !fits(f.kind(), v)).map(v -> v.getNodeType().name()).orElse("ok"))
                .collect(Collectors.joining(","));
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public Node focusTarget() {
        return editors.isEmpty() ? grid : editors.get(0).focusTarget();
    }

    @Override
    public void refresh(Document document) {
        editors.forEach(e -> e.refresh(document));
    }
}
