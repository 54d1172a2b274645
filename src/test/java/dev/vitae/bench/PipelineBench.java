package dev.vitae.bench;

import dev.vitae.model.Document;
import dev.vitae.render.PageImages;
import dev.vitae.render.RenderedPdf;
import dev.vitae.render.Renderer;
import dev.vitae.store.ResumeStore;
import dev.vitae.store.ResumeValidator;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The stages of a render, each timed on its own in this (warmed-up) JVM: {@code load} (read, parse and
 * validate the file), {@code render.xhtml}, {@code render.pdf} and {@code render.pageImages} (every page
 * rasterised at the preview's resolution).
 */
final class PipelineBench {

    /** 100 % zoom on a display at scale 1: the resolution the preview asks for at actual size. */
    static final float DPI = 96f;

    private final Renderer renderer;
    private final Results results;

    PipelineBench(Renderer renderer, Results results) {
        this.renderer = renderer;
        this.results = results;
    }

    void run(Inputs inputs, String input, int warmUp, int runs) throws Exception {
        Path file = inputs.file(input);
        Path base = file.toAbsolutePath().getParent();
        ResumeStore store = new ResumeStore();
        ResumeValidator validator = ResumeValidator.standard();
        Document doc = store.load(file).document();
        RenderedPdf pdf = renderer.pdf(doc, base);
        String pages = pdf.pageCount() + (pdf.pageCount() == 1 ? " page" : " pages");

        results.add(Result.of("load", input, time(warmUp, runs, () -> {
            try {
                return validator.validate(store.load(file).document());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), Double.NaN, "", "read + parse + validate"));
        results.add(Result.of("render.xhtml", input, time(warmUp, runs, () -> renderer.xhtml(doc, base)),
                Double.NaN, "", null));
        results.add(Result.of("render.pdf", input, time(warmUp, runs, () -> renderer.pdf(doc, base)),
                Double.NaN, "", pages));
        results.add(Result.of("render.pageImages", input, time(warmUp, runs, () -> PageImages.render(pdf.bytes(), DPI)),
                Double.NaN, "", pages + " at " + (int) DPI + " dpi"));
    }

    static Timings time(int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        Timings t = new Timings();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            t.addNanos(System.nanoTime() - start);
        }
        return t;
    }
}
