package dev.vitae.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font metrics openhtmltopdf asks for, kept in a file between runs (issue 7). To lay out a line,
 * openhtmltopdf wants six numbers (ascent, descent, underline and strike-through) of every font in a family's
 * fallback chain, in each weight and style it uses, and it parses the whole font file to get them: a cold
 * export spent a third of its rendering parsing fallback fonts whose glyphs it never drew. With the numbers
 * known, a font is parsed only when its glyphs are needed.
 *
 * <p>Entries are keyed as openhtmltopdf keys them (family, weight, style) and stamped with the font file they
 * were measured from ({@link FontCatalog#stamp}); an entry whose family now comes from another file, or from
 * a changed one, is measured again. The file is a cache: one that cannot be read is ignored, one that cannot
 * be written is not kept, and neither is reported.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

    private static final String FORMAT = "vitae font metrics 1";

    /** Metrics measured from the font file {@code stamp}. */
    private record Entry(String stamp, PdfBoxRawPDFontMetrics metrics) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** For each key, the stamp of the font file registered under it. */
    private final Map<String, String> registered = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private FontMetricsCache(Path file) {
        this.file = file;
    }

    /** A cache that lives as long as the renderer. */
    static FontMetricsCache inMemory() {
        return new FontMetricsCache(null);
    }

    /** A cache kept in {@code file}, starting from what the file holds. */
    static FontMetricsCache in(Path file) {
        FontMetricsCache cache = new FontMetricsCache(file);
        cache.read();
        return cache;
    }

    /** openhtmltopdf's key for a face's metrics. */
    static String key(String family, int weight, boolean italic) {
        return "font-metrics:" + family + ":" + weight + ":" + (italic ? "italic" : "normal");
    }

    /** Says which font file (by its stamp) the renders to come register under {@code key}. */
    void register(String key, String stamp) {
        registered.put(key, stamp);
    }

    /** The stamp of the font file registered under {@code key}, or null. */
    String stamp(String key) {
        return registered.get(key);
    }

    @Override
    public FSCacheValue get(String key) {
        Entry entry = entries.get(key);
        return entry != null && entry.stamp().equals(registered.get(key)) ? entry.metrics() : null;
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        FSCacheValue value = get(key);
        if (value != null) {
            return value;
        }
        try {
            value = loader.call();
        } catch (Exception e) {
            return null;
        }
        put(key, value);
        return value;
    }

    @Override
    public void put(String key, FSCacheValue value) {
        String stamp = registered.get(key);
        if (stamp != null && value instanceof PdfBoxRawPDFontMetrics metrics) {
            entries.put(key, new Entry(stamp, metrics));
            changed = true;
        }
    }

    /**
     * Writes the file if metrics were measured since it was read; replaces it whole, so a reader never sees half.
     * One writer at a time: two renders finishing together would otherwise write one draft file at once.
     */
    synchronized void saveIfChanged() {
        if (file == null || !changed) {
            return;
        }
        changed = false;
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        entries.forEach((key, entry) -> {
            PdfBoxRawPDFontMetrics m = entry.metrics();
            text.append(key).append('\t').append(entry.stamp());
            for (float f : new float[]{m._ascent, m._descent, m._strikethroughOffset, m._strikethroughThickness,
                    m._underlinePosition, m._underlineThickness}) {
                text.append('\t').append(f);
            }
            text.append('\n');
        });
        Path draft = file.resolveSibling(file.getFileName() + ".draft");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(draft, text, StandardCharsets.UTF_8);
            try {
                Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(draft);
            } catch (IOException ignored) {
                // the next save writes it again
            }
        }
    }

    private void read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            return;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length != 8) {
                continue;
            }
            try {
                entries.put(f[0], new Entry(f[1], new PdfBoxRawPDFontMetrics(Float.parseFloat(f[2]), Float.parseFloat(f[3]),
                        Float.parseFloat(f[4]), Float.parseFloat(f[5]), Float.parseFloat(f[6]), Float.parseFloat(f[7]))));
            } catch (NumberFormatException e) {
                // a damaged line is measured again
            }
        }
    }
}
