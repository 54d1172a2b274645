package dev.vitae.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class TypingAndSavingTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void typingIntoAHighlightChangesThePreviewAndSaveWritesExactlyThatChange(FxRobot robot) throws Exception {
        fx.awaitIdle();
        String before = fx.fileText();
        int previewBefore = fx.previewFingerprint();
        assertNotEquals(0, previewBefore, "the preview shows the résumé");

        robot.clickOn("#section-work");
        TextInputControl highlight = robot.lookup("#field-highlights-0").queryAs(TextInputControl.class);
        String original = highlight.getText();
        robot.clickOn(highlight).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write(" with zero downtime");
        fx.awaitIdle();

        assertEquals(original + " with zero downtime", fx.current().text("/work/0/highlights/0"));
        assertNotEquals(previewBefore, fx.previewFingerprint(), "the preview follows the typing");
        assertTrue(fx.window.session().isDirty());

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        robot.interact(() -> { });

        String expected = before.replace(jsonString(original), jsonString(original + " with zero downtime"));
        assertNotEquals(before, expected, "the highlight is in the file");
        assertEquals(expected, fx.fileText(), "the save changes that highlight and nothing else");
        assertFalse(fx.window.session().isDirty());
        assertTrue(Files.exists(fx.file.resolveSibling("resume.json.bak")), "the previous version is kept");
        assertEquals(before, Files.readString(fx.file.resolveSibling("resume.json.bak")));
    }

    private static String jsonString(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }
}
