package dev.vitae.store;

import dev.vitae.model.Document;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An unsaved document as the recovery journal last kept it.
 *
 * @param key      which document: its file's key, or an untitled document's id
 * @param file     the file it was opened from or last saved to; null when it was never saved
 * @param written  when the copy was made
 * @param basedOn  what the file held when the person began these edits; null when untitled or unknown
 * @param document the unsaved content
 * @param style    the file's layout, to save the recovered document the same way
 */
public record RecoveryEntry(FileKey key, Path file, Instant written, FileStamp basedOn, Document document,
                            JsonStyle style) {

    /** "resume.json", or "Untitled" for a document that was never saved. */
    public String name() {
        return file == null || file.getFileName() == null ? "Untitled" : file.getFileName().toString();
    }
}
