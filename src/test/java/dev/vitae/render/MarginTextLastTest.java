package dev.vitae.render;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        String stripped = NUMBER.replace("\n(1 \\) /) Tj", "").replace("\n[<0192> -20 (3)] TJ", "");
        assertEquals(OPENING + "q\n" + stripped + CONTENT + "\nQ\n" + NUMBER, reordered(OPENING + NUMBER + CONTENT));
    }

    @Test
    void aPageBackgroundStaysFirstAndARuleInTheMarginMovesWithItsText() {
        String background = "0.95 0.94 0.91 rg\n0 842 m 0 0 l 595 0 l 595 842 l h f\n";
        String ruled = "/Artifact /Prop1 BDC\n0.5 0.2 0.2 rg\n40 810 85 1 re\nf\nBT\n/F1 8 Tf\n1 0 0 1 500 823 Tm\n(CV) Tj\nET\nEMC\n";
        String stripped = "/Artifact /Prop1 BDC\n0.5 0.2 0.2 rg\nBT\n/F1 8 Tf\n1 0 0 1 500 823 Tm\nET\nEMC\n";
        assertEquals(OPENING + background + "q\n" + stripped + NUMBER.replace("\n(1 \\) /) Tj", "").replace("\n[<0192> -20 (3)] TJ", "")
                        + CONTENT + "\nQ\n" + ruled + NUMBER,
                reordered(OPENING + background + ruled + NUMBER + CONTENT));
    }

    @Test
    void aPageWithoutMarginTextOrWithMoreThanTextInItsMarginsIsLeftAsItIs() {
        assertNull(reordered(OPENING + CONTENT), "no page number");
        assertNull(reordered(OPENING + NUMBER.replace("ET\nEMC", "ET\n0 0 10 10 re W n\nEMC") + CONTENT), "a clip in the margin");
        assertNull(reordered(OPENING + NUMBER.replace("ET\nEMC", "ET\n/Im1 Do\nEMC") + CONTENT), "an image in the margin");
        assertNull(reordered(OPENING + "/Im0 Do\n" + NUMBER + CONTENT), "an image on the page before the margins");
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

    @Test
    void aUserThemeWithAPageBackgroundAndARuledMarginBoxReadsTheSameWayAndDrawsTheSame(@TempDir Path themes) throws Exception {
        Path classic = Path.of(ThemeCatalog.class.getResource("/dev/vitae/themes/classic").toURI());
        Path theme = Files.createDirectories(themes.resolve("ruled"));
        try (var files = Files.list(classic)) {
            for (Path f : files.toList()) {
                Files.copy(f, theme.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(theme.resolve(Theme.MANIFEST), Files.readString(theme.resolve(Theme.MANIFEST))
                .replaceFirst("\"name\": *\"classic\"", "\"name\": \"ruled\""));
        Files.writeString(theme.resolve(Theme.STYLE), Files.readString(theme.resolve(Theme.STYLE)).replaceFirst("@page \\{\n",
                "@page {\n  background-color: #f4f1ea;\n  @top-right { content: \"Curriculum vitae\"; font-size: 8pt; }\n"
                        + "  @top-left { content: \"\"; border-bottom: 1pt solid #884444; }\n"));
        Renderer renderer = new Renderer(ThemeCatalog.builtIn().withUserThemes(themes), Locale.ENGLISH);
        Document doc = Rendering.withSettings(LongCv.build(8, 10), v -> v.put("theme", "ruled"));

        byte[] pdf = renderer.pdf(doc, null).bytes();
        List<BufferedImage> exported = PageImages.render(pdf, 40);
        try (PDDocument read = Loader.loadPDF(pdf); PreviewPdf preview = renderer.preview(doc, null, 1)) {
            assertTrue(read.getNumberOfPages() > 1);
            for (int page = 1; page <= read.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(false);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(read).strip().lines().map(String::strip).toList();
                assertEquals(List.of("Curriculum vitae", page + " / " + read.getNumberOfPages()),
                        lines.subList(lines.size() - 2, lines.size()), "page " + page + " ends with its margins");
                BufferedImage a = exported.get(page - 1);
                BufferedImage b = preview.pages().page(page - 1, 40);
                assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                        b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()), "page " + page + " as drawn");
            }
        }
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
