package dev.vitae.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** {@link ExternalChangeGuard}'s questions answered by the test; every question and message is recorded. */
final class ScriptedChangePrompts implements ExternalChangeGuard.Prompts {

    final Deque<Choice> answers = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    ScriptedChangePrompts answer(Choice choice) {
        answers.add(choice);
        return this;
    }

    @Override
    public Choice askAboutChange(String name, boolean beforeSave) {
        asked.add("changed " + name + (beforeSave ? " before save" : ""));
        Choice choice = answers.poll();
        if (choice == null) {
            throw new AssertionError("unexpected question about a change to " + name);
        }
        return choice;
    }

    @Override
    public void tellGone(String name, Path file, Path movedTo) {
        asked.add("gone " + name + (movedTo == null ? "" : " to " + movedTo.getFileName()));
    }

    @Override
    public void tellUnreadable(String name, String reason) {
        asked.add("unreadable " + name + ": " + reason);
    }
}
