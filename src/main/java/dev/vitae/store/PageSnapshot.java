package dev.vitae.store;

/**
 * The first page of a preview as it was drawn: opaque ARGB pixels, row by row, at {@code dpi}, and how many pages
 * the document had, so that the pages not kept can be laid out as sheets of the right size and number.
 */
public record PageSnapshot(int pageCount, double dpi, int width, int height, int[] argb) {

    public PageSnapshot {
        if (pageCount < 1 || dpi <= 0 || width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("not a page snapshot: " + pageCount + " pages, " + width + "×" + height
                    + " pixels at " + dpi + " dpi, " + argb.length + " values");
        }
    }
}
