package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One renderer serves several threads at once and gives each the same result as a lone render. */
class ConcurrencyTest {

    @Test
    void parallelRendersAgree() throws Exception {
        Document sample = Rendering.sample();
        Document corpus = Rendering.corpus("01");
        String expectedSample = Rendering.text(Rendering.RENDERER.pdf(sample, null).bytes());
        String expectedCorpus = Rendering.text(Rendering.RENDERER.pdf(corpus, null).bytes());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Document doc = i % 2 == 0 ? sample : corpus;
                results.add(pool.submit(() -> Rendering.text(Rendering.RENDERER.pdf(doc, null).bytes())));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? expectedSample : expectedCorpus, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What an export does: the empty résumé rendered on a second thread while the real one renders. */
    @Test
    void preparingBesideARenderChangesNothing() throws Exception {
        Renderer renderer = new Renderer();
        Document sample = Rendering.sample();
        String alone = Rendering.text(Rendering.RENDERER.pdf(sample, null).bytes());
        Thread prepare = new Thread(renderer::prepareForPdf);
        prepare.start();
        String beside = Rendering.text(renderer.pdf(sample, null).bytes());
        prepare.join();
        assertEquals(alone, beside);
        assertEquals(alone, Rendering.text(renderer.pdf(sample, null).bytes()));
    }
}
