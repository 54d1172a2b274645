package dev.vitae.render;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Gives a document's fonts their subsets now rather than when it is saved. A preview draws a document it never
 * saves, and PDFBox draws a font still waiting for its subset with a stand-in font: text came out in the wrong
 * shapes, or lost its bold and italics.
 */
final class EarlySubsets {

    /**
     * PDFBox keeps the fonts to subset in a list only saving reads. Subsetting them from it takes 3–7 ms of a
     * keystroke's render (warm, the sample and the ten-page CV); saving the document to nowhere, which subsets
     * them too, took 11–19 ms. Saving is what is left where the list cannot be read (another PDFBox than the one
     * the build pins).
     */
    private static final Method FONTS_TO_SUBSET = fontsToSubset();

    private EarlySubsets() {
    }

    static void apply(PDDocument doc) throws IOException {
        Set<PDFont> fonts = FONTS_TO_SUBSET == null ? null : fonts(doc);
        if (fonts == null) {
            doc.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
            return;
        }
        for (PDFont font : fonts) {
            font.subset();
        }
        fonts.clear();
    }

    @SuppressWarnings("unchecked")
    private static Set<PDFont> fonts(PDDocument doc) {
        try {
            return (Set<PDFont>) FONTS_TO_SUBSET.invoke(doc);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    private static Method fontsToSubset() {
        try {
            Method m = PDDocument.class.getDeclaredMethod("getFontsToSubset");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
