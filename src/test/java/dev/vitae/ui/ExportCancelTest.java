package dev.vitae.ui;

import dev.vitae.render.Renderer;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A running export shows Cancel in the status bar; cancelling it writes nothing. */
@ExtendWith(ApplicationExtension.class)
class ExportCancelTest {

    private final WindowFixture fx = WindowFixture.withSample();
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        Supplier<Renderer> slowExports = () -> {
            if (Thread.currentThread().getName().equals("vitae-task")) {
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return WindowFixture.RENDERER.get();
        };
        fx.open(stage, slowExports);
    }

    @Test
    void cancellingAnExportWritesNothing(FxRobot robot) throws Exception {
        Path target = fx.dir.resolve("cancelled.pdf");
        fx.prompts.answer(target);
        robot.clickOn("#menu-export").clickOn("PDF…");
        Button cancel = robot.lookup("#task-cancel").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, cancel::isVisible);
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cancel.isVisible());
        release.countDown();
        fx.awaitIdle();
        assertFalse(Files.exists(target), "a cancelled export leaves no file");
        try (var files = Files.list(fx.dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "and no temporary file");
        }
    }
}
