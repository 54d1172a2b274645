package dev.vitae.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A photo named relative to the résumé file shows in the window's first preview: the first render is asked for
 * while the file is being opened, and must resolve the photo against the file's folder, not against none.
 */
@ExtendWith(ApplicationExtension.class)
class RelativePhotoPreviewTest {

    private final WindowFixture fx = WindowFixture.withFile(
            RecoveryOfferTest.doc("{'basics': {'name': 'Ana Ruiz', 'label': 'Engineer', 'image': 'me.png'}}"));
    /** The pages of the window's first render, whatever renders follow it. */
    private volatile PreviewPages first;

    @Start
    void start(Stage stage) throws IOException {
        BufferedImage photo = new BufferedImage(120, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(0, 0, 120, 150);
        g.dispose();
        ImageIO.write(photo, "png", fx.dir.resolve("me.png").toFile());
        fx.open(stage, WindowFixture.RENDERER, window -> window.preview().pageCountProperty().addListener((obs, old, count) ->
                javafx.application.Platform.runLater(() -> {
                    if (first == null) {
                        first = window.preview().shown();
                    }
                })));
    }

    @Test
    void theFirstPreviewShowsThePhotoBesideTheFile() throws Exception {
        fx.awaitIdle();
        PreviewPages shown = first;
        assertNotNull(shown.image(0), "the first page is drawn");
        RendererPageSource fresh = new RendererPageSource(WindowFixture.RENDERER);
        PreviewPages withPhoto = fresh.render(fx.current(), fx.dir.toAbsolutePath(), shown.dpi(), PageRange.FIRST_PAGE);
        PreviewPages withoutPhoto = fresh.render(fx.current(), null, shown.dpi(), PageRange.FIRST_PAGE);
        assertFalse(java.util.Arrays.equals(Pixels.argb(withPhoto.image(0)), Pixels.argb(withoutPhoto.image(0))),
                "the photo changes the page");
        assertArrayEquals(Pixels.argb(withPhoto.image(0)), Pixels.argb(shown.image(0)), "the window's page has the photo");
    }
}
