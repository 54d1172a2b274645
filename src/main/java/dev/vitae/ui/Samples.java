package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.store.ParseError;
import dev.vitae.store.ResumeReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample résumé shown on first run, shipped as a resource. */
final class Samples {

    private static final String SAMPLE = "/dev/vitae/samples/sample.json";

    private Samples() {
    }

    static Document sample() {
        try (InputStream in = Samples.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the sample résumé is missing from the application");
            }
            return ResumeReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseError e) {
            throw new IllegalStateException("the bundled sample does not parse: " + e.getMessage(), e);
        }
    }
}
