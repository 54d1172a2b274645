package dev.vitae.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF pages as images, for the preview: PDFBox renders them at a requested resolution. An opened PDF gives
 * each page's {@link PageKey} too, so that a preview draws only the pages whose key changed.
 */
public final class PageImages implements AutoCloseable {

    private final PDDocument doc;
    private final PDFRenderer renderer;
    /** Each page's key, taken before the page is first drawn: drawing adds appearance streams to its links. */
    private final PageKey[] keys;

    private PageImages(PDDocument doc) {
        this.doc = doc;
        this.renderer = new PDFRenderer(doc);
        this.keys = new PageKey[doc.getNumberOfPages()];
        renderer.setSubsamplingAllowed(false);
    }

    /** The pages of a document made in memory; closing these closes the document. */
    static PageImages of(PDDocument doc) {
        return new PageImages(doc);
    }

    /** Opens {@code pdf}; close it when done. */
    public static PageImages open(byte[] pdf) {
        try {
            return new PageImages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be read: " + e.getMessage(), e);
        }
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }

    /** What page {@code index} (0-based) draws. */
    public PageKey key(int index) {
        try {
            if (keys[index] == null) {
                keys[index] = PageKey.of(doc.getPage(index));
            }
            return keys[index];
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The size of {@link #page}'s image for page {@code index} at {@code dpi}, without drawing it: PDFBox's own
     * rounding (whole pixels, at least one, width and height swapped for a page turned a quarter), so that a
     * page not drawn yet can be laid out exactly as big as its image will be.
     */
    public Dimension pixelSize(int index, float dpi) {
        PDPage page = doc.getPage(index);
        PDRectangle crop = page.getCropBox();
        float scale = dpi / 72f;
        int width = (int) Math.max(Math.floor(crop.getWidth() * scale), 1);
        int height = (int) Math.max(Math.floor(crop.getHeight() * scale), 1);
        int rotation = page.getRotation();
        return rotation == 90 || rotation == 270 ? new Dimension(height, width) : new Dimension(width, height);
    }

    /** Page {@code index} (0-based) at {@code dpi}: opaque pixels in an image of type {@code TYPE_INT_RGB}. */
    public BufferedImage page(int index, float dpi) {
        if (index < 0 || index >= doc.getNumberOfPages()) {
            throw new IndexOutOfBoundsException("page " + index + " of " + doc.getNumberOfPages());
        }
        key(index);
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be read: " + e.getMessage(), e);
        }
    }

    /** Every page of {@code pdf} at {@code dpi} dots per inch. */
    public static List<BufferedImage> render(byte[] pdf, float dpi) {
        try (PageImages pages = open(pdf)) {
            List<BufferedImage> out = new ArrayList<>(pages.pageCount());
            for (int i = 0; i < pages.pageCount(); i++) {
                out.add(pages.page(i, dpi));
            }
            return out;
        }
    }

    /** One page (0-based). */
    public static BufferedImage renderPage(byte[] pdf, int pageIndex, float dpi) {
        try (PageImages pages = open(pdf)) {
            return pages.page(pageIndex, dpi);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            // an in-memory document: nothing left to release
        }
    }
}
