package dev.vitae.ui;

import dev.vitae.store.AppFolders;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The three columns open where the last window left them. Laying the scene out at its preferred width first used to
 * move the dividers at every start, so that they wandered from run to run.
 */
@ExtendWith(ApplicationExtension.class)
class SplitPositionsTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) throws IOException {
        AppPreferences prefs = AppPreferences.load(AppFolders.under(fx.dir).config());
        prefs.put("split.left", 0.21);
        prefs.put("split.right", 0.63);
        prefs.save();
        fx.open(stage);
    }

    @Test
    void theDividersOpenWhereTheyWereLeft(FxRobot robot) {
        fx.awaitIdle();
        double[] dividers = robot.lookup("#main-split").queryAs(SplitPane.class).getDividerPositions();
        assertEquals(0.21, dividers[0], 0.002);
        assertEquals(0.63, dividers[1], 0.002);
    }
}
