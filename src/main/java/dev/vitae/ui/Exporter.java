package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.Renderer;
import dev.vitae.render.TimeLimit;
import dev.vitae.store.AtomicFileWriter;
import javafx.application.HostServices;
import javafx.concurrent.Task;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Export to PDF or HTML from the menu: asks where (remembering the last folder), renders the snapshot in the
 * background through the same renderer as the preview and the command line, writes atomically, and opens
 * the file in the system viewer when the person asked for that.
 */
final class Exporter {

    enum Format {
        PDF("pdf"), HTML("html");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private final Supplier<Renderer> renderer;
    private final AppPreferences prefs;
    private final FilePrompts prompts;
    private final Dialogs dialogs;
    private final HostServices host;
    private final Consumer<String> notify;
    private final BackgroundTasks tasks;

    Exporter(Supplier<Renderer> renderer, AppPreferences prefs, FilePrompts prompts, Dialogs dialogs,
             HostServices host, Consumer<String> notify, BackgroundTasks tasks) {
        this.renderer = renderer;
        this.prefs = prefs;
        this.prompts = prompts;
        this.dialogs = dialogs;
        this.host = host;
        this.notify = notify;
        this.tasks = tasks;
    }

    boolean opensAfterExport() {
        return prefs.flag("openAfterExport", false);
    }

    void opensAfterExport(boolean open) {
        prefs.put("openAfterExport", open);
        prefs.saveQuietly();
    }

    /** Asks for a target and exports; the returned task is null when the person cancelled. */
    Task<Path> export(Format format, Document document, Path baseDir, String documentName) {
        Path folder = prefs.text("lastExportFolder").map(Path::of)
                .orElse(baseDir != null ? baseDir : Path.of(System.getProperty("user.home")));
        String base = documentName.replaceFirst("(?i)\\.json$", "");
        var target = prompts.chooseToSave(folder, base + "." + format.extension, format.extension);
        if (target.isEmpty()) {
            return null;
        }
        return exportTo(format, document, baseDir, target.get());
    }

    Task<Path> exportTo(Format format, Document document, Path baseDir, Path target) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Exporting " + format.name() + "…");
                // issue 4: time-limited, and cancelling the task stops waiting for the render at once
                Renderer loaded = renderer.get();
                byte[] bytes = TimeLimit.call("The " + format.name() + " export", TimeLimit.EXPORT, () -> format == Format.PDF
                        ? loaded.pdf(document, baseDir).bytes()
                        : loaded.html(document, baseDir).getBytes(StandardCharsets.UTF_8));
                if (isCancelled()) {
                    return null;
                }
                return new AtomicFileWriter().write(target, bytes);
            }
        };
        task.setOnSucceeded(e -> {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                prefs.put("lastExportFolder", parent.toString());
                prefs.saveQuietly();
            }
            notify.accept("Exported " + target.getFileName());
            if (opensAfterExport() && host != null) {
                host.showDocument(target.toUri().toString());
            }
        });
        task.setOnCancelled(e -> notify.accept("Export cancelled; nothing was written"));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String reason = t == null || t.getMessage() == null ? "The export failed." : t.getMessage();
            dialogs.showError("Cannot export " + target.getFileName(), reason + "\n\nNo file was written.");
        });
        tasks.run(task);
        return task;
    }
}
