package dev.vitae.ui;

/**
 * The pages of the preview that hold images: those in view and one either side, so that scrolling a little
 * shows a drawn page rather than an empty one. Pages outside it are laid out at their size but not drawn,
 * which keeps the memory of a long résumé to a few pages' images. Indexes are 0-based and inclusive; a range
 * may reach past the last page (the page count can change with the next render).
 */
record PageRange(int first, int last) {

    /** Pages either side of those in view that are drawn too. */
    static final int MARGIN = 1;

    /** Before the pane knows its size the reader sees the top of the first page. */
    static final PageRange TOP = around(0, 0);
    /**
     * What the first render of a window draws: the first page alone, what the reader sees first. The page either
     * side follows with the next render, once the pane has measured what is in view; drawn cold at start-up, it
     * held the first preview of the ten-page CV up by 0.4 s (issue 7).
     */
    static final PageRange FIRST_PAGE = new PageRange(0, 0);

    PageRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("pages " + first + "–" + last);
        }
    }

    static PageRange around(int firstInView, int lastInView) {
        return new PageRange(Math.max(0, firstInView - MARGIN), lastInView + MARGIN);
    }

    /**
     * The range for a column of {@code count} pages, each {@code pageHeight} tall with {@code gap} above,
     * between and below them, of which the rows from {@code top} to {@code top + viewHeight} are in view.
     */
    static PageRange inView(double top, double viewHeight, double pageHeight, double gap, int count) {
        if (count <= 0 || pageHeight <= 0 || viewHeight <= 0) {
            return TOP;
        }
        double pitch = pageHeight + gap;
        // in view: the page's bottom edge is below the view's top and its top edge above the view's bottom
        int first = clamp((int) Math.floor((top - gap - pageHeight) / pitch) + 1, count);
        int last = clamp((int) Math.ceil((top + viewHeight - gap) / pitch) - 1, count);
        return around(first, Math.max(first, last));
    }

    private static int clamp(int page, int count) {
        return Math.max(0, Math.min(count - 1, page));
    }

    boolean contains(int page) {
        return page >= first && page <= last;
    }
}
