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
    void aSecondRenderOfTheSameDocumentKeepsTheSameWidths() {
        FontMetricsCache metrics = FontMetricsCache.inMemory();
        StringWidths widths = new StringWidths(metrics);
        PdfWriter writer = new PdfWriter(FONTS, metrics, widths);
        write(writer, Rendering.sample());
        int measured = widths.size();
        assertTrue(measured > 100, "widths remembered: " + measured);
        write(writer, Rendering.sample());
        assertEquals(measured, widths.size());
    }

    @Test
    void keepsOnlyWhatTheLastRenderUsed() {
        Document sample = Rendering.sample();
        FontMetricsCache fresh = FontMetricsCache.inMemory();
        StringWidths sampleAlone = new StringWidths(fresh);
        write(new PdfWriter(FONTS, fresh, sampleAlone), sample);

        FontMetricsCache metrics = FontMetricsCache.inMemory();
        StringWidths widths = new StringWidths(metrics);
        PdfWriter writer = new PdfWriter(FONTS, metrics, widths);
        write(writer, LongCv.build(25, 40));
        assertTrue(widths.size() > sampleAlone.size(), "the CV uses more strings than the sample");
        write(writer, sample);
        assertEquals(sampleAlone.size(), widths.size());
    }

    private static void write(PdfWriter writer, Document doc) {
        writer.write(Rendering.RENDERER.xhtml(doc, null), Rendering.RENDERER.layout(doc));
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
