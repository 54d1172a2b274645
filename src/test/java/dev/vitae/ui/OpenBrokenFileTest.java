package dev.vitae.ui;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file that does not parse is reported with its line and column; nothing is touched or lost. */
@ExtendWith(ApplicationExtension.class)
class OpenBrokenFileTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void theErrorNamesLineAndColumnAndTheCurrentDocumentStays(FxRobot robot) throws Exception {
        Path broken = fx.dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"basics\": {\n    \"name\": \"Ada\",\n  }\n}\n");
        byte[] brokenBytes = Files.readAllBytes(broken);
        var before = fx.current();
        fx.prompts.answer(broken);

        robot.clickOn("#menu-file").clickOn("#menu-open");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane error = robot.lookup("#parse-error").queryAs(DialogPane.class);
        assertTrue(error.getHeaderText().contains("broken.json"), error.getHeaderText());
        assertTrue(error.getContentText().startsWith("Line 4, column 3: "), error.getContentText());
        assertTrue(error.getContentText().contains("trailing comma"), error.getContentText());
        TextArea line = robot.lookup("#parse-error-line").queryAs(TextArea.class);
        assertEquals("  }\n  ^", line.getText(), "the offending line with a caret under the column");

        robot.clickOn(error.lookupButton(error.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(brokenBytes, Files.readAllBytes(broken), "the broken file is not touched");
        assertEquals(before, fx.current(), "the open document stays");
        assertEquals(fx.file, fx.window.documents().file());
    }
}
