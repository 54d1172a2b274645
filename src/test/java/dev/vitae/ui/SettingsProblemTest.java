package dev.vitae.ui;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A problem in Vitae's own settings ({@code meta.vitae}) goes to Layout & style and the setting's control. It used to
 * select a section named "meta", which has no form, and the window showed an unexpected error.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsProblemTest {

    private final WindowFixture fx = WindowFixture.withText(
            "{\"basics\": {\"name\": \"Ana Lima\"}, \"meta\": {\"vitae\": {\"page\": \"A5x\"}}}");

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void goingToASettingsProblemOpensLayoutAndStyle(FxRobot robot) {
        fx.awaitIdle();
        int windows = Window.getWindows().size();
        robot.clickOn("#problems-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Layout & style", robot.lookup("#editor-title").queryAs(Label.class).getText());
        assertEquals("setting-page", robot.lookup("#editor-title").query().getScene().getFocusOwner().getId(),
                "the page size, where the problem is, has the cursor");
        assertEquals(windows, Window.getWindows().stream().filter(Window::isShowing).count(), "no error dialog");
    }
}
