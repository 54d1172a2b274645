package dev.vitae.store;

import dev.vitae.model.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the recovery journal in step with the open document: a copy while it has unsaved changes, none once
 * it is saved, reverted or closed. It decides which entry the document has (its file's, or an id of its own
 * while untitled) and removes the old entry when the document moves to another file (Save As, Open). It
 * only ever removes entries it wrote itself: a copy left by a crash is for the recovery offer to judge. The
 * window calls it a moment after typing pauses; any thread may, one at a time.
 */
public final class RecoveryRecorder {

    private final RecoveryJournal journal;
    private final Set<FileKey> written = new HashSet<>();
    private FileKey current;
    private FileKey untitled;

    public RecoveryRecorder(RecoveryJournal journal) {
        this.journal = Objects.requireNonNull(journal);
    }

    /**
     * Records the document's state.
     *
     * @param file    its file, or null when untitled
     * @param basedOn the stamp of the file's last load or save, or null
     * @param dirty   whether it has changes not saved to {@code file}
     */
    public synchronized void update(Path file, FileStamp basedOn, JsonStyle style, Document document, boolean dirty)
            throws IOException {
        FileKey key = keyFor(file);
        if (current != null && !current.equals(key)) {
            removeOwn(current);
        }
        current = key;
        if (dirty) {
            journal.record(key, file, basedOn, document, style);
            written.add(key);
        } else {
            removeOwn(key);
            if (key.equals(untitled)) {
                // a clean untitled document is a new start: its next edits belong to a new entry
                untitled = null;
            }
        }
    }

    /**
     * The open document is an untitled one restored from {@code key}: its copies go on in that entry, which
     * counts as this recorder's own from now on.
     */
    public synchronized void continueUntitled(FileKey key) {
        untitled = key;
        written.add(key);
    }

    /** The document was closed (saved or deliberately not): its copy goes. */
    public synchronized void closed() throws IOException {
        if (current != null) {
            removeOwn(current);
            current = null;
        }
        untitled = null;
    }

    private void removeOwn(FileKey key) throws IOException {
        if (written.contains(key)) {
            journal.remove(key);
            written.remove(key);
        }
    }

    private FileKey keyFor(Path file) {
        if (file != null) {
            untitled = null;
            return FileKey.of(file);
        }
        if (untitled == null) {
            untitled = FileKey.untitled();
        }
        return untitled;
    }
}
