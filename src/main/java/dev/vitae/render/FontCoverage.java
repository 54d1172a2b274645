package dev.vitae.render;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessRead;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Which characters a TrueType font has glyphs for, read from its {@code cmap}. openhtmltopdf embeds only fonts
 * with TrueType outlines ({@code glyf}); a font with CFF outlines counts as covering nothing.
 */
final class FontCoverage {

    static final IntPredicate NOTHING = cp -> false;

    private FontCoverage() {
    }

    static IntPredicate of(byte[] font) {
        if (!isTrueType(font)) {
            return NOTHING;
        }
        return read(new RandomAccessReadBuffer(font));
    }

    static IntPredicate of(Path file) {
        try {
            return read(new RandomAccessReadBufferedFile(file));
        } catch (IOException e) {
            return NOTHING;
        }
    }

    /** A TrueType-outline font file (not a collection, not CFF), judged by its first four bytes. */
    static boolean isTrueType(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int version = ByteBuffer.wrap(head, 0, 4).getInt();
        return version == 0x00010000 || version == 0x74727565; // 'true', old Apple TrueType
    }

    /** A font's PostScript name and its Unicode cmap, for mapping glyphs back to characters. */
    record Cmap(String postScriptName, CmapLookup lookup) {
    }

    static Optional<Cmap> cmap(byte[] font) {
        if (!isTrueType(font)) {
            return Optional.empty();
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            return cmap == null ? Optional.empty() : Optional.of(new Cmap(String.valueOf(ttf.getName()), cmap));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static IntPredicate read(RandomAccessRead in) {
        try (TrueTypeFont font = new TTFParser().parse(in)) {
            if (!font.getTableMap().containsKey("glyf")) {
                return NOTHING;
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            return cmap == null ? NOTHING : cp -> cmap.getGlyphId(cp) > 0;
        } catch (IOException | RuntimeException e) {
            // an unreadable font covers nothing; the caller then looks elsewhere
            return NOTHING;
        }
    }
}
