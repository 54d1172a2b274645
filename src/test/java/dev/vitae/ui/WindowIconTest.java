package dev.vitae.ui;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The app icon is put on the window once the first preview is on screen, at every size the icon set has. */
@ExtendWith(ApplicationExtension.class)
class WindowIconTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void theWindowHasTheAppIconAtEverySize() {
        fx.awaitIdle();
        List<Double> widths = fx.stage.getIcons().stream().map(Image::getWidth).toList();
        assertEquals(List.of(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0, 512.0), widths);
    }
}
