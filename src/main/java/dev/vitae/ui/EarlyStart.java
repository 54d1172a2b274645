package dev.vitae.ui;

import dev.vitae.render.Renderer;
import dev.vitae.store.AppFolders;
import dev.vitae.store.LoadedResume;
import dev.vitae.store.PageSnapshots;
import dev.vitae.store.ParseError;
import dev.vitae.store.ResumeStore;
import javafx.application.HostServices;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Start-up work that needs no FX thread, begun on a thread of its own before JavaFX starts (issue 7): the
 * preferences, the renderer (themes and fonts) and the file to open, read, which the window would otherwise make
 * and read on the FX thread while it is being built. The window takes what is ready and waits for the rest.
 *
 * <p>Measured and left out: rendering the file's first pages here as well, for the window's first request to
 * find ready. On two cores it competes with JavaFX's own start, class loading and the JIT compilers, and the
 * file's pages came later than when they are rendered once the window exists (ten-page CV: 3.7–4.2 s against
 * 2.7–3.9 s, sample: 2.3–2.4 s against 1.8–2.4 s, alternating runs).
 */
final class EarlyStart {

    private final AppFolders folders = AppFolders.detect();
    private final Supplier<Renderer> renderer = VitaeApp.Services.renderer(folders);
    private final CompletableFuture<AppPreferences> prefs = new CompletableFuture<>();
    private final CompletableFuture<Optional<Path>> initialFile = new CompletableFuture<>();
    private final CompletableFuture<LoadedResume> initialDocument = new CompletableFuture<>();
    private final CompletableFuture<KeptPreview> keptPreview = new CompletableFuture<>();

    private EarlyStart() {
    }

    /** Starts the work on a background thread and returns at once. */
    static EarlyStart begin(List<String> args) {
        EarlyStart early = new EarlyStart();
        Thread t = new Thread(() -> early.run(args), "vitae-early-start");
        t.setDaemon(true);
        t.start();
        return early;
    }

    private void run(List<String> args) {
        try {
            AppPreferences p = AppPreferences.load(folders.config());
            prefs.complete(p);
            Optional<Path> file = Optional.ofNullable(VitaeApp.initialFile(args, p));
            initialFile.complete(file);
            LoadedResume loaded = file.map(EarlyStart::read).orElse(null);
            initialDocument.complete(loaded);
            Renderer r = renderer.get();
            keptPreview.complete(loaded == null ? null : KeptPreview.find(loaded, r, PageSnapshots.in(folders)).orElse(null));
        } catch (RuntimeException | Error e) {
            // whatever failed is done again, and reported, by the window itself; a future already done stays so
            prefs.complete(AppPreferences.load(folders.config()));
            initialFile.complete(Optional.empty());
            initialDocument.complete(null);
            keptPreview.complete(null);
        }
    }

    /** The file as the window would read it; null when it cannot be, which the window then reads and reports. */
    private static LoadedResume read(Path file) {
        try {
            return new ResumeStore().load(file);
        } catch (ParseError e) {
            return null;
        }
    }

    /** The services the window is built from, sharing this start's preferences and renderer. */
    AppServices services(HostServices host) {
        return new AppServices(folders, prefs.join(), VitaeApp.Services.store(folders), renderer, host, null);
    }

    /** {@link #initialFile} as read, or null when there is none or it cannot be read. */
    LoadedResume initialDocument() {
        return initialDocument.join();
    }

    /** The first page of {@link #initialFile} as the window last showed it, or null. */
    KeptPreview keptPreview() {
        return keptPreview.join();
    }

    /** The file to open: the one named on the command line, else the last one, if it still exists. */
    Path initialFile() {
        return initialFile.join().orElse(null);
    }
}
