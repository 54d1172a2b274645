package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.PageImages;
import dev.vitae.render.PageKey;
import dev.vitae.render.RenderedPdf;
import dev.vitae.render.Renderer;
import dev.vitae.render.TimeLimit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Preview pages from the real renderer: the same PDF the export writes, rasterised by PDFBox. It remembers the
 * last render, so that the next one does only what changed: a new resolution alone redraws the same PDF, and
 * a page whose {@link PageKey} is unchanged keeps its image instead of being drawn again. The previous page
 * count tells the renderer in advance whether page numbers are wanted.
 */
final class RendererPageSource implements PageSource {

    /**
     * What the last render made: the PDF and its pages' keys and images, in page order. Images are never
     * changed once made, so the pane and the next render may share them.
     */
    private record Previous(Document document, Path baseDir, RenderedPdf pdf, double dpi, List<PageKey> keys,
                            List<Image> images) {
        static final Previous NONE = new Previous(null, null, null, 0, List.of(), List.of());

        /** Images by key, for a render at the same resolution. */
        Map<PageKey, Image> byKey(double atDpi) {
            Map<PageKey, Image> out = new HashMap<>();
            if (atDpi == dpi) {
                for (int i = 0; i < keys.size(); i++) {
                    out.put(keys.get(i), images.get(i));
                }
            }
            return out;
        }
    }

    private final Supplier<Renderer> renderer;
    private volatile Previous previous = Previous.NONE;

    RendererPageSource(Supplier<Renderer> renderer) {
        this.renderer = renderer;
    }

    @Override
    public PreviewPages render(Document document, Path baseDir, double dpi) throws Exception {
        // issue 4: a render that takes too long is given up; the preview shows the message over the last pages.
        // Loading the renderer (fonts, once) is not part of the limit.
        Renderer loaded = renderer.get();
        Previous before = previous;
        Previous now = TimeLimit.call("The preview", TimeLimit.PREVIEW, () -> renderNow(loaded, before, document, baseDir, dpi));
        previous = now;
        Image first = now.images().get(0);
        return new PreviewPages(now.images(), now.dpi(), first.getWidth() * 72.0 / now.dpi(),
                first.getHeight() * 72.0 / now.dpi(), now.pdf().warnings());
    }

    private static Previous renderNow(Renderer renderer, Previous before, Document document, Path baseDir, double dpi) {
        boolean sameDocument = before.pdf() != null && Objects.equals(before.baseDir(), baseDir)
                && (before.document() == document || before.document().root().equals(document.root()));
        RenderedPdf pdf = sameDocument ? before.pdf()
                : renderer.pdf(document, baseDir, before.pdf() == null ? 0 : before.pdf().pageCount());
        Map<PageKey, Image> reusable = before.byKey(dpi);
        List<PageKey> keys = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        try (PageImages pages = PageImages.open(pdf.bytes())) {
            for (int i = 0; i < pages.pageCount(); i++) {
                PageKey key = pages.key(i);
                Image image = reusable.get(key);
                if (image == null) {
                    image = toFx(pages.page(i, (float) dpi));
                    reusable.put(key, image);
                }
                keys.add(key);
                images.add(image);
            }
        }
        return new Previous(document, baseDir, pdf, dpi, List.copyOf(keys), List.copyOf(images));
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
            return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(pixels, 0, w * h), PixelFormat.getIntArgbPreInstance()));
        }
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] |= 0xFF000000;
        }
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }
}
