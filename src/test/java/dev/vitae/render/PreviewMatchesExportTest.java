package dev.vitae.render;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The preview draws the document it never saves; its pages must be the exported PDF's, pixel for pixel, in every
 * theme's fonts (bold and italic faces too), in the fonts for Chinese, Arabic and Hebrew, and over the page breaks
 * of a long CV. Before the fonts were subset for the preview, PDFBox drew them all with one stand-in face; the
 * preview is also left untagged, which must move nothing.
 */
class PreviewMatchesExportTest {

    private static final float DPI = 40;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String theme : ThemeCatalog.BUILT_IN) {
            out.add(Arguments.of("sample in " + theme, Rendering.withSettings(Rendering.sample(), v -> v.put("theme", theme))));
        }
        for (String lang : List.of("zh", "ar", "he")) {
            out.add(Arguments.of(lang + " in modern", Rendering.withSettings(ScriptsTest.resource(lang), v -> v.put("theme", "modern"))));
        }
        for (String theme : ThemeCatalog.BUILT_IN) {
            out.add(Arguments.of("ten-page CV in " + theme, Rendering.withSettings(LongCv.build(25, 40), v -> v.put("theme", theme))));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void previewPagesAreTheExportedPages(String name, Document doc) {
        List<BufferedImage> exported = PageImages.render(Rendering.pdf(doc).bytes(), DPI);
        try (PreviewPdf preview = Rendering.RENDERER.preview(doc, null, 1)) {
            assertEquals(exported.size(), preview.pageCount(), "pages");
            for (int i = 0; i < exported.size(); i++) {
                assertArrayEquals(pixels(exported.get(i)), pixels(preview.pages().page(i, DPI)), "page " + (i + 1));
            }
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
