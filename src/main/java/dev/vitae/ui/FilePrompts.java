package dev.vitae.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the window asks about files. The real one shows the platform's file dialogs; tests answer
 * them directly, since no robot can drive a native dialog.
 */
interface FilePrompts {

    Optional<Path> chooseToOpen(Path folder);

    /** @param extension without the dot: "json", "pdf", "html" */
    Optional<Path> chooseToSave(Path folder, String suggestedName, String extension);
}
