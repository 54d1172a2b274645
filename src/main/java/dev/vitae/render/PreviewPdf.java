package dev.vitae.render;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.List;

/**
 * A rendered document kept open in memory for drawing its pages, never saved: what the preview shows, laid out
 * and drawn exactly as the exported PDF. Close it when done; not for use by two threads at once.
 */
public final class PreviewPdf implements AutoCloseable {

    private final PageImages pages;
    private final List<String> warnings;
    private final PagePlaces places;

    PreviewPdf(PDDocument doc, List<String> warnings, PagePlaces places) {
        this.pages = PageImages.of(doc);
        this.warnings = List.copyOf(warnings);
        this.places = places;
    }

    /** Its pages, to measure, fingerprint and draw. */
    public PageImages pages() {
        return pages;
    }

    public int pageCount() {
        return pages.pageCount();
    }

    /** As for {@link RenderedPdf#warnings()}: characters no font could show, with what to install. */
    public List<String> warnings() {
        return warnings;
    }

    /** Where each part of the résumé is on the pages, for a click on a page to find what it shows. */
    public PagePlaces places() {
        return places;
    }

    @Override
    public void close() {
        pages.close();
    }
}
