package dev.vitae.ui;

import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a small window (1000 × 700) the form's controls keep their own size; fields give up the room. */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void thePresentSwitchIsNotSqueezed(FxRobot robot) {
        robot.interact(() -> {
            fx.stage.setWidth(1000);
            fx.stage.setHeight(700);
            robot.lookup("#main-split").queryAs(SplitPane.class).setDividerPositions(0.2, 0.55);
        });
        robot.clickOn("#section-work").clickOn("#entry-0");
        WaitForAsyncUtils.waitForFxEvents();
        ToggleSwitch present = robot.lookup("#field-endDate-present").queryAs(ToggleSwitch.class);
        double wanted = present.prefWidth(-1);
        assertTrue(present.getWidth() >= wanted - 0.5, "the switch is " + present.getWidth() + " px wide, wants " + wanted);
    }
}
