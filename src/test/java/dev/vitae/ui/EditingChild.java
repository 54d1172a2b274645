package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.History;
import dev.vitae.store.AppFolders;
import dev.vitae.store.LoadedResume;
import dev.vitae.store.RecoveryJournal;
import dev.vitae.store.RecoveryRecorder;
import dev.vitae.store.ResumeStore;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link KillWithUnsavedEditsTest}: opens a file and keeps editing it without saving,
 * handing every state to the same {@link RecoveryRecorder} the window uses, until it is killed. After each
 * recovery copy is written it appends the edit's number to a progress file, unbuffered.
 */
public final class EditingChild {

    private EditingChild() {
    }

    /** The document after edit {@code n}: a new name (Basics) and a new position (Work). */
    static Document edited(Document original, int n) {
        Document d = Edit.SetValue.text("/basics/name", "Edited " + n).applyTo(original);
        return Edit.SetValue.text("/work/0/position", "Role " + n).applyTo(d);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path home = Path.of(args[1]);
        LoadedResume loaded = new ResumeStore().load(file);
        RecoveryRecorder recorder = new RecoveryRecorder(RecoveryJournal.in(AppFolders.under(home)));
        History history = new History(loaded.document());
        try (FileOutputStream progress = new FileOutputStream(args[2], true)) {
            for (int n = 0; ; n++) {
                history.apply(new Edit.ReplaceAll(edited(loaded.document(), n), "Typing"));
                recorder.update(file, loaded.stamp(), loaded.style(), history.current(), history.isDirty());
                progress.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
                if (n == 0) {
                    System.out.println("editing");
                    System.out.flush();
                }
            }
        }
    }
}
