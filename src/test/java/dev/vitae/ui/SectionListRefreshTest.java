package dev.vitae.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Every edit refreshes the section list; a row makes new nodes only for what changed, because every new node is
 * styled again on the FX thread while the person types.
 */
@ExtendWith(ApplicationExtension.class)
class SectionListRefreshTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void typingKeepsTheRowsNodesAndAnEditThatChangesARowShowsIt(FxRobot robot) {
        fx.awaitIdle();
        ListCell<?> work = robot.lookup("#section-work").queryAs(ListCell.class);
        List<Node> before = List.copyOf(((HBox) work.getGraphic()).getChildrenUnmodifiable());
        Node eyeIcon = robot.lookup("#section-eye-work").queryAs(Button.class).getGraphic();

        robot.clickOn("#section-work");
        TextInputControl highlight = robot.lookup("#field-highlights-0").queryAs(TextInputControl.class);
        robot.clickOn(highlight).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write(" again");
        fx.awaitIdle();

        HBox row = (HBox) robot.lookup("#section-work").queryAs(ListCell.class).getGraphic();
        assertEquals(before.size(), row.getChildrenUnmodifiable().size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), row.getChildrenUnmodifiable().get(i), "node " + i + " of the row is kept");
        }
        assertSame(eyeIcon, robot.lookup("#section-eye-work").queryAs(Button.class).getGraphic());

        robot.clickOn("#section-eye-work");
        fx.awaitIdle();

        Button eye = robot.lookup("#section-eye-work").queryAs(Button.class);
        assertNotSame(eyeIcon, eye.getGraphic(), "hiding the section changes its eye");
        assertEquals("Show section in output", eye.getAccessibleText());
        Label heading = (Label) row.getChildrenUnmodifiable().get(1);
        assertEquals("Work", heading.getText());
    }
}
