package dev.vitae.ui;

import dev.vitae.LongCv;
import dev.vitae.render.Renderer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With a ten-page CV open, typing is never blocked by rendering: the preview's renderer is held back while
 * the test types, every keystroke still lands at once, and once released the preview catches up with the
 * newest text in a couple of renders rather than one per keystroke.
 */
@ExtendWith(ApplicationExtension.class)
class LongCvResponsivenessTest {

    private final WindowFixture fx = WindowFixture.withFile(LongCv.build(25, 40));
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger renders = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Supplier<Renderer> held = () -> {
            if (Thread.currentThread().getName().equals("vitae-preview")) {
                renders.incrementAndGet();
                try {
                    gate.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return WindowFixture.RENDERER.get();
        };
        fx.open(stage, held);
    }

    @Test
    void typingGoesOnWhileTheTenPagePreviewRenders(FxRobot robot) {
        String typed = " — Principal Engineer at large";
        robot.clickOn("#field-name").press(KeyCode.END).release(KeyCode.END).write(typed);

        String expected = "Ingrid Øvergård-Nakamura" + typed;
        assertEquals(expected, robot.lookup("#field-name").queryAs(TextField.class).getText());
        assertEquals(expected, fx.current().text("/basics/name"), "every keystroke reached the document");
        assertTrue(fx.window.isBusy(), "…while the first render was still held back");
        assertEquals(1, renders.get(), "no render started per keystroke");

        gate.countDown();
        fx.awaitIdle();
        assertTrue(renders.get() <= 3, "newer edits superseded waiting renders: " + renders.get() + " renders");
        int pages = fx.window.preview().pageCountProperty().get();
        assertTrue(pages >= 8, "the long CV has many pages: " + pages);
    }
}
