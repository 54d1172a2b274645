package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.SectionSpec;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.stream.IntStream;

/**
 * The editor of a list section (work, education, …): its entries as one-line summaries with add,
 * duplicate, delete, move and hide, and the selected entry's generated form below.
 */
final class ListSectionEditor implements SectionEditor {

    private final EditorSession session;
    private final SectionSpec section;
    private final ListView<Integer> entries = new ListView<>();
    private final ScrollPane formScroll = new ScrollPane();
    private final Label empty = new Label();
    private final Button add = Icons.button("entry-add", "mdi2p-plus", "Add entry");
    private final Button duplicate = Icons.button("entry-duplicate", "mdi2c-content-copy", "Duplicate entry");
    private final Button delete = Icons.button("entry-delete", "mdi2d-delete-outline", "Delete entry");
    private final Button up = Icons.button("entry-up", "mdi2a-arrow-up", "Move entry up");
    private final Button down = Icons.button("entry-down", "mdi2a-arrow-down", "Move entry down");
    private final SplitPane root;
    private final Runnable onEntryShown;
    private EntryEditor editor;
    private boolean updating;

    /** @param onEntryShown told when another entry's form appears (the window marks its problems) */
    ListSectionEditor(EditorSession session, SectionSpec section, Runnable onEntryShown) {
        this.session = session;
        this.section = section;
        this.onEntryShown = onEntryShown;
        entries.setId("entry-list");
        entries.setAccessibleText(section.label() + " entries");
        entries.setCellFactory(list -> new EntryCell(session, section, this::move));
        entries.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!updating) {
                showEntry(index.intValue());
            }
        });
        EyeButton.hideWithSpace(entries, session, () -> {
            int i = entries.getSelectionModel().getSelectedIndex();
            return i < 0 ? null : section.pointer() + "/" + i;
        });
        entries.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else if (MoveKeys.step(e) != 0) {
                // as for sections and highlights: Alt+arrow moves, a plain arrow selects
                moveSelected(MoveKeys.step(e));
                e.consume();
            }
        });
        add.setOnAction(e -> addEntry());
        duplicate.setOnAction(e -> duplicateSelected());
        delete.setOnAction(e -> deleteSelected());
        up.setOnAction(e -> moveSelected(-1));
        down.setOnAction(e -> moveSelected(1));
        ToolBar tools = new ToolBar(add, duplicate, delete, up, down);
        tools.getStyleClass().add("entry-tools");
        empty.setId("entry-empty");
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        StackPane listArea = new StackPane(entries, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        VBox top = new VBox(tools, listArea);
        VBox.setVgrow(listArea, Priority.ALWAYS);
        formScroll.setFitToWidth(true);
        FocusScroller.install(formScroll);
        formScroll.setId("entry-form");
        formScroll.getStyleClass().add("form-scroll");
        root = new SplitPane(top, formScroll);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.32);
        refresh(session.current());
        if (!entries.getItems().isEmpty()) {
            entries.getSelectionModel().select(0);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String sectionKey() {
        return section.key();
    }

    @Override
    public String entryPointer() {
        return editor == null ? null : editor.pointer();
    }

    @Override
    public void refresh(Document document) {
        JsonNode list = document.at(section.pointer());
        boolean isList = list.isArray() || list.isMissingNode() || list.isNull();
        int size = list.isArray() ? list.size() : 0;
        if (entries.getItems().size() != size) {
            int selected = entries.getSelectionModel().getSelectedIndex();
            updating = true;
            try {
                entries.getItems().setAll(IntStream.range(0, size).boxed().toList());
                if (selected >= size) {
                    selected = size - 1;
                }
                if (selected >= 0) {
                    entries.getSelectionModel().select(selected);
                }
            } finally {
                updating = false;
            }
            showEntry(entries.getSelectionModel().getSelectedIndex());
        } else {
            entries.refresh();
        }
        empty.setText(isList ? "No " + section.label().toLowerCase() + " yet. Click + to add one."
                : "This section is not a list in the file. Vitae keeps it exactly as it is.");
        empty.setVisible(size == 0);
        add.setDisable(!isList);
        updateButtons(size);
        if (editor != null) {
            editor.refresh(document);
        }
    }

    private void updateButtons(int size) {
        int i = entries.getSelectionModel().getSelectedIndex();
        duplicate.setDisable(i < 0);
        delete.setDisable(i < 0);
        up.setDisable(i <= 0);
        down.setDisable(i < 0 || i >= size - 1);
    }

    private void showEntry(int index) {
        if (index < 0) {
            editor = null;
            formScroll.setContent(null);
        } else {
            String pointer = section.pointer() + "/" + index;
            boolean another = editor == null || !editor.pointer().equals(pointer);
            if (another) {
                editor = new EntryEditor(session, section.fields(), pointer);
                formScroll.setContent(editor.node());
            }
            editor.refresh(session.current());
            if (another) {
                onEntryShown.run();
            }
        }
        updateButtons(entries.getItems().size());
    }

    /** Selects an entry and puts the cursor in its first field. */
    void select(int index) {
        if (index < 0 || index >= entries.getItems().size()) {
            return;
        }
        entries.getSelectionModel().select(index);
        entries.scrollTo(index);
        showEntry(index);
    }

    private void addEntry() {
        int index = entries.getSelectionModel().getSelectedIndex() + 1;
        if (index <= 0) {
            index = entries.getItems().size();
        }
        apply(new Edit.InsertItem(section.pointer(), index, JsonNodeFactory.instance.objectNode()), index);
        if (editor != null) {
            editor.focusTarget().requestFocus();
        }
    }

    private void duplicateSelected() {
        int i = entries.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            apply(new Edit.DuplicateItem(section.pointer(), i), i + 1);
        }
    }

    private void deleteSelected() {
        int i = entries.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            apply(new Edit.RemoveItem(section.pointer(), i), Math.min(i, entries.getItems().size() - 2));
        }
    }

    private void moveSelected(int by) {
        int i = entries.getSelectionModel().getSelectedIndex();
        move(i, i + by);
    }

    /** Moves an entry (buttons, keyboard, drag) and keeps it selected. */
    void move(int from, int to) {
        int size = entries.getItems().size();
        if (from < 0 || to < 0 || from >= size || to >= size || from == to) {
            return;
        }
        apply(new Edit.MoveItem(section.pointer(), from, to), to);
    }

    private void apply(Edit edit, int selectAfter) {
        session.endTyping();
        updating = true;
        try {
            session.apply(edit);
        } finally {
            updating = false;
        }
        if (selectAfter >= 0 && selectAfter < entries.getItems().size()) {
            select(selectAfter);
        } else {
            showEntry(entries.getSelectionModel().getSelectedIndex());
        }
    }
}
