package dev.vitae.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** PDF pages as images, for the preview: PDFBox renders them at a requested resolution. */
public final class PageImages {

    private PageImages() {
    }

    /** Every page of {@code pdf} at {@code dpi} dots per inch. */
    public static List<BufferedImage> render(byte[] pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = renderer(doc);
            List<BufferedImage> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be read: " + e.getMessage(), e);
        }
    }

    /** One page (0-based), so a preview can redraw only the pages that changed. */
    public static BufferedImage renderPage(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (pageIndex < 0 || pageIndex >= doc.getNumberOfPages()) {
                throw new IndexOutOfBoundsException("page " + pageIndex + " of " + doc.getNumberOfPages());
            }
            return renderer(doc).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be read: " + e.getMessage(), e);
        }
    }

    private static PDFRenderer renderer(PDDocument doc) {
        PDFRenderer r = new PDFRenderer(doc);
        r.setSubsamplingAllowed(false);
        return r;
    }
}
