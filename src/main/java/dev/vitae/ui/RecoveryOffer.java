package dev.vitae.ui;

import dev.vitae.model.Edit;
import dev.vitae.store.ParseError;
import dev.vitae.store.Recoverable;
import dev.vitae.store.RecoveryEntry;
import dev.vitae.store.RecoveryJournal;
import dev.vitae.store.ResumeReader;
import dev.vitae.store.SectionChanges;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What the start-up recovery offer shows and does, apart from the dialog: the documents a crash left unsaved,
 * each with what differs from its file, and Restore or Discard for each. Nothing is ever restored without
 * the person choosing it, and a restored document opens unsaved, so the choice can still be undone.
 */
final class RecoveryOffer {

    static final String RESTORE_LABEL = "Restore Unsaved Changes";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    /** One recovered document as the offer lists it. */
    record Item(Recoverable recoverable) {

        RecoveryEntry entry() {
            return recoverable.entry();
        }

        /** "resume.json (in /home/ada/cv)" or "Untitled". */
        String title() {
            Path file = entry().file();
            return file == null || file.getParent() == null ? entry().name() : entry().name() + " (in " + file.getParent() + ")";
        }

        /** "Unsaved changes in Work, Skills". */
        String changes() {
            return recoverable.changes().isEmpty() ? "No differences in content"
                    : "Unsaved changes in " + SectionChanges.describe(recoverable.changes());
        }

        String note() {
            return recoverable.note();
        }

        /** When the copy was last written, in the person's time zone and locale. */
        String when() {
            return "Last kept " + WHEN.format(entry().written().atZone(ZoneId.systemDefault()));
        }
    }

    private final RecoveryJournal journal;
    private final ObservableList<Item> items = FXCollections.observableArrayList();

    RecoveryOffer(RecoveryJournal journal) {
        this.journal = journal;
        journal.recoverable().forEach(r -> items.add(new Item(r)));
    }

    ObservableList<Item> items() {
        return items;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** Forgets a recovered document for good. */
    void discard(Item item) throws IOException {
        journal.remove(item.entry().key());
        items.remove(item);
    }

    /**
     * Opens a recovered document in the window, unsaved. With its file still readable, the file is opened and the
     * recovered content applied on top as one undoable step; otherwise it opens untitled. False when the person
     * kept the document already open (it had unsaved changes of its own).
     */
    boolean restore(Item item, DocumentController documents, EditorSession session, RecoveryAutosave autosave) {
        if (!documents.confirmLeave()) {
            return false;
        }
        RecoveryEntry entry = item.entry();
        if (readable(entry.file()) && documents.load(entry.file())) {
            session.apply(new Edit.ReplaceAll(entry.document(), RESTORE_LABEL));
        } else {
            documents.startUntitled(entry.document());
            session.markUnsaved();
            // its copies go on in the entry it came from, so a second crash still finds it
            autosave.continueUntitled(entry.key());
        }
        autosave.recordNow();
        items.remove(item);
        return true;
    }

    private static boolean readable(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            ResumeReader.read(file);
            return true;
        } catch (ParseError e) {
            return false;
        }
    }
}
