package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.FieldSpec;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields of an entry that JSON Resume does not define (a theme's extras, {@code x_} fields): listed
 * read-only so the person sees that Vitae keeps them, exactly as they are.
 */
final class OtherFieldsView {

    private OtherFieldsView() {
    }

    /** The properties of {@code object} that no field spec names, in file order. */
    static List<String> unknownKeys(List<FieldSpec> fields, JsonNode object) {
        List<String> keys = new ArrayList<>();
        if (object != null && object.isObject()) {
            object.fieldNames().forEachRemaining(k -> {
                if (fields.stream().noneMatch(f -> f.names(k))) {
                    keys.add(k);
                }
            });
        }
        return keys;
    }

    /** A collapsed pane listing the unknown fields, or null when there are none. */
    static TitledPane of(List<FieldSpec> fields, JsonNode object) {
        List<String> keys = unknownKeys(fields, object);
        if (keys.isEmpty()) {
            return null;
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), grow);
        int row = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!keys.contains(e.getKey())) {
                continue;
            }
            Label name = new Label(e.getKey());
            name.setMnemonicParsing(false);
            TextField value = new TextField(e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            value.setEditable(false);
            value.setId("other-" + e.getKey());
            value.setAccessibleText(e.getKey() + " (kept in the file)");
            name.setLabelFor(value);
            grid.addRow(row++, name, value);
        }
        TitledPane pane = new TitledPane("Other fields, kept in the file (" + keys.size() + ")", grid);
        pane.setId("other-fields");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }
}
