package dev.vitae.ui;

import dev.vitae.store.ExternalChange;
import dev.vitae.store.FileStamp;
import dev.vitae.store.FileWatcher;
import dev.vitae.store.ParseError;
import javafx.application.Platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Notices when another program changes, deletes or moves the open file (when the window regains focus,
 * before every save, and through a watcher on the folder) and reacts so that no one's work is lost: with no
 * local edits the file is reloaded (an undoable step); with local edits the person chooses Reload, Keep Mine
 * or Save As; a deleted or moved file is reported and the document stays open, unsaved. A save never
 * replaces a version of the file the person has not seen.
 */
final class ExternalChangeGuard implements AutoCloseable {

    /** The questions and messages; the window shows dialogs, tests answer directly. */
    interface Prompts {

        enum Choice { RELOAD, KEEP_MINE, SAVE_AS }

        /** The file changed on disk while the document has unsaved edits. */
        Choice askAboutChange(String name, boolean beforeSave);

        /** The file was deleted, or moved to {@code movedTo} (null when unknown). */
        void tellGone(String name, Path file, Path movedTo);

        /** The file changed on disk to something that cannot be opened; the person's version stays. */
        void tellUnreadable(String name, String reason);
    }

    private final EditorSession session;
    private final DocumentController documents;
    private final Prompts prompts;
    private final Consumer<String> notify;
    private final BooleanSupplier windowFocused;
    private FileWatcher watcher;
    private boolean busy;
    /** The changed content the person has already been asked about, so a focus change does not ask again. */
    private FileStamp askedAbout;
    private boolean toldGone;

    ExternalChangeGuard(EditorSession session, DocumentController documents, Prompts prompts,
                        Consumer<String> notify, BooleanSupplier windowFocused) {
        this.session = session;
        this.documents = documents;
        this.prompts = prompts;
        this.notify = notify;
        this.windowFocused = windowFocused;
        documents.checkBeforeOverwrite(target -> check(true));
        documents.fileProperty().addListener((obs, old, file) -> watch(file));
        watch(documents.file());
    }

    /** Checks the file now, e.g. when the window regains focus. Call on the FX thread. */
    void check() {
        check(false);
    }

    /**
     * Compares the file with what the window last read or wrote and reacts.
     *
     * @return whether a save may go ahead and replace the file
     */
    boolean check(boolean beforeSave) {
        Path file = documents.file();
        return file == null || judge(ExternalChange.check(file, documents.stamp()), beforeSave);
    }

    private boolean judge(ExternalChange change, boolean beforeSave) {
        if (busy) {
            // a question is open already and this comes from its answer (Save As onto the same file, which the
            // file dialog has confirmed) or from a focus change while it shows
            return true;
        }
        busy = true;
        try {
            return react(change, beforeSave);
        } finally {
            busy = false;
        }
    }

    private boolean react(ExternalChange change, boolean beforeSave) {
        if (change.kind() != ExternalChange.Kind.DELETED && change.kind() != ExternalChange.Kind.MOVED) {
            toldGone = false;
        }
        return switch (change.kind()) {
            // an unreadable file is for the save itself to report, in its own words
            case NONE, UNREADABLE -> true;
            case TOUCHED -> {
                documents.acceptDiskVersion(change.now());
                yield true;
            }
            case DELETED, MOVED -> gone(change);
            case MODIFIED -> modified(change, beforeSave);
        };
    }

    private boolean gone(ExternalChange change) {
        documents.fileGone();
        if (!toldGone) {
            toldGone = true;
            prompts.tellGone(documents.documentName(), change.file(), change.movedTo());
        }
        // saving writes the file anew where the person last had it
        return true;
    }

    private boolean modified(ExternalChange change, boolean beforeSave) {
        if (!session.isDirty()) {
            return reload(change, "was changed by another program and has been reloaded. Undo brings back the version you had.");
        }
        if (!beforeSave && change.now().sameContent(askedAbout)) {
            return true;
        }
        askedAbout = change.now();
        return switch (prompts.askAboutChange(documents.documentName(), beforeSave)) {
            case RELOAD -> reload(change, "has been reloaded from disk. Undo brings back your edits.");
            case KEEP_MINE -> {
                documents.acceptDiskVersion(change.now());
                yield true;
            }
            case SAVE_AS -> {
                documents.saveAs();
                yield false;
            }
        };
    }

    /** Reloads; false, since the document now matches the file and there is nothing to save over it. */
    private boolean reload(ExternalChange change, String what) {
        try {
            documents.reloadFromDisk();
            askedAbout = null;
            notify.accept(documents.documentName() + " " + what);
        } catch (ParseError e) {
            // keep what the person sees; the file on disk is not a résumé any more, and saving replaces it
            documents.acceptDiskVersion(change.now());
            session.markUnsaved();
            prompts.tellUnreadable(documents.documentName(), e.getMessage());
        }
        return false;
    }

    private void watch(Path file) {
        closeWatcher();
        askedAbout = null;
        toldGone = false;
        if (file == null) {
            return;
        }
        try {
            watcher = FileWatcher.start(file, documents::stamp, FileWatcher.DEFAULT_QUIET, this::onWatcherReport);
        } catch (IOException | RuntimeException e) {
            // without a watcher the checks on focus and before saving still protect the file
            watcher = null;
        }
    }

    /** On the watcher's thread: judged again on the FX thread, where saves happen, so a save in flight is no change. */
    private void onWatcherReport(ExternalChange reported) {
        Platform.runLater(() -> {
            Path file = documents.file();
            if (file == null || !file.toAbsolutePath().normalize().equals(reported.file())) {
                return;
            }
            if (session.isDirty() && !windowFocused.getAsBoolean()) {
                // with unsaved edits in a window in the background, the question waits until the person comes back
                return;
            }
            ExternalChange now = ExternalChange.check(file, documents.stamp());
            // only the watcher saw where a vanished file went
            judge(now.kind() == ExternalChange.Kind.DELETED && reported.kind() == ExternalChange.Kind.MOVED ? reported : now, false);
        });
    }

    private void closeWatcher() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Override
    public void close() {
        closeWatcher();
    }
}
