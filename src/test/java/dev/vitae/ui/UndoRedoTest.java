package dev.vitae.ui;

import javafx.stage.Window;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.control.ContextMenu;
import javafx.scene.Node;
import javafx.geometry.Bounds;
import dev.vitae.model.Document;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of edit the window makes is one undo step, and redo brings it back. */
@ExtendWith(ApplicationExtension.class)
class UndoRedoTest {

    private final WindowFixture fx = WindowFixture.withSample();
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @BeforeEach
    void robot() {
        robot = new FxRobot();
    }

    private void undo() {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void redo() {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Undo gives back {@code before}, redo gives back {@code after}, and the window stays usable. */
    private void assertUndoable(Document before, Document after) {
        assertNotEquals(before, after, "the action changed the document");
        undo();
        assertEquals(before, fx.current(), "undo restores the document");
        redo();
        assertEquals(after, fx.current(), "redo applies it again");
        undo();
    }

    @Test
    void typingInOneFieldIsOneStep() {
        Document start = fx.current();
        robot.clickOn("#field-name").press(KeyCode.END).release(KeyCode.END).write(" Jr.");
        robot.clickOn("#field-label").press(KeyCode.END).release(KeyCode.END).write(" II");
        Document typed = fx.current();
        assertEquals("Zoë Castañeda-Lindqvist Jr.", typed.text("/basics/name"));
        undo();
        assertEquals(start.text("/basics/name") + " Jr.", fx.current().text("/basics/name"), "the label step goes first");
        assertEquals(start.text("/basics/label"), fx.current().text("/basics/label"));
        undo();
        assertEquals(start, fx.current(), "four keystrokes in the name are one step");
        assertEquals(start.text("/basics/name"), robot.lookup("#field-name").queryAs(TextField.class).getText(),
                "the field shows the undone text");
        redo();
        redo();
        assertEquals(typed, fx.current());
        assertFalse(fx.window.session().canRedoProperty().get());
    }

    @Test
    void addDuplicateDeleteAndMoveEntries() {
        robot.clickOn("#section-work");
        Document before = fx.current();
        int jobs = before.at("/work").size();

        Document added = fx.currentAfter(() -> robot.clickOn("#entry-0").clickOn("#entry-add"));
        assertEquals(jobs + 1, added.at("/work").size());
        assertEquals(before.at("/work/0"), added.at("/work/0"), "a new entry goes after the selected one");
        assertUndoable(before, added);

        Document duplicated = fx.currentAfter(() -> robot.clickOn("#entry-0").clickOn("#entry-duplicate"));
        assertEquals(before.at("/work/0"), duplicated.at("/work/1"), "the copy follows the original");
        assertUndoable(before, duplicated);

        Document deleted = fx.currentAfter(() -> robot.clickOn("#entry-0").clickOn("#entry-delete"));
        assertEquals(jobs - 1, deleted.at("/work").size());
        assertEquals(before.at("/work/1"), deleted.at("/work/0"));
        assertUndoable(before, deleted);

        Document moved = fx.currentAfter(() -> robot.clickOn("#entry-0").clickOn("#entry-down"));
        assertEquals(before.at("/work/0"), moved.at("/work/1"));
        assertEquals(before.at("/work/1"), moved.at("/work/0"));
        assertUndoable(before, moved);
    }

    @Test
    void dragAnEntryOntoAnotherMovesIt() {
        robot.clickOn("#section-work");
        Document before = fx.current();
        robot.drag("#entry-0", MouseButton.PRIMARY).dropTo("#entry-2");
        Document after = fx.current();
        assertEquals(before.at("/work/0"), after.at("/work/2"), "the first job is now third");
        assertEquals(before.at("/work/1"), after.at("/work/0"));
        assertUndoable(before, after);
    }

    @Test
    void dragASectionReordersTheOutput() {
        Document before = fx.current();
        robot.drag("#section-education", MouseButton.PRIMARY).dropTo("#section-work");
        Document after = fx.current();
        assertEquals("education", after.settings().orderedSections().get(0));
        assertEquals("work", after.settings().orderedSections().get(1));
        assertUndoable(before, after);
    }

    @Test
    void hidingAnEntryAndASection() {
        robot.clickOn("#section-work");
        Document before = fx.current();
        Document entryHidden = fx.currentAfter(() -> robot.clickOn("#entry-eye-1"));
        assertTrue(entryHidden.settings().isHidden("/work/1"));
        assertUndoable(before, entryHidden);

        Document sectionHidden = fx.currentAfter(() -> robot.clickOn("#section-eye-projects"));
        assertTrue(sectionHidden.settings().isHidden("/projects"));
        assertUndoable(before, sectionHidden);
    }

    @Test
    void renamingASectionHeading() {
        Document before = fx.current();
        robot.clickOn("#section-work").type(KeyCode.F2);
        robot.lookup("#section-rename").queryAs(TextField.class);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Experience").type(KeyCode.ENTER);
        Document after = fx.current();
        assertEquals("Experience", after.text("/meta/vitae/headings/work"));
        assertUndoable(before, after);
    }

    @Test
    void renamingASectionHeadingFromItsMenu() {
        Document before = fx.current();
        // Monocle makes no context-menu event of a right click, so the test sends the one a right click makes
        Node row = robot.lookup("#section-education").query();
        robot.interact(() -> {
            Bounds b = row.localToScreen(row.getLayoutBounds());
            row.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    b.getMinX() + 10, b.getMinY() + 10, false, null));
        });
        ContextMenu menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("the row's menu is showing"));
        assertEquals("Rename heading…", menu.getItems().get(0).getText());
        robot.interact(() -> {
            menu.getItems().get(0).fire();
            menu.hide();
        });
        robot.lookup("#section-rename").queryAs(TextField.class);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Degrees").type(KeyCode.ENTER);
        Document after = fx.current();
        assertEquals("Degrees", after.text("/meta/vitae/headings/education"));
        assertUndoable(before, after);
    }

    @Test
    void changingAnOutputSetting() {
        robot.clickOn("#section-settings");
        Document before = fx.current();
        ComboBox<?> page = robot.lookup("#setting-page").queryAs(ComboBox.class);
        robot.clickOn(page);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Letter");
        Document after = fx.current();
        assertEquals("letter", after.text("/meta/vitae/page"));
        assertUndoable(before, after);
    }

    @Test
    void choosingAThemeFromThePictureList() throws Exception {
        robot.clickOn("#section-settings");
        Document before = fx.current();
        robot.clickOn("#setting-theme");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> modern = robot.lookup("#theme-modern").queryAs(javafx.scene.control.ListCell.class);
        javafx.scene.image.ImageView thumb = robot.from(modern).lookup(".theme-thumbnail").queryAs(javafx.scene.image.ImageView.class);
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> thumb.getImage() != null);
        assertEquals("Modern", robot.from(modern).lookup(".theme-name").queryAs(javafx.scene.control.Label.class).getText(),
                "the name as a title; the file keeps its own spelling");
        robot.clickOn(modern);
        Document after = fx.current();
        assertEquals("modern", after.text("/meta/vitae/theme"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node box = robot.lookup("#setting-theme").query();
        assertEquals("Modern", robot.from(box).lookup(".list-cell").queryAs(javafx.scene.control.ListCell.class).getText());
        assertUndoable(before, after);
    }
}
