package dev.vitae.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Gives a document's fonts their subsets now rather than when it is saved. A preview draws a document it never
 * saves, and PDFBox draws a font still waiting for its subset with a stand-in font: text came out in the wrong
 * shapes, or lost its bold and italics. Subsetting is a step of saving, so the document is saved to nowhere.
 */
final class EarlySubsets {

    private EarlySubsets() {
    }

    static void apply(PDDocument doc) throws IOException {
        doc.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
    }
}
