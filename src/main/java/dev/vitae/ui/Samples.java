package dev.vitae.ui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.store.ParseError;
import dev.vitae.store.ResumeReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documents Vitae starts from: the sample résumé shown on first run (a resource), and a blank one. */
final class Samples {

    private static final String SAMPLE = "/dev/vitae/samples/sample.json";

    private Samples() {
    }

    /** What File, New starts: a résumé with an empty name field to type into. */
    static Document blank() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.putObject(SectionCatalogue.BASICS.key()).put("name", "");
        return Document.of(root);
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
