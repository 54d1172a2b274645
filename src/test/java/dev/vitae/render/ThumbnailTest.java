package dev.vitae.render;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page 1 of the sample in each theme, small, for the settings' theme list. */
class ThumbnailTest {

    @Test
    void eachThemeHasADistinctThumbnailMadeOnce() throws Exception {
        java.util.Set<Integer> looks = new java.util.HashSet<>();
        for (String theme : ThemeCatalog.BUILT_IN) {
            byte[] png = Rendering.RENDERER.thumbnail(theme);
            assertSame(png, Rendering.RENDERER.thumbnail(theme), "kept after the first request");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(Renderer.THUMBNAIL_WIDTH, image.getWidth(), 1);
            assertTrue(image.getHeight() > image.getWidth(), "a page is taller than wide");
            assertTrue(darkest(image) < 100, "text is drawn");
            looks.add(java.util.Arrays.hashCode(png));
        }
        assertEquals(ThemeCatalog.BUILT_IN.size(), looks.size(), "the themes look different");
        assertThrows(IllegalArgumentException.class, () -> Rendering.RENDERER.thumbnail("no-such-theme"));
    }

    /** The lowest green value on the page: text is dark. */
    private static int darkest(BufferedImage image) {
        int min = 255;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                min = Math.min(min, (image.getRGB(x, y) >> 8) & 0xff);
            }
        }
        return min;
    }
}
