package dev.vitae.store;

import dev.vitae.model.Document;

/**
 * A file's text as it was last read or written, with the document it holds: what the next save changes as
 * little as it can ({@link TextPatch}).
 */
public record FileText(String text, Document document) {
}
