package dev.vitae.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** File, New (Ctrl+N) starts a blank untitled résumé on its Basics, whatever section the last one was left on. */
@ExtendWith(ApplicationExtension.class)
class NewDocumentTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void aNewResumeOpensOnItsNameField(FxRobot robot) {
        fx.awaitIdle();
        robot.clickOn("#section-skills");
        assertEquals("Skills", robot.lookup("#editor-title").queryAs(Label.class).getText());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Basics", robot.lookup("#editor-title").queryAs(Label.class).getText());
        assertEquals(Samples.blank(), fx.current());
        assertNull(fx.window.documents().file());
        assertEquals("", robot.lookup("#field-name").queryAs(TextInputControl.class).getText());
    }
}
