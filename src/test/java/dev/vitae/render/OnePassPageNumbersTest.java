package dev.vitae.render;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page numbers are chosen in one pass from the previous page count or a guess; a wrong guess is corrected, so
 * the PDF never depends on it: numbers on every page of a long CV, none on a one-page résumé.
 */
class OnePassPageNumbersTest {

    private static final Document LONG = LongCv.build(12, 0);

    @Test
    void aLongCvGuessedAsOnePageStillGetsNumbers() {
        RenderedPdf pdf = Rendering.RENDERER.pdf(LONG, null, 1);
        assertTrue(pdf.pageCount() > 1);
        assertTrue(Rendering.text(pdf.bytes()).contains("1 / " + pdf.pageCount()));
        assertEquals(Rendering.text(Rendering.RENDERER.pdf(LONG, null, 5).bytes()), Rendering.text(pdf.bytes()),
                "the same text whichever the guess");
    }

    @Test
    void aOnePageResumeGuessedAsLongGetsNoNumber() {
        RenderedPdf pdf = Rendering.RENDERER.pdf(Rendering.sample(), null, 9);
        assertEquals(1, pdf.pageCount());
        assertFalse(Rendering.text(pdf.bytes()).contains("1 / 1"));
    }

    @Test
    void theGuessFollowsTheLengthOfTheText() {
        assertFalse(PageGuess.severalPages(Rendering.RENDERER.xhtml(Rendering.sample(), null)));
        assertTrue(PageGuess.severalPages(Rendering.RENDERER.xhtml(LongCv.build(25, 40), null)));
        assertFalse(PageGuess.severalPages("<html><body>" + "<p>  word  </p>".repeat(900) + "</body></html>"),
                "tags and runs of spaces are not text");
    }
}
