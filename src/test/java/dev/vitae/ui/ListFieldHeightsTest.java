package dev.vitae.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The items of a list field (keywords, courses, highlights) are as tall as their text, the first and the new
 * alike, and a new one typed into is undone in one step.
 */
@ExtendWith(ApplicationExtension.class)
class ListFieldHeightsTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void oneLineKeywordsAreOneLineFieldsOfOneHeight(FxRobot robot) {
        robot.clickOn("#section-skills").clickOn("#entry-0");
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl last = robot.lookup("#field-keywords-" + (keywords(robot).size() - 1)).queryAs(TextInputControl.class);
        robot.clickOn(last).press(KeyCode.END).release(KeyCode.END).press(KeyCode.ENTER).release(KeyCode.ENTER).write("Vue");
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> heights = keywords(robot).stream().map(f -> f.getHeight()).toList();
        double name = robot.lookup("#field-name").queryAs(TextInputControl.class).getHeight();
        for (double h : heights) {
            assertEquals(heights.get(0), h, 0.5, "heights " + heights);
        }
        assertTrue(heights.get(0) < name + 6, "about a one-line field's height: " + heights + " against " + name);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(heights.size() - 1, fx.current().at("/skills/0/keywords").size(),
                "one undo takes the new keyword away, not only what was typed into it");
    }

    private static List<TextInputControl> keywords(FxRobot robot) {
        return robot.lookup(n -> n.getId() != null && n.getId().matches("field-keywords-\\d+")).queryAllAs(TextInputControl.class)
                .stream().sorted(java.util.Comparator.comparing(javafx.scene.Node::getId)).toList();
    }
}
