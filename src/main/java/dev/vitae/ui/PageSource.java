package dev.vitae.ui;

import dev.vitae.model.Document;

import java.nio.file.Path;

/** Turns a document into preview pages. Called off the FX thread; must be safe to call from one worker. */
interface PageSource {

    /** Every page of {@code document} laid out, and those in {@code drawn} (as far as it has them) drawn at {@code dpi}. */
    PreviewPages render(Document document, Path baseDir, double dpi, PageRange drawn) throws Exception;
}
