package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.Renderer;
import dev.vitae.store.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * What the renderer cannot use, added to the validator's problems so the person sees it in the same list: a
 * photo that is missing, too large or not an image, and user themes that failed to load (with their file).
 */
final class RenderProblems {

    private RenderProblems() {
    }

    /** The validation job for the window: validator and renderer problems; captures the folder on the FX thread. */
    static Callable<List<Problem>> check(DocumentController documents, Supplier<Renderer> renderer, Document document) {
        Path base = documents.baseDir();
        return () -> add(documents.validate(document), renderer.get(), document, base);
    }

    static List<Problem> add(List<Problem> found, Renderer renderer, Document document, Path baseDir) {
        List<Problem> all = new ArrayList<>(found);
        renderer.photoProblem(document, baseDir).ifPresent(p -> all.add(new Problem("/basics/image", p)));
        for (String theme : renderer.themes().problems()) {
            all.add(new Problem("", "theme not loaded: " + theme));
        }
        return List.copyOf(all);
    }
}
