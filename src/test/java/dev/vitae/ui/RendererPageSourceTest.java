package dev.vitae.ui;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.render.PageImages;
import dev.vitae.render.RenderedPdf;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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

    @Test
    void anEarlyRenderOfTheSameDocumentIsShownFirstAndNoOtherDocumentGetsIt() throws Exception {
        Document sample = Samples.sample();
        RenderedPdf pdf = WindowFixture.RENDERER.get().pdf(sample, null);
        BufferedImage early = PageImages.renderPage(pdf.bytes(), 0, 28);
        early.setRGB(0, 0, 0xFF123456);
        FirstRender first = (doc, base) -> doc.root().equals(sample.root()) && base == null
                ? Optional.of(new FirstRender.Made(pdf, 28, CompletableFuture.completedFuture(Optional.of(early))))
                : Optional.empty();

        PreviewPages shown = new RendererPageSource(WindowFixture.RENDERER, first).render(sample, null, DPI);
        assertEquals(28, shown.dpi(), "drawn early, near enough the resolution wanted");
        assertEquals(0xFF123456, shown.images().get(0).getPixelReader().getArgb(0, 0), "the early image itself");

        PreviewPages far = new RendererPageSource(WindowFixture.RENDERER, first).render(sample, null, DPI * 3);
        assertEquals(DPI * 3, far.dpi(), "too far from the resolution wanted: drawn again");

        Document other = Edit.SetValue.text("/basics/name", "Someone Else").applyTo(sample);
        PreviewPages otherPages = new RendererPageSource(WindowFixture.RENDERER, first).render(other, null, DPI);
        assertEquals(DPI, otherPages.dpi());
        assertArrayEquals(argb(new RendererPageSource(WindowFixture.RENDERER).render(other, null, DPI).images().get(0)),
                argb(otherPages.images().get(0)), "another document is rendered, not given the early pages");
    }

    private static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }
}
