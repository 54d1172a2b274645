package dev.vitae.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The widths of strings in each face, as PDFBox measures them, kept from one render to the next (issue 7).
 * openhtmltopdf measures every word and every candidate line through {@code PDFont.getStringWidth}, which encodes
 * the string and reads each character code back through a stream pipeline: a quarter of a keystroke's render
 * of the ten-page CV. A width depends only on the face and the string, and a keystroke changes few of either.
 *
 * <p>Widths are kept under openhtmltopdf's key for a face together with the stamp of the font file registered
 * under it, so a face read from a changed file is measured again. Each face keeps at most {@link #LIMIT}
 * strings, and starts again empty past that: typing makes new strings at every keystroke.
 */
final class StringWidths {

    static final int LIMIT = 16_384;

    /** The widths measured in one font file. */
    private record Face(String stamp, Map<String, Float> widths) {
    }

    private final FontMetricsCache registry;
    private final Map<String, Face> faces = new ConcurrentHashMap<>();

    /** Widths for the faces {@code registry} knows the files of. */
    StringWidths(FontMetricsCache registry) {
        this.registry = registry;
    }

    /** A text renderer for one render, measuring through these widths. */
    PdfBoxTextRenderer textRenderer() {
        return new Measuring();
    }

    /** How many widths are remembered, over all faces. */
    int size() {
        return faces.values().stream().mapToInt(face -> face.widths().size()).sum();
    }

    /** The widths of the face {@code d} stands for, or null for one whose file is not known (a CSS font face). */
    private Map<String, Float> widthsOf(FontDescription d) {
        if (d.isFromFontFace()) {
            return null;
        }
        String key = FontMetricsCache.key(d.getFamily(), d.getWeight(), d.getStyle() != IdentValue.NORMAL);
        String stamp = registry.stamp(key);
        if (stamp == null) {
            return null;
        }
        Face face = faces.compute(key, (k, old) -> old != null && old.stamp().equals(stamp) ? old
                : new Face(stamp, new ConcurrentHashMap<>()));
        return face.widths();
    }

    /**
     * openhtmltopdf's measure with the widths remembered: the face is the first of the font's that could be
     * loaded, the width rounded to whole units as openhtmltopdf rounds it. A string the face lacks a character
     * of goes to openhtmltopdf's own measure, which splits it among the fallback faces.
     */
    private final class Measuring extends PdfBoxTextRenderer {

        /** This render's faces: a render runs on one thread. */
        private final Map<FontDescription, Map<String, Float>> byDescription = new IdentityHashMap<>();

        @Override
        public int getWidth(FontContext context, FSFont font, String string) {
            PdfBoxFSFont pdfFont = (PdfBoxFSFont) font;
            FontDescription face = firstLoaded(pdfFont);
            Map<String, Float> widths = face == null ? null : byDescription.computeIfAbsent(face, StringWidths.this::widthsOf);
            if (widths == null) {
                return super.getWidth(context, font, string);
            }
            // kept under the string as given: finding what of it is printable costs as much as the look-up
            Float width = widths.get(string);
            if (width == null) {
                try {
                    width = face.getFont().getStringWidth(TextRenderer.getEffectivePrintableString(string));
                } catch (IllegalArgumentException | IOException e) {
                    return super.getWidth(context, font, string);
                }
                if (widths.size() >= LIMIT) {
                    widths.clear();
                }
                widths.put(string, width);
            }
            float result = width / 1000f * pdfFont.getSize2D();
            // openhtmltopdf's rounding: up, unless less than a hundredth over
            return result - Math.floor(result) < 0.01f ? (int) result : (int) Math.ceil(result);
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
