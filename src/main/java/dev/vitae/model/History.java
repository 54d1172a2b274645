package dev.vitae.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over document snapshots. Consecutive edits with the same merge key (typing into one field)
 * become one step until {@link #endMerge()}; the saved point is a snapshot, so "dirty" means the current
 * document differs from the saved one, even after undoing back past a save.
 */
public final class History {

    /** One undoable step: the document before it and after it. */
    private record Step(Edit edit, Document before, Document after) {
    }

    private static final int LIMIT = 5_000;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Document current;
    private Document saved;
    /** Set when the file no longer holds {@link #saved} (it was deleted or moved away). */
    private boolean savedLost;
    private boolean mergeOpen;

    public History(Document initial) {
        this.current = Objects.requireNonNull(initial);
        this.saved = initial;
    }

    public Document current() {
        return current;
    }

    /**
     * Applies an edit and records it. Returns the new current document; an edit that changes nothing is not
     * recorded.
     */
    public Document apply(Edit edit) {
        Document next = edit.applyTo(current);
        if (next.equals(current)) {
            return current;
        }
        Step top = undo.peek();
        boolean merge = mergeOpen && top != null && edit.mergeKey().isPresent()
                && edit.mergeKey().equals(top.edit().mergeKey());
        mergeOpen = edit.mergeKey().isPresent();
        if (merge) {
            undo.pop();
            if (next.equals(top.before())) {
                // typed and erased back to where the step began: no step at all
                mergeOpen = false;
            } else {
                undo.push(new Step(edit, top.before(), next));
            }
        } else {
            undo.push(new Step(edit, current, next));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        current = next;
        return current;
    }

    /** Closes the current typing step, e.g. when focus leaves a field; the next keystroke starts a new one. */
    public void endMerge() {
        mergeOpen = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(s -> s.edit().label());
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(s -> s.edit().label());
    }

    public Document undo() {
        Step step = undo.pop();
        redo.push(step);
        mergeOpen = false;
        current = step.before();
        return current;
    }

    public Document redo() {
        Step step = redo.pop();
        undo.push(step);
        mergeOpen = false;
        current = step.after();
        return current;
    }

    /** Records that the current document is what the file now holds. */
    public void markSaved() {
        saved = current;
        savedLost = false;
        mergeOpen = false;
    }

    /** Records that no file holds the document any more (another program deleted or moved it): it is dirty. */
    public void markUnsaved() {
        savedLost = true;
    }

    public Document saved() {
        return saved;
    }

    public boolean isDirty() {
        return savedLost || !current.equals(saved);
    }

    /**
     * Replaces the document with one read from disk (a reload), as an undoable step, and marks it saved.
     */
    public Document replaceFromDisk(Document fromDisk, String label) {
        apply(new Edit.ReplaceAll(fromDisk, label));
        saved = current;
        savedLost = false;
        return current;
    }
}
