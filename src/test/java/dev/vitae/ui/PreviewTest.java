package dev.vitae.ui;

import dev.vitae.LongCv;
import dev.vitae.render.Renderer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview keeps its place across updates, zooms, and shows a failed render over the last good pages. */
@ExtendWith(ApplicationExtension.class)
class PreviewTest {

    private final WindowFixture fx = WindowFixture.withFile(LongCv.build(25, 40));
    private final AtomicBoolean failing = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        Supplier<Renderer> renderer = () -> {
            if (failing.get() && Thread.currentThread().getName().equals("vitae-preview")) {
                throw new IllegalStateException("the theme's template is broken");
            }
            return WindowFixture.RENDERER.get();
        };
        fx.open(stage, renderer);
    }

    @Test
    void scrollPositionSurvivesAnUpdate(FxRobot robot) {
        fx.awaitIdle();
        ScrollPane scroll = robot.lookup("#preview-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0.6));
        fx.awaitIdle();
        PreviewPages before = fx.window.preview().shown();

        robot.clickOn("#field-label").press(KeyCode.END).release(KeyCode.END).write(" and mentor");
        fx.awaitIdle();

        assertNotSame(before, fx.window.preview().shown(), "the pages were re-rendered");
        assertEquals(before.count(), fx.window.preview().pageCountProperty().get());
        assertEquals(0.6, scroll.getVvalue(), 0.001, "the reader stays where they were");
    }

    @Test
    void fitPageShowsSmallerPagesThanFitWidth(FxRobot robot) {
        fx.awaitIdle();
        double wide = fx.window.preview().shown().dpi();
        robot.clickOn("#zoom-fit-page");
        fx.awaitIdle();
        assertTrue(fx.window.preview().shown().dpi() < wide, "a whole page in view is drawn smaller");
        double fitted = fx.window.preview().shownPercent();
        ComboBox<?> level = robot.lookup("#zoom-level").queryAs(ComboBox.class);
        assertEquals(Math.round(fitted) + "%", level.getValue(), "the zoom box shows the size that fit gives");
        assertEquals(Zoom.Mode.FIT_PAGE, fx.window.preview().zoomProperty().get().mode(), "and stays in fit mode");
        robot.clickOn("#zoom-in");
        fx.awaitIdle();
        Zoom zoomed = fx.window.preview().zoomProperty().get();
        assertEquals(Zoom.Mode.PERCENT, zoomed.mode());
        assertTrue(zoomed.percent() > fitted, "zooming in from " + fitted + "% gave " + zoomed.percent() + "%");
        assertTrue(fx.window.preview().shownPercent() < fitted + 26, "one step, not a jump");
    }

    @Test
    void aFailedRenderShowsItsMessageOverTheLastGoodPages(FxRobot robot) {
        fx.awaitIdle();
        PreviewPages good = fx.window.preview().shown();
        Label error = robot.lookup("#preview-error").queryAs(Label.class);
        assertFalse(error.isVisible());

        failing.set(true);
        robot.clickOn("#field-label").press(KeyCode.END).release(KeyCode.END).write("!");
        fx.awaitIdle();
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("the theme's template is broken"), error.getText());
        assertSame(good, fx.window.preview().shown(), "the last good pages stay");
        assertTrue(fx.current().text("/basics/label").endsWith("!"), "the edit is kept");

        failing.set(false);
        robot.write("!");
        fx.awaitIdle();
        assertFalse(error.isVisible(), "the next good render clears the message");
    }
}
