package dev.vitae.ui;

import dev.vitae.render.PagePlaces;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A click on a part of a page in the preview opens that part in the form: an entry, a role, a section, the header. */
@ExtendWith(ApplicationExtension.class)
class PreviewClickTest {

    private final WindowFixture fx = WindowFixture.withSample();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = fx.open(stage);
    }

    @Test
    void clickingAPartOfThePageOpensItInTheForm(FxRobot robot) {
        fx.awaitIdle();
        robot.clickOn("#zoom-fit-page");
        fx.awaitIdle();
        robot.clickOn("#section-skills");
        WaitForAsyncUtils.waitForFxEvents();

        clickOn(robot, "/work/1");
        assertEquals("Work", title(robot));
        assertEquals(1, robot.lookup("#entry-list").queryAs(ListView.class).getSelectionModel().getSelectedIndex(),
                "the second role at the first employer is the second entry");
        assertEquals("Senior Software Engineer", robot.lookup("#field-position").queryAs(TextField.class).getText());
        assertEquals(Cursor.HAND, robot.lookup(".preview-page").query().getCursor(), "the pointer shows a part can be clicked");
        Node outline = robot.lookup(".preview-part").query();
        assertTrue(outline.isVisible(), "and the part is outlined");
        PagePlaces.Place role = window.preview().shown().places().first("/work/1").orElseThrow();
        Node page = robot.lookup(".preview-page").query();
        assertEquals(role.top() * page.getLayoutBounds().getHeight(), outline.getLayoutY(), 1.0, "around the role");
        assertEquals((role.bottom() - role.top()) * page.getLayoutBounds().getHeight(), outline.getLayoutBounds().getHeight(), 1.0);

        clickOn(robot, "/education/0");
        assertEquals("Education", title(robot));
        assertEquals(0, robot.lookup("#entry-list").queryAs(ListView.class).getSelectionModel().getSelectedIndex());

        clickOn(robot, "/basics");
        assertEquals("Basics", title(robot));
    }

    /** Clicks the middle of where the preview drew {@code pointer} on its first page. */
    private void clickOn(FxRobot robot, String pointer) {
        PagePlaces.Place place = window.preview().shown().places().places().stream()
                .filter(p -> p.page() == 0 && p.pointer().equals(pointer)).findFirst().orElseThrow();
        Node page = robot.lookup("#preview-page-1").query();
        Bounds b = page.localToScreen(page.getBoundsInLocal());
        robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * (place.left() + place.right()) / 2,
                b.getMinY() + b.getHeight() * (place.top() + place.bottom()) / 2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#editor-title").queryAs(Label.class).getText();
    }
}
