package dev.vitae.render;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Remembered widths lay out exactly as openhtmltopdf's own measure: every page draws the same, byte for byte,
 * on the render that measures the strings and on the next, which finds them all remembered.
 */
class StringWidthsTest {

    private static final FontCatalog FONTS = FontCatalog.bundled();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String theme : ThemeCatalog.BUILT_IN) {
            out.add(Arguments.of("sample in " + theme, Rendering.withSettings(Rendering.sample(), v -> v.put("theme", theme))));
        }
        out.add(Arguments.of("ten-page CV", LongCv.build(25, 40)));
        for (String lang : List.of("zh", "ar", "he")) {
            out.add(Arguments.of(lang, ScriptsTest.resource(lang)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pagesAreOpenhtmltopdfsOwn(String name, Document doc) {
        String xhtml = Rendering.RENDERER.xhtml(doc, null);
        Layout layout = Rendering.RENDERER.layout(doc);
        List<PageKey> own = keys(new PdfWriter(FONTS, FontMetricsCache.inMemory(), null).write(xhtml, layout));
        FontMetricsCache metrics = FontMetricsCache.inMemory();
        PdfWriter remembering = new PdfWriter(FONTS, metrics, new StringWidths(metrics));
        assertEquals(own, keys(remembering.write(xhtml, layout)), "first render");
        assertEquals(own, keys(remembering.write(xhtml, layout)), "second render");
    }

    @Test
    void aSecondRenderMeasuresNothingNew() {
        FontMetricsCache metrics = FontMetricsCache.inMemory();
        StringWidths widths = new StringWidths(metrics);
        PdfWriter writer = new PdfWriter(FONTS, metrics, widths);
        Document doc = Rendering.sample();
        String xhtml = Rendering.RENDERER.xhtml(doc, null);
        writer.write(xhtml, Rendering.RENDERER.layout(doc));
        int measured = widths.size();
        assertTrue(measured > 100, "widths remembered: " + measured);
        writer.write(xhtml, Rendering.RENDERER.layout(doc));
        assertEquals(measured, widths.size());
    }

    private static List<PageKey> keys(RenderedPdf pdf) {
        try (PageImages pages = PageImages.open(pdf.bytes())) {
            List<PageKey> keys = new ArrayList<>();
            for (int i = 0; i < pages.pageCount(); i++) {
                keys.add(pages.key(i));
            }
            return keys;
        }
    }
}
