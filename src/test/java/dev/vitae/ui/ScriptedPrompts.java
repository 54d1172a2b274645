package dev.vitae.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** File dialogs answered by the test: each question takes the next queued answer (none = cancel). */
final class ScriptedPrompts implements FilePrompts {

    private final Deque<Path> answers = new ArrayDeque<>();
    private int asked;

    ScriptedPrompts answer(Path path) {
        answers.add(path);
        return this;
    }

    int asked() {
        return asked;
    }

    @Override
    public Optional<Path> chooseToOpen(Path folder) {
        asked++;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseToSave(Path folder, String suggestedName, String extension) {
        asked++;
        return Optional.ofNullable(answers.poll());
    }
}
