package dev.vitae.store;

import dev.vitae.model.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens and saves résumé files: reading with line and column errors, validating, and writing canonically
 * through {@link AtomicFileWriter}. An unchanged document that Vitae wrote saves to the same bytes.
 */
public final class ResumeStore {

    private final AtomicFileWriter writer;
    private final VersionHistory versions;

    public ResumeStore() {
        this(new AtomicFileWriter());
    }

    public ResumeStore(AtomicFileWriter writer) {
        this(writer, null);
    }

    /** @param versions where each save is also kept as a version; null keeps none (the command line) */
    public ResumeStore(AtomicFileWriter writer, VersionHistory versions) {
        this.writer = Objects.requireNonNull(writer);
        this.versions = versions;
    }

    /** The saved versions this store keeps, if it keeps any. */
    public Optional<VersionHistory> versions() {
        return Optional.ofNullable(versions);
    }

    /**
     * Reads and parses a file.
     *
     * @throws ParseError when the file cannot be read or is not a JSON object, with line and column
     */
    public LoadedResume load(Path file) throws ParseError {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            throw new ParseError(file, 0, 0, "the file does not exist", "");
        } catch (IOException e) {
            throw new ParseError(file, 0, 0, "the file cannot be read (" + e.getMessage() + ")", "");
        }
        byte[] bytes = ResumeReader.readBytes(file);
        ResumeReader.Result read = ResumeReader.read(bytes, file);
        return new LoadedResume(file, read.document(), read.style(), FileStamp.of(bytes, modified));
    }

    /**
     * Saves over the file, keeping the version it replaces as {@code <name>.bak} and, with a version history,
     * the saved document as a version.
     */
    public FileStamp save(Path file, Document document, JsonStyle style) throws IOException {
        if (versions != null) {
            keepQuietly(() -> versions.keepBeforeFirstSave(file));
        }
        FileStamp stamp = write(file, document, style, AtomicFileWriter.Backup.KEEP_PREVIOUS);
        if (versions != null) {
            keepQuietly(() -> versions.record(file, document, style));
        }
        return stamp;
    }

    private interface VersionStep {
        void run() throws IOException;
    }

    /** The history is a convenience on top of a save that has already succeeded; it never makes a save fail. */
    private static void keepQuietly(VersionStep step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            // the file itself is saved, and the .bak next to it still holds the version before
        }
    }

    /** Saves to another file (Save As, export to .json); nothing is backed up. */
    public FileStamp saveCopy(Path file, Document document, JsonStyle style) throws IOException {
        return write(file, document, style, AtomicFileWriter.Backup.NONE);
    }

    private FileStamp write(Path file, Document document, JsonStyle style, AtomicFileWriter.Backup backup) throws IOException {
        byte[] bytes = JsonWriter.write(document, style);
        Path written = writer.write(file, bytes, backup);
        return FileStamp.of(bytes, modifiedTime(written));
    }

    private static FileTime modifiedTime(Path written) {
        try {
            return Files.getLastModifiedTime(written);
        } catch (IOException e) {
            // the save itself succeeded; the hash alone still recognises the content later
            return FileTime.from(Instant.now());
        }
    }
}
