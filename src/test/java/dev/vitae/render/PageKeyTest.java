package dev.vitae.render;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's key tells whether it draws what it drew in the last render: after an edit on one page of a long CV
 * only that page's key changes, and every page whose key did not change draws exactly the same pixels.
 */
class PageKeyTest {

    private static final float DPI = 30;

    @Test
    void anEditChangesTheKeyOfItsPageOnlyAndEqualKeysDrawEqualPixels() {
        Document before = LongCv.build(14, 0);
        String pointer = "/work/7/highlights/2";
        Document after = Edit.SetValue.text(pointer, before.text(pointer) + " Then more of the same.").applyTo(before);
        byte[] a = Rendering.RENDERER.pdf(before, null).bytes();
        byte[] b = Rendering.RENDERER.pdf(after, null).bytes();
        List<PageKey> keysA = keys(a);
        List<PageKey> keysB = keys(b);
        assertEquals(keysA.size(), keysB.size());
        int changed = 0;
        List<BufferedImage> imagesA = PageImages.render(a, DPI);
        List<BufferedImage> imagesB = PageImages.render(b, DPI);
        for (int i = 0; i < keysA.size(); i++) {
            if (keysA.get(i).equals(keysB.get(i))) {
                assertArrayEquals(pixels(imagesA.get(i)), pixels(imagesB.get(i)), "page " + (i + 1) + " has the same key");
            } else {
                changed++;
            }
        }
        assertEquals(1, changed, "only the edited page changed: " + keysA + " / " + keysB);
        assertTrue(keysA.size() > 2);
    }

    @Test
    void anotherAccentColourChangesEveryPageThatUsesIt() {
        Document sample = Rendering.sample();
        Document red = Rendering.withSettings(sample, v -> v.put("accent", "#aa0000"));
        assertNotEquals(keys(Rendering.pdf(sample).bytes()), keys(Rendering.pdf(red).bytes()));
    }

    @Test
    void aSubsetTagIsNotPartOfTheFontsName() {
        assertEquals("LiberationSerif-Bold", PageKey.withoutSubsetTag("ABCDEF+LiberationSerif-Bold"));
        assertEquals("Abcdef+Font", PageKey.withoutSubsetTag("Abcdef+Font"));
        assertEquals("null", PageKey.withoutSubsetTag(null));
    }

    private static List<PageKey> keys(byte[] pdf) {
        try (PageImages pages = PageImages.open(pdf)) {
            List<PageKey> keys = new ArrayList<>();
            for (int i = 0; i < pages.pageCount(); i++) {
                keys.add(pages.key(i));
            }
            return keys;
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
