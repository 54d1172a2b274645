package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.PageImages;
import dev.vitae.render.PageKey;
import dev.vitae.render.PreviewPdf;
import dev.vitae.render.Renderer;
import dev.vitae.render.TimeLimit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Preview pages from the real renderer: the same document the export writes, made in memory rather than saved,
 * rasterised by PDFBox, but only the pages asked for (those in view and around them); the others are measured,
 * not drawn. It remembers what the last render drew, so that the next one draws only what changed: a page whose
 * {@link PageKey} is unchanged keeps its image instead of being drawn again, and scrolling draws just the pages
 * that came into range. The previous page count tells the renderer in advance whether page numbers are wanted.
 *
 * <p>The document itself is closed once its pages are drawn. Keeping it open would spare a scroll or a zoom a
 * new layout, but its parsed fonts and pages then live long enough to reach the old generation, and typing
 * (which makes a new document every keystroke anyway) paid for that in full collections: issue 7 measured twice
 * as many, and 30 MB more peak memory, in the 1,000-keystroke soak.
 */
final class RendererPageSource implements PageSource {

    /**
     * What the last render made: its page count, and the keys and images of the pages it drew. Images are never
     * changed once made, so the pane and the next render may share them; only the drawn pages' are kept, so a
     * page scrolled out of range is left to the collector once the pane lets go of it too.
     */
    private record Previous(int pageCount, double dpi, Map<PageKey, Image> drawn) {
        static final Previous NONE = new Previous(0, 0, Map.of());

        /** Images by key, for a render at the same resolution. */
        Map<PageKey, Image> byKey(double atDpi) {
            return atDpi == dpi ? drawn : Map.of();
        }
    }

    private final Supplier<Renderer> renderer;
    private volatile Previous previous = Previous.NONE;

    RendererPageSource(Supplier<Renderer> renderer) {
        this.renderer = renderer;
    }

    /** One render's pages, and what the next render may reuse of it. */
    private record Made(PreviewPages pages, Previous previous) {
    }

    @Override
    public PreviewPages render(Document document, Path baseDir, double dpi, PageRange range) throws Exception {
        // issue 4: a render that takes too long is given up; the preview shows the message over the last pages.
        // Loading the renderer (fonts, once) is not part of the limit.
        Renderer loaded = renderer.get();
        Previous before = previous;
        Made made = TimeLimit.call("The preview", TimeLimit.PREVIEW, () -> renderNow(loaded, before, document, baseDir, dpi, range));
        previous = made.previous();
        return made.pages();
    }

    private static Made renderNow(Renderer renderer, Previous before, Document document, Path baseDir, double dpi,
                                  PageRange range) {
        try (PreviewPdf pdf = renderer.preview(document, baseDir, before.pageCount())) {
            PageImages pages = pdf.pages();
            Map<PageKey, Image> reusable = before.byKey(dpi);
            Map<PageKey, Image> kept = new HashMap<>();
            Map<Integer, Image> drawn = new TreeMap<>();
            for (int i = range.first(); i <= Math.min(range.last(), pages.pageCount() - 1); i++) {
                PageKey key = pages.key(i);
                Image image = kept.getOrDefault(key, reusable.get(key));
                if (image == null) {
                    image = toFx(pages.page(i, (float) dpi));
                }
                kept.put(key, image);
                drawn.put(i, image);
            }
            Dimension size = pages.pixelSize(0, (float) dpi);
            PreviewPages shown = new PreviewPages(pages.pageCount(), drawn, dpi, size.width, size.height, pdf.warnings(),
                    pdf.places());
            return new Made(shown, new Previous(pages.pageCount(), dpi, Map.copyOf(kept)));
        }
    }

    /**
     * The page's pixels shared with an FX image, without copying: PDFBox draws opaque pixels into an int array,
     * which becomes premultiplied ARGB once the unused alpha byte is set to opaque.
     */
    static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == w && buffer.getOffset() == 0 && buffer.getNumBanks() == 1) {
            int[] pixels = buffer.getData();
            for (int i = 0; i < w * h; i++) {
                pixels[i] |= 0xFF000000;
            }
            return opaqueImage(pixels, w, h);
        }
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] |= 0xFF000000;
        }
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }

    /** An image sharing {@code argb}, whose pixels must all be opaque (so premultiplied and plain are the same). */
    static Image opaqueImage(int[] argb, int width, int height) {
        return new WritableImage(new PixelBuffer<>(width, height, IntBuffer.wrap(argb, 0, width * height), PixelFormat.getIntArgbPreInstance()));
    }
}
