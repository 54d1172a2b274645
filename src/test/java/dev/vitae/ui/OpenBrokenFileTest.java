package dev.vitae.ui;

import javafx.application.Platform;
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
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertTrue(error.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon icon
                && icon.getIconLiteral().equals("mdi2a-alert-circle-outline"), "an alert sign, not a cross like a close button");
        TextArea line = robot.lookup("#parse-error-line").queryAs(TextArea.class);
        assertEquals("  }\n  ^", line.getText(), "the offending line with a caret under the column");

        robot.clickOn(error.lookupButton(error.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(brokenBytes, Files.readAllBytes(broken), "the broken file is not touched");
        assertEquals(before, fx.current(), "the open document stays");
        assertEquals(fx.file, fx.window.documents().file());
    }

    /**
     * Started on a file that does not parse (named on the command line, or the last file, broken since), the
     * window reports it and then shows a blank untitled résumé: not the sample, which would pass for what
     * became of the file.
     */
    @Test
    void atStartAFileThatCannotBeReadLeavesABlankUntitledResume(FxRobot robot) throws Exception {
        Path broken = fx.dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"basics\": {\n    \"name\": \"Ada\",\n  }\n}\n");
        byte[] brokenBytes = Files.readAllBytes(broken);

        Platform.runLater(() -> fx.window.start(broken, Samples.sample()));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane error = robot.lookup("#parse-error").queryAs(DialogPane.class);
        assertTrue(error.getHeaderText().contains("broken.json"), error.getHeaderText());
        robot.clickOn(error.lookupButton(error.getButtonTypes().get(0)));
        fx.awaitIdle();

        assertEquals(Samples.blank(), fx.current());
        assertNull(fx.window.documents().file(), "untitled");
        assertTrue(robot.lookup("#main-split").query().getScene().getWindow() instanceof Stage stage
                && stage.getTitle().startsWith("Untitled"), "the title says untitled");
        assertArrayEquals(brokenBytes, Files.readAllBytes(broken), "the broken file is not touched");
    }
}
