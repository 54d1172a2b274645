package dev.vitae.bench;

import dev.vitae.LongCv;
import dev.vitae.model.Document;
import dev.vitae.store.JsonWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two résumés every figure is measured on, as files in the benchmark's folder: the rich one-page sample
 * that ships with Vitae, and the ten-page CV of {@link LongCv} (25 jobs, 40 publications).
 */
final class Inputs {

    static final String SAMPLE = "sample";
    static final String CV10 = "cv10";

    private final Path dir;

    Inputs(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            try (InputStream in = Inputs.class.getResourceAsStream("/dev/vitae/samples/sample.json")) {
                Files.write(file(SAMPLE), in.readAllBytes());
            }
            Files.write(file(CV10), JsonWriter.write(tenPages()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document tenPages() {
        return LongCv.build(25, 40);
    }

    Path file(String name) {
        return dir.resolve(name + ".json");
    }

    Path dir() {
        return dir;
    }
}
