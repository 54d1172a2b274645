package dev.vitae.render;

import dev.vitae.LongCv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A program that reads a page's text in the order it is written meets the résumé first and the page number last;
 * what is drawn stays the same ({@link PreviewMatchesExportTest} compares the pixels with the preview's, which
 * keeps openhtmltopdf's order).
 */
class MarginTextLastTest {

    private static final String OPENING = "0.0375 w\n2 J\n0 j\n10 M\n[] 0 d\n";
    private static final String NUMBER = "/Artifact /Prop1 BDC\n0.4 0.4 0.4 rg\nBT\n/F1 8 Tf\n1 0 0 1 290 12 Tm\n(1 \\) /) Tj\nET\n"
            + "BT\n/F1 8 Tf\n1 0 0 1 300 12 Tm\n[<0192> -20 (3)] TJ\nET\nEMC\n";
    private static final String CONTENT = "q\n40 800 m 555 800 l 555 31 l h W n\n/P <</MCID 0>> BDC\nBT\n/F2 10 Tf\n"
            + "1 0 0 1 40 790 Tm\n(Ana Lima) Tj\nET\nEMC\nQ\n";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reordered(String stream) {
        byte[] out = MarginTextLast.reorder(bytes(stream));
        return out == null ? null : new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void theMarginsTextIsDrawnAfterTheContentFromTheStateItWasDrawnInBefore() {
        String stripped = NUMBER.replace("(1 \\) /) Tj", "").replace("[<0192> -20 (3)] TJ", "");
        assertEquals(OPENING + "q\n" + stripped + CONTENT + "\nQ\n" + NUMBER, reordered(OPENING + NUMBER + CONTENT));
    }

    @Test
    void aPageWithoutMarginTextOrWithMoreThanTextInItsMarginsIsLeftAsItIs() {
        assertNull(reordered(OPENING + CONTENT), "no page number");
        assertNull(reordered(OPENING + NUMBER.replace("ET\nEMC", "ET\n0 0 10 10 re f\nEMC") + CONTENT), "a rule in the margin");
        assertNull(reordered(OPENING + NUMBER.replace("Tj", "'") + CONTENT), "an operator that also sets spacing");
        assertNull(reordered(OPENING + "/P <</MCID 0>> BDC\n(x) Tj\nEMC\n" + CONTENT), "tagged content before the margins");
    }

    @Test
    void contentThatWouldLeaveStateBehindOrCannotBeReadIsLeftAsItIs() {
        assertNull(reordered(OPENING + NUMBER + CONTENT + "q\n"), "a q without its Q");
        assertNull(reordered(OPENING + NUMBER + "Q\n" + CONTENT + "q\n"), "a Q before its q");
        assertNull(reordered(OPENING + NUMBER + CONTENT + "BI /W 1 /H 1 ID \u00ff\u0051 EI\n"), "an inline image");
        assertNull(reordered(OPENING + NUMBER.replace("(1 \\) /)", "(1 (") + CONTENT), "a string that never ends");
    }

    static java.util.stream.Stream<String> themes() {
        return ThemeCatalog.BUILT_IN.stream();
    }

    @ParameterizedTest
    @MethodSource("themes")
    void everyPageOfAnExportReadsTheResumeFirstAndItsNumberLast(String theme) throws Exception {
        byte[] pdf = Rendering.pdf(Rendering.withSettings(LongCv.build(25, 40), v -> v.put("theme", theme))).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 2, theme + ": " + pages + " pages");
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(false);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String[] lines = stripper.getText(doc).strip().split("\n");
                String number = page + " / " + pages;
                assertFalse(lines[0].strip().equals(number), theme + ", page " + page + " starts with its number");
                assertEquals(number, lines[lines.length - 1].strip(), theme + ", page " + page + " ends with its number");
            }
        }
    }
}
