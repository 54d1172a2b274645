package dev.vitae.ui;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * The preview draws only what changed: after an edit, pages it did not touch keep their images from the last
 * render, and every page shown equals a fresh render of the edited document, pixel for pixel. A new resolution
 * redraws every page.
 */
class RendererPageSourceTest {

    private static final double DPI = 30;

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
    }

    @Test
    void anEditRedrawsOnlyItsPageAndTheResultEqualsAFreshRender() throws Exception {
        Document before = LongCv.build(14, 0);
        String pointer = "/work/7/highlights/2";
        Document after = Edit.SetValue.text(pointer, before.text(pointer) + " Then more of the same.").applyTo(before);
        RendererPageSource source = new RendererPageSource(WindowFixture.RENDERER);
        PreviewPages first = source.render(before, null, DPI);
        PreviewPages second = source.render(after, null, DPI);
        PreviewPages fresh = new RendererPageSource(WindowFixture.RENDERER).render(after, null, DPI);

        assertEquals(fresh.count(), second.count());
        int redrawn = 0;
        for (int i = 0; i < second.count(); i++) {
            assertArrayEquals(argb(fresh.images().get(i)), argb(second.images().get(i)), "page " + (i + 1));
            if (second.images().get(i) != first.images().get(i)) {
                redrawn++;
            }
        }
        assertEquals(1, redrawn, "only the edited page was drawn again");

        PreviewPages larger = source.render(after, null, DPI * 2);
        for (int i = 0; i < larger.count(); i++) {
            assertNotSame(second.images().get(i), larger.images().get(i));
        }
        assertEquals(second.count(), larger.count());
    }

    private static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }
}
