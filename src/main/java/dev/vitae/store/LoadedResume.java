package dev.vitae.store;

import dev.vitae.model.Document;

import java.nio.file.Path;
import java.util.List;

/**
 * A résumé file as it was opened.
 *
 * @param file     the path it was opened from
 * @param document its content
 * @param style    its layout, to save it back the same way
 * @param problems what does not follow JSON Resume or Vitae's settings (warnings; the file opened anyway)
 * @param stamp    what the file held, to notice later changes by other programs
 */
public record LoadedResume(Path file, Document document, JsonStyle style, List<Problem> problems, FileStamp stamp) {

    public LoadedResume {
        problems = List.copyOf(problems);
    }
}
