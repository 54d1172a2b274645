package dev.vitae.store;

import dev.vitae.model.Document;

import java.nio.file.Path;

/**
 * A résumé file as it was opened. Validation is separate ({@link ResumeValidator}): the editor runs it in
 * the background so that opening a file never waits for the schema.
 *
 * @param file     the path it was opened from
 * @param document its content
 * @param style    its layout, to save it back the same way
 * @param stamp    what the file held, to notice later changes by other programs
 * @param text     its text, which a save changes only where the document changed
 */
public record LoadedResume(Path file, Document document, JsonStyle style, FileStamp stamp, FileText text) {
}
