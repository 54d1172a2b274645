package dev.vitae;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real résumé files, and the samples that ship with Vitae. */
public final class Corpus {

    private Corpus() {
    }

    public static Path directory() {
        String configured = System.getProperty("vitae.corpus");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("corpus folder not found: " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(directory())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String prefix) {
        return files().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus file " + prefix));
    }
}
