package dev.vitae.ui;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview draws only what changed and only what is asked for: after an edit, pages it did not touch keep
 * their images from the last render, and every page drawn equals a fresh render of the edited document, pixel
 * for pixel. Pages outside the range asked for are counted and measured but not drawn, and moving the range
 * draws just the pages that entered it. A new resolution redraws every page asked for.
 */
class RendererPageSourceTest {

    private static final double DPI = 30;
    private static final PageRange ALL = new PageRange(0, 99);

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
        PreviewPages first = source.render(before, null, DPI, ALL);
        PreviewPages second = source.render(after, null, DPI, ALL);
        PreviewPages fresh = new RendererPageSource(WindowFixture.RENDERER).render(after, null, DPI, ALL);

        assertEquals(fresh.count(), second.count());
        int redrawn = 0;
        for (int i = 0; i < second.count(); i++) {
            assertArrayEquals(Pixels.argb(fresh.image(i)), Pixels.argb(second.image(i)), "page " + (i + 1));
            if (second.image(i) != first.image(i)) {
                redrawn++;
            }
        }
        assertEquals(1, redrawn, "only the edited page was drawn again");

        PreviewPages larger = source.render(after, null, DPI * 2, ALL);
        for (int i = 0; i < larger.count(); i++) {
            assertNotSame(second.image(i), larger.image(i));
        }
        assertEquals(second.count(), larger.count());
    }

    @Test
    void onlyThePagesAskedForAreDrawnAndTheOthersAreMeasured() throws Exception {
        Document doc = LongCv.build(25, 40);
        RendererPageSource source = new RendererPageSource(WindowFixture.RENDERER);
        PreviewPages all = new RendererPageSource(WindowFixture.RENDERER).render(doc, null, DPI, ALL);
        PreviewPages top = source.render(doc, null, DPI, PageRange.TOP);

        assertTrue(all.count() >= 8, "the long CV has many pages: " + all.count());
        assertEquals(all.count(), top.count(), "every page is counted, drawn or not");
        assertEquals(Set.of(0, 1), top.drawn().keySet());
        Image first = all.image(0);
        assertEquals(first.getWidth(), top.pageWidthPx(), "a page not drawn is as wide as its image would be");
        assertEquals(first.getHeight(), top.pageHeightPx(), "…and as tall");
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(Pixels.argb(all.image(i)), Pixels.argb(top.image(i)), "page " + (i + 1));
        }
    }

    @Test
    void movingTheRangeDrawsThePagesEnteringItAndKeepsTheOthers() throws Exception {
        Document doc = LongCv.build(25, 40);
        RendererPageSource source = new RendererPageSource(WindowFixture.RENDERER);
        PreviewPages all = new RendererPageSource(WindowFixture.RENDERER).render(doc, null, DPI, ALL);
        int last = all.count() - 1;
        PreviewPages middle = source.render(doc, null, DPI, new PageRange(last - 4, last - 2));
        PreviewPages end = source.render(doc, null, DPI, new PageRange(last - 2, last + 1));

        assertEquals(Set.of(last - 2, last - 1, last), end.drawn().keySet(), "a range past the end stops at the last page");
        assertSame(middle.image(last - 2), end.image(last - 2), "a page still in range is not drawn again");
        for (int i = last - 2; i <= last; i++) {
            assertArrayEquals(Pixels.argb(all.image(i)), Pixels.argb(end.image(i)), "page " + (i + 1));
        }
    }

    @Test
    void anEditOutsideTheRangeDrawsNothing() throws Exception {
        Document before = LongCv.build(25, 40);
        String pointer = "/basics/label";
        Document after = Edit.SetValue.text(pointer, before.text(pointer) + " and mentor").applyTo(before);
        RendererPageSource source = new RendererPageSource(WindowFixture.RENDERER);
        PageRange range = new PageRange(4, 6);
        PreviewPages first = source.render(before, null, DPI, range);
        PreviewPages second = source.render(after, null, DPI, range);

        assertEquals(Set.of(4, 5, 6), second.drawn().keySet());
        for (int i = 4; i <= 6; i++) {
            assertNotNull(second.image(i));
            assertSame(first.image(i), second.image(i), "page " + (i + 1) + " did not change and is not drawn again");
        }
        PreviewPages top = source.render(after, null, DPI, PageRange.TOP);
        PreviewPages fresh = new RendererPageSource(WindowFixture.RENDERER).render(after, null, DPI, PageRange.TOP);
        assertArrayEquals(Pixels.argb(fresh.image(0)), Pixels.argb(top.image(0)), "the edited page, drawn when asked for, is the new one");
    }

}
