package dev.vitae.render;

import dev.vitae.Corpus;
import dev.vitae.model.Document;
import dev.vitae.store.ResumeReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every real file renders to PDF and HTML without an exception. */
class CorpusRenderTest {

    static Stream<Path> corpus() {
        return Corpus.files().stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void renders(Path file) throws Exception {
        Document doc = ResumeReader.read(file).document();
        RenderedPdf pdf = Rendering.RENDERER.pdf(doc, file.getParent());
        assertTrue(pdf.pageCount() >= 1);
        assertTrue(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        String html = Rendering.RENDERER.html(doc, file.getParent());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(Rendering.text(pdf.bytes()).isBlank());
    }
}
