package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;
import dev.vitae.model.SectionSpec;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.function.BiConsumer;

/**
 * One entry in a section's list: its one-line summary and an eye to hide it from the output. Entries are
 * reordered by dragging one onto another (a press-drag-release gesture, which needs no platform drag and
 * drop and so works the same everywhere).
 */
final class EntryCell extends ListCell<Integer> {

    private final EditorSession session;
    private final SectionSpec section;
    private final Label summary = new Label();
    private final EyeButton eye;
    private final HBox box;

    EntryCell(EditorSession session, SectionSpec section, BiConsumer<Integer, Integer> move) {
        this.session = session;
        this.section = section;
        summary.setMnemonicParsing(false);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinWidth(0);
        // size to the list's width, so a long summary is cut short instead of pushing the eye out of view
        setPrefWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        eye = new EyeButton(hide -> EyeButton.setHidden(session, section.pointer() + "/" + getItem(), hide));
        box = new HBox(6, Icons.of("mdi2d-drag-vertical"), summary, eye.node());
        box.setAlignment(Pos.CENTER_LEFT);
        setOnDragDetected(e -> {
            if (!isEmpty()) {
                startFullDrag();
            }
        });
        setOnMouseDragReleased((MouseDragEvent e) -> {
            if (!isEmpty() && e.getGestureSource() instanceof EntryCell source && source != this && !source.isEmpty()) {
                move.accept(source.getItem(), getItem());
            }
        });
        setOnMouseDragEntered(e -> Styles.toggle(this, "drop-target", true));
        setOnMouseDragExited(e -> Styles.toggle(this, "drop-target", false));
    }

    @Override
    protected void updateItem(Integer index, boolean empty) {
        super.updateItem(index, empty);
        Styles.toggle(this, "drop-target", false);
        if (empty || index == null) {
            setGraphic(null);
            setText(null);
            setId(null);
            return;
        }
        Document document = session.current();
        JsonNode entry = document.at(section.pointer() + "/" + index);
        boolean hidden = document.settings().isHidden(section.pointer() + "/" + index);
        summary.setText(section.summarize(entry));
        eye.show("entry-eye-" + index, hidden, "entry");
        setId("entry-" + index);
        setAccessibleText(summary.getText() + (hidden ? ", hidden from the output" : ""));
        Styles.toggle(this, "hidden-entry", hidden);
        setText(null);
        setGraphic(box);
    }
}
