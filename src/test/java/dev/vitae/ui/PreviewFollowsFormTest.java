package dev.vitae.ui;

import dev.vitae.LongCv;
import dev.vitae.render.PagePlaces;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choosing an entry in the form scrolls the preview to where that entry is, when it is out of view. */
@ExtendWith(ApplicationExtension.class)
class PreviewFollowsFormTest {

    private final WindowFixture fx = WindowFixture.withFile(LongCv.build(8, 12));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = fx.open(stage);
    }

    @Test
    void theEntryChosenInTheFormComesIntoViewInThePreview(FxRobot robot) {
        fx.awaitIdle();
        PagePlaces.Place last = window.preview().shown().places().first("/publications/11").orElseThrow();
        assertTrue(last.page() > 0, "the last publication is on a later page");
        assertFalse(inView(robot, last), "and out of view at first");

        robot.clickOn("#section-publications");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#entry-0").press(KeyCode.END).release(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(11, robot.lookup("#entry-list").queryAs(ListView.class).getSelectionModel().getSelectedIndex());
        assertTrue(inView(robot, last), "the preview scrolled to it");

        double scrolled = robot.lookup("#preview-scroll").queryAs(ScrollPane.class).getVvalue();
        robot.press(KeyCode.UP).release(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scrolled, robot.lookup("#preview-scroll").queryAs(ScrollPane.class).getVvalue(),
                "an entry already in view leaves the preview where it is");
    }

    /** Whether the preview shows all of {@code place} (or, for a tall part, its top half of the view). */
    private static boolean inView(FxRobot robot, PagePlaces.Place place) {
        Node sheet = robot.lookup("#preview-page-" + (place.page() + 1)).query().getParent();
        Bounds page = sheet.localToScreen(sheet.getBoundsInLocal());
        Node scroll = robot.lookup("#preview-scroll").query();
        Bounds view = scroll.localToScreen(scroll.getBoundsInLocal());
        double top = page.getMinY() + place.top() * page.getHeight();
        double bottom = page.getMinY() + place.bottom() * page.getHeight();
        return top >= view.getMinY() && bottom <= view.getMaxY();
    }
}
