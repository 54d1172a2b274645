package dev.vitae.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The problems list says where each problem is in the forms' words, wraps long messages, closes with Escape,
 * a click outside it both closes it and does what it was for, and Enter or a double-click goes to the problem.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsListTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void problemsReadAsPlacesInTheFormsAndThePopOverGetsOutOfTheWay(FxRobot robot) throws Exception {
        robot.clickOn("#section-work").clickOn("#entry-0");
        TextField start = robot.lookup("#field-startDate").queryAs(TextField.class);
        robot.doubleClickOn(start).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2021-13");
        fx.awaitIdle();

        robot.clickOn("#problems-button");
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup("#problems-list .list-cell").queryAs(ListCell.class);
        Label place = robot.from(cell).lookup(".problem-place").queryAs(Label.class);
        assertEquals("Work › Nordström Payments › Start", place.getText());
        assertTrue(cell.getAccessibleText().contains("is not a date"), cell.getAccessibleText());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !listShown(robot));

        robot.clickOn("#problems-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#section-skills");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !listShown(robot));
        assertEquals("Skills", robot.lookup("#editor-title").queryAs(Label.class).getText(), "and chose the section");

        robot.clickOn("#problems-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Work", robot.lookup("#editor-title").queryAs(Label.class).getText(), "Enter goes to the problem");
        assertEquals("field-startDate", robot.lookup("#editor-title").query().getScene().getFocusOwner().getId(),
                "with the cursor in its field");

        robot.clickOn("#section-skills");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#problems-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(robot.lookup("#problems-list .list-cell").queryAs(ListCell.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !listShown(robot));
        assertEquals("Work", robot.lookup("#editor-title").queryAs(Label.class).getText(), "a double-click goes to the problem");
    }

    private static boolean listShown(FxRobot robot) {
        return robot.lookup("#problems-list").tryQuery()
                .map(list -> list.getScene() != null && list.getScene().getWindow() != null && list.getScene().getWindow().isShowing())
                .orElse(false);
    }
}
