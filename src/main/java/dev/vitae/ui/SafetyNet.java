package dev.vitae.ui;

import dev.vitae.store.RecoveryJournal;
import dev.vitae.store.RecoveryRecorder;
import dev.vitae.store.VersionHistory;
import javafx.stage.Stage;

import java.util.function.Consumer;

/**
 * Wires the window's protection of unsaved work together: recovery copies while there are unsaved changes
 * (written when typing pauses and when the window loses focus), checks for changes by other programs (when
 * the window regains focus, before every save, and by a folder watcher), the recovery offer at start-up and
 * File → Versions…. Each job lives in its own class; this one only connects them to the window's life.
 */
final class SafetyNet {

    private final Stage stage;
    private final EditorSession session;
    private final DocumentController documents;
    private final Dialogs dialogs;
    private final RecoveryJournal journal;
    private final VersionHistory versions;
    private final RecoveryAutosave autosave;
    private final ExternalChangeGuard guard;

    SafetyNet(Stage stage, EditorSession session, DocumentController documents, AppServices services,
              Consumer<String> notify) {
        this.stage = stage;
        this.session = session;
        this.documents = documents;
        this.dialogs = new Dialogs(stage);
        this.journal = RecoveryJournal.in(services.folders());
        this.versions = services.store().versions().orElseGet(() -> VersionHistory.in(services.folders()));
        this.autosave = new RecoveryAutosave(session, documents, new RecoveryRecorder(journal), RecoveryAutosave.PAUSE,
                message -> dialogs.showError("Unsaved changes are not protected", message));
        this.guard = new ExternalChangeGuard(session, documents, new ExternalChangeDialogs(stage), notify, stage::isFocused);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                guard.check();
            } else {
                autosave.recordNow();
            }
        });
        stage.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                // the window closes only after "save your changes?" was answered, so the copy has done its job
                autosave.closed();
                autosave.close();
                guard.close();
            }
        });
    }

    /** At start-up: offers what a crash left unsaved, if anything. */
    void offerRecovery() {
        RecoveryOffer offer = new RecoveryOffer(journal);
        if (!offer.isEmpty()) {
            new RecoveryOfferDialog(stage, offer, item -> offer.restore(item, documents, session, autosave)).showAndWait();
        }
    }

    /** File → Versions…. */
    void showVersions() {
        session.endTyping();
        VersionsDialog.show(stage, documents.file(), versions, session, dialogs);
    }

    RecoveryAutosave autosave() {
        return autosave;
    }

    ExternalChangeGuard guard() {
        return guard;
    }
}
