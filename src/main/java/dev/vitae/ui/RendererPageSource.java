package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.PageImages;
import dev.vitae.render.RenderedPdf;
import dev.vitae.render.Renderer;
import dev.vitae.render.TimeLimit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Preview pages from the real renderer: the same PDF the export writes, rasterised by PDFBox. */
final class RendererPageSource implements PageSource {

    private final Supplier<Renderer> renderer;

    RendererPageSource(Supplier<Renderer> renderer) {
        this.renderer = renderer;
    }

    @Override
    public PreviewPages render(Document document, Path baseDir, double dpi) throws Exception {
        // issue 4: a render that takes too long is given up; the preview shows the message over the last pages.
        // Loading the renderer (fonts, once) is not part of the limit.
        Renderer loaded = renderer.get();
        return TimeLimit.call("The preview", TimeLimit.PREVIEW, () -> renderNow(loaded, document, baseDir, dpi));
    }

    private static PreviewPages renderNow(Renderer renderer, Document document, Path baseDir, double dpi) {
        RenderedPdf pdf = renderer.pdf(document, baseDir);
        List<BufferedImage> pages = PageImages.render(pdf.bytes(), (float) dpi);
        List<Image> images = new ArrayList<>(pages.size());
        for (BufferedImage page : pages) {
            images.add(toFx(page));
        }
        BufferedImage first = pages.get(0);
        return new PreviewPages(images, dpi, first.getWidth() * 72.0 / dpi, first.getHeight() * 72.0 / dpi, pdf.warnings());
    }

    /** Copies pixels into an FX image without javafx-swing; opaque pages, so alpha is forced to full. */
    static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] |= 0xFF000000;
        }
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }
}
