package dev.vitae.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The widths of strings in each face, as PDFBox measures them, kept from one render to the next (issue 7).
 * openhtmltopdf measures every word and every candidate line through {@code PDFont.getStringWidth}, which encodes
 * the string and reads each character code back through a stream pipeline: a quarter of a keystroke's render
 * of the ten-page CV. A width depends only on the face and the string, and a keystroke changes few of either.
 *
 * <p>Each face keeps the widths its last render used, no more: a few hundred strings for the ten-page CV, where
 * keeping every string ever measured would grow with every keystroke. They are kept under openhtmltopdf's key for
 * the face together with the stamp of the font file registered under it, so a face read from a changed file is
 * measured again.
 */
final class StringWidths {

    /** The widths a render used in one font file; never changed once kept. */
    private record Face(String stamp, Map<String, Float> widths) {
    }

    private final FontMetricsCache registry;
    private final Map<String, Face> faces = new ConcurrentHashMap<>();

    /** Widths for the faces {@code registry} knows the files of. */
    StringWidths(FontMetricsCache registry) {
        this.registry = registry;
    }

    /** A text renderer for one render, measuring through these widths; {@link Measuring#keep} when laid out. */
    Measuring textRenderer() {
        return new Measuring();
    }

    /** How many widths are kept, over all faces. */
    int size() {
        return faces.values().stream().mapToInt(face -> face.widths().size()).sum();
    }

    /** The widths one render uses in one face, starting from those the last render used. */
    private static final class InUse {
        final String key;
        final Face last;
        final Map<String, Float> used = new HashMap<>();

        InUse(String key, Face last) {
            this.key = key;
            this.last = last;
        }
    }

    /** The face {@code d} stands for, or null for one whose file is not known (a CSS font face). */
    private InUse inUse(FontDescription d) {
        if (d.isFromFontFace()) {
            return null;
        }
        String key = FontMetricsCache.key(d.getFamily(), d.getWeight(), d.getStyle() != IdentValue.NORMAL);
        String stamp = registry.stamp(key);
        if (stamp == null) {
            return null;
        }
        Face last = faces.get(key);
        return new InUse(key, last != null && last.stamp().equals(stamp) ? last : new Face(stamp, Map.of()));
    }

    /**
     * openhtmltopdf's measure with the widths remembered: the face is the first of the font's that could be
     * loaded, the width rounded to whole units as openhtmltopdf rounds it. A string the face lacks a character
     * of goes to openhtmltopdf's own measure, which splits it among the fallback faces.
     */
    final class Measuring extends PdfBoxTextRenderer {

        /** This render's faces: a render runs on one thread. */
        private final Map<FontDescription, InUse> byDescription = new IdentityHashMap<>();

        @Override
        public int getWidth(FontContext context, FSFont font, String string) {
            PdfBoxFSFont pdfFont = (PdfBoxFSFont) font;
            FontDescription description = firstLoaded(pdfFont);
            InUse face = description == null ? null : byDescription.computeIfAbsent(description, StringWidths.this::inUse);
            if (face == null) {
                return super.getWidth(context, font, string);
            }
            // kept under the string as given: finding what of it is printable costs as much as the look-up
            Float width = face.used.get(string);
            if (width == null) {
                width = face.last.widths().get(string);
                if (width == null) {
                    try {
                        width = description.getFont().getStringWidth(TextRenderer.getEffectivePrintableString(string));
                    } catch (IllegalArgumentException | IOException e) {
                        return super.getWidth(context, font, string);
                    }
                }
                face.used.put(string, width);
            }
            float result = width / 1000f * pdfFont.getSize2D();
            // openhtmltopdf's rounding: up, unless less than a hundredth over
            return result - Math.floor(result) < 0.01f ? (int) result : (int) Math.ceil(result);
        }

        /** Keeps the widths this render used, in place of the last render's, for the next render. */
        void keep() {
            for (InUse face : byDescription.values()) {
                if (face != null) {
                    faces.put(face.key, new Face(face.last.stamp(), Map.copyOf(face.used)));
                }
            }
        }

        private static FontDescription firstLoaded(PdfBoxFSFont font) {
            if (font.getFontDescriptions() == null) {
                return null;
            }
            for (FontDescription d : font.getFontDescriptions()) {
                if (d.getFont() != null) {
                    return d;
                }
            }
            return null;
        }
    }
}
