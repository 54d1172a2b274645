package dev.vitae.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A tooltip is made when the pointer first comes over its control, and says the latest text it was given. */
@ExtendWith(ApplicationExtension.class)
class HoverTipTest {

    private Button button;

    @Start
    void start(Stage stage) {
        button = new Button("eye");
        HoverTip.set(button, "Hide section from output");
        HoverTip.set(button, "Show section in output");
        stage.setScene(new Scene(new StackPane(button), 200, 100));
        stage.show();
    }

    @Test
    void theTooltipComesWithTheFirstHover(FxRobot robot) throws Exception {
        assertNull(button.getTooltip(), "no popup window made before it is needed");
        robot.moveTo(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> button.getTooltip() != null && button.getTooltip().isShowing());
        assertEquals("Show section in output", button.getTooltip().getText());
        robot.interact(() -> HoverTip.set(button, "Hide section from output"));
        assertEquals("Hide section from output", button.getTooltip().getText(), "a later text goes to the tooltip made");
    }
}
