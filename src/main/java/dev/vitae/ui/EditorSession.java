package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.History;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open document as the window sees it: the current snapshot, undo and redo, and whether it differs from
 * what was last saved. Lives on the FX thread; views bind to its properties and send it {@link Edit}s.
 */
public final class EditorSession {

    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");
    private History history;

    public EditorSession(Document initial) {
        reset(initial);
    }

    /** Starts over with another document (opening a file): history is cleared and the document is clean. */
    public void reset(Document initial) {
        history = new History(initial);
        publish();
    }

    public void apply(Edit edit) {
        history.apply(edit);
        publish();
    }

    /**
     * Sets a text field the way a person expects: clearing a field that the saved file did not have removes
     * it again, so typing and erasing leaves the file as it was.
     */
    public void setText(String pointer, String text) {
        if (text.isEmpty() && history.saved().at(pointer).isMissingNode()) {
            apply(Edit.SetValue.remove(pointer));
        } else {
            apply(Edit.SetValue.text(pointer, text));
        }
    }

    public void setValue(String pointer, JsonNode value) {
        apply(new Edit.SetValue(pointer, value));
    }

    /** Ends the current typing step, e.g. when focus leaves a field. */
    public void endTyping() {
        history.endMerge();
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            publish();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            publish();
        }
    }

    /** Records that the current document is now what the file holds. */
    public void markSaved() {
        history.markSaved();
        publish();
    }

    /** Records that the file no longer holds the document (deleted or moved by another program): it is dirty. */
    public void markUnsaved() {
        history.markUnsaved();
        publish();
    }

    /** Replaces the document with the file's new content as an undoable step, e.g. after another program changed it. */
    public void reloadFromDisk(Document fromDisk) {
        history.replaceFromDisk(fromDisk, "Reload");
        publish();
    }

    public Document current() {
        return history.current();
    }

    public Document saved() {
        return history.saved();
    }

    private void publish() {
        document.set(history.current());
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoLabel.set(history.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
