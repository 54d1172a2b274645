package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.OutputSettings;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The left column: basics, every list section in output order, then the output settings. Sections can be
 * dragged (or moved with Alt+Up/Down) into a new order, hidden with their eye, and renamed in place.
 */
final class SectionList {

    /** The pseudo-section that shows the output settings. */
    static final String SETTINGS = "settings";

    private final EditorSession session;
    private final Function<Document, List<String>> order;
    private final ListView<String> list = new ListView<>();

    /** @param order the sections in output order for a document (the file's order, else the theme's) */
    SectionList(EditorSession session, Function<Document, List<String>> order, Consumer<String> onSelect) {
        this.session = session;
        this.order = order;
        list.setId("section-list");
        list.setAccessibleText("Sections");
        list.setCellFactory(l -> new SectionCell(session, this));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, key) -> {
            if (key != null) {
                onSelect.accept(key);
            }
        });
        EyeButton.hideWithSpace(list, session, () -> isListSection(selected()) ? "/" + selected() : null);
        list.setOnKeyPressed(e -> {
            String key = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.F2 && key != null) {
                renameInPlace(key);
                e.consume();
                return;
            }
            if (MoveKeys.step(e) != 0 && key != null) {
                List<String> keys = order.apply(session.current());
                int from = keys.indexOf(key);
                int to = from + MoveKeys.step(e);
                if (from >= 0 && to >= 0 && to < keys.size()) {
                    move(key, keys.get(to));
                }
                e.consume();
            }
        });
        refresh(session.current());
    }

    ListView<String> view() {
        return list;
    }

    /** Selects the row of {@code key}; false, selecting nothing, when the list has no such row. */
    boolean select(String key) {
        if (!list.getItems().contains(key)) {
            return false; // a list selects an item it does not hold, and the window has no form for it
        }
        list.getSelectionModel().select(key);
        return true;
    }

    String selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    void refresh(Document document) {
        List<String> keys = new ArrayList<>();
        keys.add(SectionCatalogue.BASICS.key());
        keys.addAll(order.apply(document));
        keys.add(SETTINGS);
        if (!keys.equals(list.getItems())) {
            String selected = selected();
            list.getItems().setAll(keys);
            if (selected != null) {
                list.getSelectionModel().select(selected);
            }
        } else {
            list.refresh();
        }
    }

    /** Opens the heading of a section for editing, as double-click does (F2, the usual rename key). */
    void renameInPlace(String key) {
        for (var node : list.lookupAll(".list-cell")) {
            if (node instanceof SectionCell cell && key.equals(cell.getItem()) && !cell.isEmpty()) {
                cell.startRename();
                return;
            }
        }
    }

    /** Moves section {@code key} to where {@code target} is now, as one undoable edit. */
    void move(String key, String target) {
        List<String> keys = new ArrayList<>(order.apply(session.current()));
        int to = keys.indexOf(target);
        if (!keys.remove(key) || to < 0) {
            return;
        }
        keys.add(to, key);
        ArrayNode value = JsonNodeFactory.instance.arrayNode();
        keys.forEach(value::add);
        session.endTyping();
        session.apply(new Edit.SetValue(OutputSettings.pointer(OutputSettings.SECTION_ORDER), value));
        select(key);
    }

    void rename(String key, String heading) {
        String pointer = OutputSettings.pointer(OutputSettings.HEADINGS) + "/" + key;
        String defaultHeading = SectionCatalogue.find(key).map(SectionSpec::label).orElse(key);
        session.endTyping();
        if (heading.isBlank() || heading.strip().equals(defaultHeading)) {
            session.apply(Edit.SetValue.remove(pointer));
        } else {
            session.apply(Edit.SetValue.text(pointer, heading.strip()));
        }
    }

    /** Whether a key is a list section, which can be moved, hidden and renamed; basics and the settings cannot. */
    static boolean isListSection(String key) {
        return key != null && SectionCatalogue.find(key).filter(SectionSpec::list).isPresent();
    }

    static int count(Document document, String key) {
        JsonNode n = document.at("/" + key);
        return n.isArray() ? n.size() : 0;
    }
}
