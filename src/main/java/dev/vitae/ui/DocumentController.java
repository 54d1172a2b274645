package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.store.FileStamp;
import dev.vitae.store.FileText;
import dev.vitae.store.JsonStyle;
import dev.vitae.store.LoadedResume;
import dev.vitae.store.ParseError;
import dev.vitae.store.Problem;
import dev.vitae.store.ResumeStore;
import dev.vitae.store.ResumeValidator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Which file the window edits and the moves between files: new, open, save, save as, revert, and the
 * "save your changes?" question before any of them would drop unsaved work.
 */
final class DocumentController {

    private final EditorSession session;
    private final ResumeStore store;
    private final AppPreferences prefs;
    private final FilePrompts prompts;
    private final Dialogs dialogs;
    private final Consumer<String> notify;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private JsonStyle style = JsonStyle.CANONICAL;
    /** The file's text as last read or written, which a save changes only where the document changed. */
    private FileText text;
    /** While a file's document is put in the session: that file, whose folder {@link #baseDir} is already. */
    private Path opening;
    /** Read by the folder watcher's thread too. */
    private volatile FileStamp stamp;
    private Predicate<Path> beforeOverwrite = target -> true;

    DocumentController(EditorSession session, ResumeStore store, AppPreferences prefs, FilePrompts prompts,
                       Dialogs dialogs, Consumer<String> notify) {
        this.session = session;
        this.store = store;
        this.prefs = prefs;
        this.prompts = prompts;
        this.dialogs = dialogs;
        this.notify = notify;
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    Path file() {
        return file.get();
    }

    String documentName() {
        return Dialogs.name(file.get());
    }

    /** The folder of the open file, where a photo next to the résumé is looked up; null when untitled. */
    Path baseDir() {
        Path f = opening != null ? opening : file.get();
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    /** Opens a file in place of the current document; false if the person cancelled or the file is broken. */
    boolean open(Path path) {
        if (!confirmLeave()) {
            return false;
        }
        return load(path);
    }

    /** Loads without asking; used at start-up and after the person has already answered. */
    boolean load(Path path) {
        try {
            adopt(store.load(path));
            return true;
        } catch (ParseError e) {
            dialogs.showParseError(e);
            return false;
        }
    }

    /** Makes what was read of a file the document, without asking, as {@link #load} does once it has read it. */
    void adopt(LoadedResume loaded) {
        // the session's listeners (the preview among them) see the new document before the file is set: the
        // file comes after, so that a recovery copy is never written of the old document under the new name
        opening = loaded.file();
        try {
            session.reset(loaded.document());
        } finally {
            opening = null;
        }
        style = loaded.style();
        text = loaded.text();
        stamp = loaded.stamp();
        file.set(loaded.file());
        prefs.addRecent(loaded.file());
        prefs.put("lastFile", loaded.file().toAbsolutePath().toString());
        prefs.saveQuietly();
    }

    void openChosen() {
        prompts.chooseToOpen(folderForDialogs()).ifPresent(this::open);
    }

    /** Starts an untitled document with this content (a new résumé, or the sample on first run). */
    void startUntitled(Document document) {
        session.reset(document);
        style = JsonStyle.CANONICAL;
        text = null;
        stamp = null;
        file.set(null);
    }

    /** Starts {@code blank} as an untitled document once the person agrees to leave this one; true if it did. */
    boolean newDocument(Document blank) {
        if (!confirmLeave()) {
            return false;
        }
        startUntitled(blank);
        return true;
    }

    /** Saves to the open file, or asks where for an untitled document. True when the document is saved. */
    boolean save() {
        Path target = file.get();
        if (target == null) {
            return saveAs();
        }
        return writeTo(target);
    }

    boolean saveAs() {
        String suggested = file.get() == null ? "resume.json" : documentName();
        Optional<Path> chosen = prompts.chooseToSave(folderForDialogs(), suggested, "json");
        return chosen.isPresent() && writeTo(chosen.get());
    }

    private boolean writeTo(Path target) {
        if (target.equals(file.get()) && !beforeOverwrite.test(target)) {
            return false;
        }
        Document snapshot = session.current();
        try {
            ResumeStore.Saved saved = store.save(target, snapshot, style, text);
            stamp = saved.stamp();
            text = saved.text();
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "The file could not be written." : e.getMessage();
            return dialogs.offerSaveAs(target, reason) && saveAs();
        }
        session.markSaved();
        boolean renamed = !target.equals(file.get());
        file.set(target);
        if (renamed) {
            prefs.addRecent(target);
        }
        prefs.put("lastFile", target.toAbsolutePath().toString());
        prefs.saveQuietly();
        notify.accept("Saved " + Dialogs.name(target));
        return true;
    }

    /** Replaces the document with the file on disk, as an undoable step. */
    void revert() {
        Path f = file.get();
        if (f == null || !session.isDirty() || !dialogs.confirmRevert(documentName())) {
            return;
        }
        try {
            reloadFromDisk();
        } catch (ParseError e) {
            dialogs.showParseError(e);
        }
    }

    // issue 4 (never lose work): what ExternalChangeGuard and RecoveryOffer need

    /** Replaces the document with the file on disk as an undoable step, without asking. */
    void reloadFromDisk() throws ParseError {
        LoadedResume loaded = store.load(file.get());
        session.reloadFromDisk(loaded.document());
        style = loaded.style();
        text = loaded.text();
        stamp = loaded.stamp();
    }

    /** The person has seen the file's new content and keeps their own: a save may now replace it. */
    void acceptDiskVersion(FileStamp now) {
        stamp = now;
    }

    /**
     * The file was deleted or moved away: the document stays open, unsaved, and a save writes the file anew.
     * The stamp stays, so a file that comes back with other content is still noticed before a save.
     */
    void fileGone() {
        session.markUnsaved();
    }

    /** Asked before a save replaces the open file; false stops the save (the check has dealt with it). */
    void checkBeforeOverwrite(Predicate<Path> check) {
        beforeOverwrite = check;
    }

    JsonStyle style() {
        return style;
    }

    /**
     * Asks "save your changes?" when there are unsaved changes. True when it is fine to drop the current
     * document (saved, or the person chose not to save).
     */
    boolean confirmLeave() {
        if (!session.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave(documentName())) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    List<Problem> validate(Document document) {
        // the schema is compiled on first use, on the validation thread, not while the window is built
        return ResumeValidator.standard().validate(document);
    }

    FileStamp stamp() {
        return stamp;
    }

    private Path folderForDialogs() {
        Path base = baseDir();
        if (base != null) {
            return base;
        }
        return prefs.text("lastFolder").map(Path::of).orElse(Path.of(System.getProperty("user.home")));
    }
}
