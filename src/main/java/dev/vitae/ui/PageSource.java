package dev.vitae.ui;

import dev.vitae.model.Document;

import java.nio.file.Path;

/** Turns a document into preview pages. Called off the FX thread; must be safe to call from one worker. */
interface PageSource {

    PreviewPages render(Document document, Path baseDir, double dpi) throws Exception;
}
