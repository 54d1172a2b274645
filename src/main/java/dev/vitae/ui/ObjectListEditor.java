package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.FieldSpec;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** A list of small objects (profiles): one generated form per item, with add, move and remove. */
final class ObjectListEditor implements FieldEditor {

    private final EditorSession session;
    private final FieldSpec field;
    private final String pointer;
    private final String relative;
    private final String id;
    private final VBox items = new VBox(8);
    private final Button add;
    private final VBox box;
    private final List<FieldForm> forms = new ArrayList<>();
    private String builtShape;

    ObjectListEditor(EditorSession session, FieldSpec field, String pointer, String relative) {
        this.session = session;
        this.field = field;
        this.pointer = pointer;
        this.relative = relative;
        this.id = FieldIds.of(relative);
        String noun = field.itemNoun();
        add = Icons.labelled(id + "-add", "mdi2p-plus", "Add " + noun);
        add.setOnAction(e -> {
            int size = session.current().at(pointer).size();
            apply(new Edit.InsertItem(pointer, size, JsonNodeFactory.instance.objectNode()));
            // the new item's first field, as "Add highlight" puts the cursor in the new line
            focusItem(size);
        });
        box = new VBox(6, items, add);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return forms.isEmpty() ? add : forms.get(0).focusTarget();
    }

    @Override
    public void refresh(Document document) {
        JsonNode list = document.at(pointer);
        String shape = shape(list);
        if (!shape.equals(builtShape)) {
            rebuild(list);
            builtShape = shape;
        }
        forms.forEach(f -> f.refresh(document));
    }

    private String shape(JsonNode list) {
        StringBuilder s = new StringBuilder();
        if (list.isArray()) {
            list.forEach(item -> s.append('[').append(FieldForm.shapeOf(field.children(), item)).append(']'));
        }
        return s.toString();
    }

    private void rebuild(JsonNode list) {
        items.getChildren().clear();
        forms.clear();
        int size = list.isArray() ? list.size() : 0;
        for (int i = 0; i < size; i++) {
            FieldForm form = new FieldForm(session, field.children(), pointer + "/" + i, relative + "/" + i, list.get(i));
            forms.add(form);
            VBox item = new VBox(4, header(i, size), form.node());
            item.getStyleClass().add("object-list-item");
            int index = i;
            // a handler, not a filter: a string list inside the item moves its own rows with the same keys first
            item.addEventHandler(KeyEvent.KEY_PRESSED, e -> moveWithKeys(e, index, size));
            items.getChildren().add(item);
        }
    }

    private HBox header(int index, int size) {
        String name = field.itemNoun() + " " + (index + 1);
        Label title = new Label(capitalized(name));
        title.getStyleClass().add("object-list-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Tab stops on these, unlike a one-line list's row buttons: an item has no empty row for Backspace to remove
        Button up = Icons.smallButton(id + "-" + index + "-up", "mdi2a-arrow-up", "Move " + name + " up");
        up.setDisable(index == 0);
        up.setOnAction(e -> apply(new Edit.MoveItem(pointer, index, index - 1)));
        Button down = Icons.smallButton(id + "-" + index + "-down", "mdi2a-arrow-down", "Move " + name + " down");
        down.setDisable(index == size - 1);
        down.setOnAction(e -> apply(new Edit.MoveItem(pointer, index, index + 1)));
        Button remove = Icons.smallButton(id + "-" + index + "-remove", "mdi2d-delete-outline", "Remove " + name);
        remove.setOnAction(e -> {
            apply(new Edit.RemoveItem(pointer, index));
            // the button is gone with its item: the cursor goes to the item that took its place
            focusItem(index);
        });
        HBox header = new HBox(2, title, spacer, up, down, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** Alt+Up and Alt+Down in an item's fields move the item, and the cursor stays in the field it was in. */
    private void moveWithKeys(KeyEvent e, int index, int size) {
        int step = MoveKeys.step(e);
        if (step == 0) {
            return;
        }
        e.consume();
        int to = index + step;
        if (to < 0 || to >= size) {
            return;
        }
        Node focused = items.getScene() == null ? null : items.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        apply(new Edit.MoveItem(pointer, index, to));
        String from = id + "-" + index + "-";
        if (focusedId != null && focusedId.startsWith(from)) {
            Node same = items.lookup("#" + id + "-" + to + "-" + focusedId.substring(from.length()));
            if (same != null) {
                same.requestFocus();
            }
        }
    }

    private void focusItem(int index) {
        if (forms.isEmpty()) {
            add.requestFocus();
        } else {
            forms.get(Math.min(index, forms.size() - 1)).focusTarget().requestFocus();
        }
    }

    private void apply(Edit edit) {
        session.endTyping();
        session.apply(edit);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
