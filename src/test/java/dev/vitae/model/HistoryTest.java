package dev.vitae.model;

import org.junit.jupiter.api.Test;

import static dev.vitae.model.Json.doc;
import static dev.vitae.model.Json.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryTest {

    private final Document start = doc("{'basics': {'name': 'Ada', 'label': 'Engineer'}, 'work': []}");
    private final History history = new History(start);

    private void type(String pointer, String... states) {
        for (String s : states) {
            history.apply(Edit.SetValue.text(pointer, s));
        }
    }

    @Test
    void undoAndRedoWalkThroughTheSnapshots() {
        Document added = history.apply(new Edit.InsertItem("/work", 0, node("{'name': 'X'}")));
        assertTrue(history.canUndo());
        assertFalse(history.canRedo());
        assertEquals("Add Entry", history.undoLabel().orElseThrow());
        assertSame(start, history.undo());
        assertEquals("Add Entry", history.redoLabel().orElseThrow());
        assertSame(added, history.redo());
        assertSame(added, history.current());
    }

    @Test
    void typingIntoOneFieldIsOneStep() {
        type("/basics/name", "A", "Ad", "Ada ", "Ada L");
        assertEquals("Ada L", history.current().text("/basics/name"));
        assertEquals("Typing", history.undoLabel().orElseThrow());
        assertSame(start, history.undo());
        assertFalse(history.canUndo());
    }

    @Test
    void anEmptyKeywordAddedAndTypedIntoIsOneStep() {
        Document withSkill = history.apply(new Edit.InsertItem("/skills", 0, node("{'name': 'Web', 'keywords': ['HTML']}")));
        history.endMerge();
        history.apply(new Edit.InsertItem("/skills/0/keywords", 1, com.fasterxml.jackson.databind.node.TextNode.valueOf("")));
        type("/skills/0/keywords/1", "R", "Re", "React");
        assertEquals("React", history.current().text("/skills/0/keywords/1"));
        assertSame(withSkill, history.undo(), "one undo takes the keyword away, not just its text");
        assertEquals(1, history.current().at("/skills/0/keywords").size());
        history.apply(new Edit.InsertItem("/skills/0/keywords", 1, node("{'x': 1}")));
        type("/skills/0/keywords/1/x", "y");
        history.undo();
        assertEquals(2, history.current().at("/skills/0/keywords").size(), "an item that is not an empty text is a step of its own");
    }

    @Test
    void typingIntoAnotherFieldStartsANewStep() {
        type("/basics/name", "Grace");
        type("/basics/label", "Admiral");
        history.undo();
        assertEquals("Grace", history.current().text("/basics/name"));
        assertEquals("Engineer", history.current().text("/basics/label"));
        history.undo();
        assertEquals(start, history.current());
    }

    @Test
    void endMergeClosesTheTypingStep() {
        type("/basics/name", "Gr");
        history.endMerge();
        type("/basics/name", "Grace");
        history.undo();
        assertEquals("Gr", history.current().text("/basics/name"));
        history.undo();
        assertEquals("Ada", history.current().text("/basics/name"));
    }

    @Test
    void undoClosesTheTypingStepToo() {
        type("/basics/name", "Gr");
        history.undo();
        type("/basics/name", "G", "Gu");
        history.undo();
        assertEquals(start, history.current());
    }

    @Test
    void otherEditsAreNeverMerged() {
        history.apply(new Edit.InsertItem("/work", 0, node("{'name': 'X'}")));
        history.apply(new Edit.InsertItem("/work", 0, node("{'name': 'Y'}")));
        history.undo();
        assertEquals(1, history.current().at("/work").size());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        history.apply(Edit.SetValue.text("/basics/name", "Ada"));
        assertFalse(history.canUndo());
        assertFalse(history.isDirty());
    }

    @Test
    void aNewEditClearsRedo() {
        type("/basics/name", "Grace");
        history.undo();
        assertTrue(history.canRedo());
        history.apply(new Edit.SetHidden("/work", true));
        assertFalse(history.canRedo());
        assertTrue(history.redoLabel().isEmpty());
    }

    @Test
    void dirtyMeansDifferentFromWhatWasSaved() {
        assertFalse(history.isDirty());
        type("/basics/name", "Grace");
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty(), "undo back to the saved document is clean");
        history.redo();
        history.markSaved();
        assertFalse(history.isDirty());
        history.undo();
        assertTrue(history.isDirty(), "undo past a save is dirty");
        history.redo();
        assertFalse(history.isDirty());
    }

    @Test
    void typingBackTheSavedTextIsClean() {
        type("/basics/name", "Ad", "Ada");
        assertFalse(history.isDirty());
    }

    @Test
    void aReloadFromDiskIsUndoableAndSaved() {
        type("/basics/name", "Grace");
        Document disk = doc("{'basics': {'name': 'From disk'}}");
        history.replaceFromDisk(disk, "Reload");
        assertSame(disk, history.current());
        assertFalse(history.isDirty());
        assertEquals("Reload", history.undoLabel().orElseThrow());
        history.undo();
        assertEquals("Grace", history.current().text("/basics/name"));
        assertTrue(history.isDirty());
    }

    @Test
    void aDocumentWhoseFileWentAwayStaysDirtyUntilSaved() {
        history.markUnsaved();
        assertTrue(history.isDirty(), "nothing on disk holds it");
        type("/basics/name", "Ada L");
        history.undo();
        assertTrue(history.isDirty(), "undoing back to what the file held does not bring the file back");
        history.markSaved();
        assertFalse(history.isDirty());
    }
}
