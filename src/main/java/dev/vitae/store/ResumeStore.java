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
 * Opens and saves résumé files: reading with line and column errors, validating, and writing through
 * {@link AtomicFileWriter}, changing a file's text only where its document changed.
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
        return new LoadedResume(file, read.document(), read.style(), FileStamp.of(bytes, modified),
                new FileText(read.text(), read.document()));
    }

    /**
     * Saves over the file, keeping the version it replaces as {@code <name>.bak} and, with a version history,
     * the saved document as a version.
     */
    public FileStamp save(Path file, Document document, JsonStyle style) throws IOException {
        return save(file, document, style, null).stamp();
    }

    /** What a save wrote: the file's stamp, and its text for the next save to start from. */
    public record Saved(FileStamp stamp, FileText text) {
    }

    /**
     * As {@link #save(Path, Document, JsonStyle)}, changing {@code basis}, the file's text as last read or
     * written, only where the document changed: a one-word edit is a one-line change in git.
     */
    public Saved save(Path file, Document document, JsonStyle style, FileText basis) throws IOException {
        if (versions != null) {
            keepQuietly(() -> versions.keepBeforeFirstSave(file));
        }
        String text = JsonWriter.toText(document, style, basis);
        FileStamp stamp = write(file, JsonWriter.encode(text), AtomicFileWriter.Backup.KEEP_PREVIOUS);
        if (versions != null) {
            keepQuietly(() -> versions.record(file, document, style));
        }
        return new Saved(stamp, new FileText(text, document));
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
        return write(file, JsonWriter.write(document, style), AtomicFileWriter.Backup.NONE);
    }

    private FileStamp write(Path file, byte[] bytes, AtomicFileWriter.Backup backup) throws IOException {
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
