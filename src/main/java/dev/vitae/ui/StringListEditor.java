package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings (highlights, courses, keywords) as rows. Keyboard first: Enter adds the next row,
 * Backspace in an empty row removes it, Alt+Up and Alt+Down move a row.
 */
final class StringListEditor implements FieldEditor {

    private final EditorSession session;
    private final String pointer;
    private final String id;
    private final String noun;
    private final VBox rows = new VBox(4);
    private final Button add;
    private final VBox box;
    private final List<TextInputControl> fields = new ArrayList<>();
    /** Set from adding an item until the new item's field has the focus. */
    private boolean keepStepOpen;
    private int builtSize = -1;
    private int focusAfterRebuild = -1;
    private boolean refreshing;

    /** @param noun what one item is called, lower case: "highlight" */
    StringListEditor(EditorSession session, String pointer, String id, String noun) {
        this.session = session;
        this.pointer = pointer;
        this.id = id;
        this.noun = noun;
        add = Icons.labelled(id + "-add", "mdi2p-plus", "Add " + noun);
        add.setOnAction(e -> insert(fields.size()));
        box = new VBox(4, rows, add);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return fields.isEmpty() ? add : fields.get(0);
    }

    @Override
    public void refresh(Document document) {
        JsonNode list = document.at(pointer);
        int size = list.isArray() ? list.size() : 0;
        if (size != builtSize) {
            rebuild(list, size);
        }
        refreshing = true;
        try {
            for (int i = 0; i < size; i++) {
                JsonNode item = list.get(i);
                String text = item.isValueNode() ? item.asText() : item.toString();
                if (!text.equals(fields.get(i).getText())) {
                    fields.get(i).setText(text);
                }
            }
        } finally {
            refreshing = false;
        }
        if (focusAfterRebuild >= 0 && focusAfterRebuild < fields.size()) {
            TextInputControl target = fields.get(focusAfterRebuild);
            focusAfterRebuild = -1;
            Platform.runLater(() -> {
                target.requestFocus();
                target.end();
            });
        }
    }

    private void rebuild(JsonNode list, int size) {
        rows.getChildren().clear();
        fields.clear();
        for (int i = 0; i < size; i++) {
            rows.getChildren().add(row(i, size, list.get(i).isValueNode()));
        }
        builtSize = size;
    }

    private HBox row(int index, int size, boolean editable) {
        String itemPointer = pointer + "/" + index;
        TextInputControl field = new FormTextArea(1, 8);
        field.setId(id + "-" + index);
        field.setAccessibleText(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + (index + 1));
        field.setEditable(editable);
        fields.add(field);
        field.textProperty().addListener((obs, old, text) -> {
            if (!refreshing && editable) {
                session.apply(new Edit.SetValue(itemPointer, TextNode.valueOf(text)));
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                keepStepOpen = false;
            } else if (!keepStepOpen) {
                session.endTyping();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(e, index, field));
        Button up = Icons.rowButton(id + "-" + index + "-up", "mdi2a-arrow-up", "Move " + noun + " up");
        up.setDisable(index == 0);
        up.setOnAction(e -> move(index, index - 1));
        Button down = Icons.rowButton(id + "-" + index + "-down", "mdi2a-arrow-down", "Move " + noun + " down");
        down.setDisable(index == size - 1);
        down.setOnAction(e -> move(index, index + 1));
        Button remove = Icons.rowButton(id + "-" + index + "-remove", "mdi2c-close", "Remove " + noun);
        remove.setOnAction(e -> remove(index, Math.min(index, size - 2)));
        HBox row = new HBox(2, field, up, down, remove);
        row.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    private void onKey(KeyEvent e, int index, TextInputControl field) {
        int to = index + MoveKeys.step(e);
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            insert(index + 1);
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty()) {
            remove(index, Math.max(0, index - 1));
            e.consume();
        } else if (to != index && to >= 0 && to < fields.size()) {
            move(index, to);
            e.consume();
        }
    }

    private void insert(int index) {
        session.endTyping();
        focusAfterRebuild = index;
        // the new item and what is typed into it are one undo step: moving the focus to it must not end that step
        keepStepOpen = true;
        session.apply(new Edit.InsertItem(pointer, index, TextNode.valueOf("")));
    }

    private void remove(int index, int focusIndex) {
        session.endTyping();
        focusAfterRebuild = focusIndex;
        session.apply(new Edit.RemoveItem(pointer, index));
    }

    private void move(int from, int to) {
        session.endTyping();
        focusAfterRebuild = to;
        session.apply(new Edit.MoveItem(pointer, from, to));
    }
}
