package dev.vitae.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which pages are drawn, for a column of pages 100 pixels tall with a 10-pixel gap around and between them. */
class PageRangeTest {

    private static final double PAGE = 100;
    private static final double GAP = 10;

    @Test
    void thePagesInViewAndOneEitherSide() {
        assertEquals(new PageRange(0, 1), PageRange.inView(0, 50, PAGE, GAP, 9), "the top of the first page");
        assertEquals(new PageRange(2, 5), PageRange.inView(330, 220, PAGE, GAP, 9), "pages 3 and 4 (from 0) in view");
        assertEquals(new PageRange(7, 9), PageRange.inView(900, 100, PAGE, GAP, 9), "the end of the column");
    }

    @Test
    void aPageIsInViewWhenAnyRowOfItIs() {
        // page 1 (from 0) spans rows 120 to 220
        assertEquals(new PageRange(0, 2), PageRange.inView(219, 1, PAGE, GAP, 9), "its last row");
        assertEquals(new PageRange(1, 3), PageRange.inView(220, 1, PAGE, GAP, 9), "only the gap below it: the next page");
        assertEquals(new PageRange(0, 1), PageRange.inView(0, 120, PAGE, GAP, 9), "its top edge at the bottom of the view");
        assertEquals(new PageRange(0, 2), PageRange.inView(0, 121, PAGE, GAP, 9), "its first row");
    }

    @Test
    void beforeLayoutTheTopOfTheFirstPage() {
        assertEquals(PageRange.TOP, PageRange.inView(0, 0, PAGE, GAP, 9));
        assertEquals(PageRange.TOP, PageRange.inView(0, 500, 0, GAP, 9));
        assertEquals(PageRange.TOP, PageRange.inView(0, 500, PAGE, GAP, 0));
    }
}
