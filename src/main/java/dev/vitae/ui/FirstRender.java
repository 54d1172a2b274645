package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.RenderedPdf;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A render made before the window asked for one (see {@link EarlyStart}), for the first preview: the PDF, and
 * its first page drawn at the resolution the preview was expected to want.
 */
interface FirstRender {

    FirstRender NONE = (document, baseDir) -> Optional.empty();

    /**
     * The PDF, and its first page, drawn at {@code firstPageDpi} or still being drawn.
     *
     * @param firstPage the image, once drawn; empty if it could not be
     */
    record Made(RenderedPdf pdf, double firstPageDpi, CompletableFuture<Optional<BufferedImage>> firstPage) {
    }

    /**
     * What was made from exactly this document in this folder, waiting for the PDF if it is still being made;
     * empty when it was made from something else, or could not be made.
     */
    Optional<Made> of(Document document, Path baseDir);
}
