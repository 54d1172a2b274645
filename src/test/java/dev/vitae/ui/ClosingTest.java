package dev.vitae.ui;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closing with unsaved changes asks first; Cancel keeps everything, Don't Save leaves the file as it was. */
@ExtendWith(ApplicationExtension.class)
class ClosingTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    private void closeWithShortcut(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answer(FxRobot robot, String button) {
        DialogPane prompt = robot.lookup("#save-prompt").queryAs(DialogPane.class);
        Button b = (Button) prompt.lookupButton(prompt.getButtonTypes().stream()
                .filter(t -> t.getText().equals(button)).findFirst().orElseThrow());
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancelKeepsTheWindowAndDontSaveLeavesTheFileUntouched(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(fx.file);
        robot.clickOn("#field-name").press(KeyCode.END).release(KeyCode.END).write(" (draft)");
        assertTrue(fx.window.session().isDirty());

        closeWithShortcut(robot);
        assertTrue(robot.lookup("#save-prompt").tryQuery().isPresent(), "closing with changes asks first");
        answer(robot, "Cancel");
        assertTrue(fx.stage.isShowing(), "Cancel keeps the window");
        assertTrue(fx.current().text("/basics/name").endsWith(" (draft)"), "and the edit");

        closeWithShortcut(robot);
        answer(robot, "Don't Save");
        assertFalse(fx.stage.isShowing(), "Don't Save closes the window");
        assertArrayEquals(before, Files.readAllBytes(fx.file), "and leaves the file as it was");
    }

    @Test
    void saveFromThePromptWritesTheFileAndCloses(FxRobot robot) throws Exception {
        robot.clickOn("#field-name").press(KeyCode.END).release(KeyCode.END).write(" Jr.");
        closeWithShortcut(robot);
        answer(robot, "Save");
        assertFalse(fx.stage.isShowing());
        assertEquals("Zoë Castañeda-Lindqvist Jr.", new dev.vitae.store.ResumeStore().load(fx.file).document().text("/basics/name"));
    }

    @Test
    void closingWithoutChangesDoesNotAskAndRemembersTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            fx.stage.setWidth(1111);
            fx.stage.setHeight(777);
        });
        closeWithShortcut(robot);
        assertFalse(robot.lookup("#save-prompt").tryQuery().isPresent());
        assertFalse(fx.stage.isShowing());
        AppPreferences prefs = AppPreferences.load(fx.dir.resolve("config"));
        assertEquals(1111, prefs.number("window.width", 0), 0.5);
        assertEquals(777, prefs.number("window.height", 0), 0.5);
        assertTrue(prefs.number("split.left", 0) > 0, "split positions are remembered");
        assertEquals(java.util.List.of(fx.file.toAbsolutePath().normalize()), prefs.recentFiles());
    }
}
