package dev.vitae.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontMetricsCacheTest {

    private static final String KEY = FontMetricsCache.key("Liberation Serif", 400, false);
    private static final PdfBoxRawPDFontMetrics METRICS = new PdfBoxRawPDFontMetrics(891f, 216f, -0.5f, 100f, 109f, 50f);

    @Test
    void aLaterRunParsesOnlyTheFontsItDrawsAndLaysOutTheSame(@TempDir Path cache) {
        Document doc = Rendering.sample();
        Path file = cache.resolve("font-metrics.tsv");
        FontCatalog firstRun = FontCatalog.bundled();
        RenderedPdf cold = new Renderer(ThemeCatalog.builtIn(), firstRun, Locale.ENGLISH, FontMetricsCache.in(file)).pdf(doc, null);
        assertTrue(Files.isRegularFile(file), "the metrics are kept");

        FontCatalog laterRun = FontCatalog.bundled();
        RenderedPdf warm = new Renderer(ThemeCatalog.builtIn(), laterRun, Locale.ENGLISH, FontMetricsCache.in(file)).pdf(doc, null);

        assertTrue(laterRun.filesRead() < firstRun.filesRead(),
                "fallback fonts are not parsed for their metrics: " + laterRun.filesRead() + " of " + firstRun.filesRead());
        assertEquals(cold.pageCount(), warm.pageCount());
        List<BufferedImage> before = PageImages.render(cold.bytes(), 48);
        List<BufferedImage> after = PageImages.render(warm.bytes(), 48);
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(pixels(before.get(i)), pixels(after.get(i)), "page " + (i + 1));
        }
    }

    @Test
    void metricsOfAnotherFontFileAreMeasuredAgain(@TempDir Path cache) {
        Path file = cache.resolve("font-metrics.tsv");
        FontMetricsCache first = FontMetricsCache.in(file);
        first.register(KEY, "fonts.jar 100 1");
        first.put(KEY, METRICS);
        first.saveIfChanged();

        FontMetricsCache same = FontMetricsCache.in(file);
        same.register(KEY, "fonts.jar 100 1");
        PdfBoxRawPDFontMetrics read = (PdfBoxRawPDFontMetrics) same.get(KEY);
        assertNotNull(read);
        assertEquals(METRICS._ascent, read._ascent);
        assertEquals(METRICS._strikethroughOffset, read._strikethroughOffset);
        assertEquals(METRICS._underlineThickness, read._underlineThickness);

        FontMetricsCache updated = FontMetricsCache.in(file);
        updated.register(KEY, "fonts.jar 120 2");
        assertNull(updated.get(KEY), "a changed font file is measured again");
        FontMetricsCache unregistered = FontMetricsCache.in(file);
        assertNull(unregistered.get(KEY), "a key no render registered has no metrics");
    }

    @Test
    void aDamagedOrUnwritableFileIsIgnored(@TempDir Path dir) throws Exception {
        Path damaged = dir.resolve("font-metrics.tsv");
        Files.writeString(damaged, "vitae font metrics 1\n" + KEY + "\tstamp\tnot-a-number\t1\t2\t3\t4\t5\nhalf a line\n");
        FontMetricsCache cache = FontMetricsCache.in(damaged);
        cache.register(KEY, "stamp");
        assertNull(cache.get(KEY));
        cache.put(KEY, METRICS);
        cache.saveIfChanged();
        FontMetricsCache reread = FontMetricsCache.in(damaged);
        reread.register(KEY, "stamp");
        assertNotNull(reread.get(KEY), "the next save replaces the damaged file");

        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        FontMetricsCache unwritable = FontMetricsCache.in(notAFolder.resolve("font-metrics.tsv"));
        unwritable.register(KEY, "stamp");
        unwritable.put(KEY, METRICS);
        unwritable.saveIfChanged();
        assertNotNull(unwritable.get(KEY), "the metrics still serve this run");
        assertEquals(List.of("font-metrics.tsv", "plain-file"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList(),
                "no draft is left behind");
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
