package dev.vitae.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The last saved versions of each file, kept in Vitae's data folder ({@code versions/<key>/}) besides the
 * single {@code <name>.bak} next to the file: each with its time and a line saying which sections changed.
 * The first save of a file also keeps what the file held before, so Vitae's own first save can be undone.
 */
public final class VersionHistory {

    public static final int DEFAULT_KEEP = 10;
    static final String KIND = "version";
    private static final String SUFFIX = ".vitae-version";
    static final String BEFORE_FIRST_SAVE = "As the file was before Vitae first saved it";
    static final String FIRST_SAVE = "First version saved by Vitae";

    private final Path folder;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final int keep;

    public VersionHistory(Path folder, AtomicFileWriter writer, Clock clock, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one version");
        }
        this.folder = Objects.requireNonNull(folder);
        this.writer = Objects.requireNonNull(writer);
        this.clock = Objects.requireNonNull(clock);
        this.keep = keep;
    }

    /** The history in {@code <data>/versions}, keeping {@value #DEFAULT_KEEP} versions per file. */
    public static VersionHistory in(AppFolders folders) {
        return new VersionHistory(folders.data().resolve("versions"), new AtomicFileWriter(), Clock.systemUTC(), DEFAULT_KEEP);
    }

    /**
     * Before a file's first save: keeps what it holds now, if Vitae has no version of it yet and it is a
     * résumé Vitae can read. Called just before the save replaces it.
     */
    public void keepBeforeFirstSave(Path file) throws IOException {
        if (!list(file).isEmpty() || !Files.isRegularFile(file)) {
            return;
        }
        byte[] bytes;
        try {
            bytes = ResumeReader.readBytes(file);
            ResumeReader.read(bytes, file);
        } catch (ParseError e) {
            // nothing Vitae could give back later; the save goes ahead and starts the history
            return;
        }
        add(file, bytes, BEFORE_FIRST_SAVE, 1);
    }

    /** Keeps a version just saved, unless it is the same as the newest kept one; drops the oldest beyond the limit. */
    public void record(Path file, Document saved, JsonStyle style) throws IOException {
        List<SavedVersion> versions = list(file);
        String summary = FIRST_SAVE;
        if (!versions.isEmpty()) {
            Optional<Document> newest = restoreQuietly(versions.get(0));
            if (newest.isPresent() && newest.get().equals(saved)) {
                return;
            }
            summary = newest.map(n -> SectionChanges.describe(SectionChanges.between(n, saved))).orElse("");
        }
        long number = versions.isEmpty() ? 1 : versions.get(0).number() + 1;
        add(file, JsonWriter.write(saved, style), summary, number);
        prune(file);
    }

    /** The kept versions of {@code file}, newest first. */
    public List<SavedVersion> list(Path file) {
        Path dir = folderOf(file);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SavedVersion> versions = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                header(entry).ifPresent(versions::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        versions.sort(Comparator.comparingLong(SavedVersion::number).reversed());
        return versions;
    }

    /** The document a version holds. */
    public Document restore(SavedVersion version) throws ParseError {
        byte[] bytes = ResumeReader.readBytes(version.entry());
        try {
            return ResumeReader.read(KeptCopy.split(bytes, KIND).body(), version.entry()).document();
        } catch (IOException e) {
            throw new ParseError(version.entry(), 0, 0, "this saved version is damaged (" + e.getMessage() + ")", "");
        }
    }

    private Optional<Document> restoreQuietly(SavedVersion version) {
        try {
            return Optional.of(restore(version));
        } catch (ParseError e) {
            return Optional.empty();
        }
    }

    private void add(Path file, byte[] body, String summary, long number) throws IOException {
        ObjectNode header = KeptCopy.header(KIND);
        header.put("file", file.toAbsolutePath().toString());
        header.put("number", number);
        header.put("time", clock.instant().toString());
        header.put("summary", summary);
        Path dir = folderOf(file);
        Files.createDirectories(dir);
        writer.write(dir.resolve(String.format("%08d%s", number, SUFFIX)), KeptCopy.join(header, body));
    }

    private void prune(Path file) throws IOException {
        List<SavedVersion> versions = list(file);
        for (SavedVersion old : versions.subList(Math.min(keep, versions.size()), versions.size())) {
            Files.deleteIfExists(old.entry());
        }
    }

    private static Optional<SavedVersion> header(Path entry) {
        try {
            ObjectNode h = KeptCopy.split(Files.readAllBytes(entry), KIND).header();
            Instant time = KeptCopy.instant(h.path("time"));
            if (time == null || !h.path("number").canConvertToLong()) {
                return Optional.empty();
            }
            return Optional.of(new SavedVersion(entry, h.path("number").asLong(), time, h.path("summary").asText("")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path folderOf(Path file) {
        return folder.resolve(FileKey.of(file).value());
    }
}
