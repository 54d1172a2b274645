package dev.vitae.ui;

import dev.vitae.render.Renderer;
import dev.vitae.store.AppFolders;
import dev.vitae.store.ResumeStore;
import javafx.application.HostServices;

import java.util.function.Supplier;

/**
 * What the window is built from, gathered in one place so tests can build a window with their own folders
 * and answers to file dialogs.
 *
 * @param renderer created on first use, off the FX thread (loading fonts takes a moment)
 * @param prompts  file dialogs; null means the platform's own
 */
record AppServices(AppFolders folders, AppPreferences prefs, ResumeStore store, Supplier<Renderer> renderer,
                   HostServices host, FilePrompts prompts) {
}
