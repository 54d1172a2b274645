package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.render.PageImages;
import dev.vitae.render.RenderedPdf;
import dev.vitae.render.Renderer;
import dev.vitae.render.TimeLimit;
import dev.vitae.store.AppFolders;
import dev.vitae.store.ResumeStore;
import javafx.application.HostServices;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Start-up work that needs no FX thread, begun before JavaFX starts so that both run at once (issue 7): the
 * preferences, the renderer (themes and fonts), the PDF of the résumé the window is about to open (the slowest
 * part of the first preview), and its first page at the resolution the preview had last time. The window takes
 * what is ready and waits for the rest; the first preview uses the render only if the window opened exactly
 * that document.
 */
final class EarlyStart implements FirstRender {

    /** What the early render is made from. */
    private record Source(Document document, Path baseDir) {
    }

    private final AppFolders folders = AppFolders.detect();
    private final Supplier<Renderer> renderer = VitaeApp.Services.renderer(folders);
    private final CompletableFuture<AppPreferences> prefs = new CompletableFuture<>();
    private final CompletableFuture<Optional<Path>> initialFile = new CompletableFuture<>();
    private final CompletableFuture<Optional<Source>> source = new CompletableFuture<>();
    private final CompletableFuture<Optional<Made>> made = new CompletableFuture<>();

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
            Path file = VitaeApp.initialFile(args, p);
            initialFile.complete(Optional.ofNullable(file));
            Renderer loaded = renderer.get();
            Document document = Samples.sample();
            Path baseDir = null;
            if (file != null && Files.isRegularFile(file)) {
                document = new ResumeStore().load(file).document();
                baseDir = file.toAbsolutePath().getParent();
            }
            Source from = new Source(document, baseDir);
            source.complete(Optional.of(from));
            RenderedPdf pdf = TimeLimit.call("The preview", TimeLimit.PREVIEW, () -> loaded.pdf(from.document(), from.baseDir()));
            double dpi = PreviewPane.expectedDpi(p);
            CompletableFuture<Optional<BufferedImage>> firstPage = new CompletableFuture<>();
            made.complete(Optional.of(new Made(pdf, dpi, firstPage)));
            try {
                firstPage.complete(Optional.of(PageImages.renderPage(pdf.bytes(), 0, (float) dpi)));
            } finally {
                firstPage.complete(Optional.empty());
            }
        } catch (Throwable e) {
            // whatever failed is done again, and reported, by the window itself; a future already done stays so
            prefs.complete(AppPreferences.load(folders.config()));
            initialFile.complete(Optional.empty());
            source.complete(Optional.empty());
            made.complete(Optional.empty());
        }
    }

    /** The services the window is built from, sharing this start's preferences and renderer. */
    AppServices services(HostServices host) {
        return new AppServices(folders, prefs.join(), VitaeApp.Services.store(folders), renderer, host, null, this);
    }

    /** The file to open: the one named on the command line, else the last one, if it still exists. */
    Path initialFile() {
        return initialFile.join().orElse(null);
    }

    @Override
    public Optional<Made> of(Document document, Path baseDir) {
        boolean same = source.join()
                .filter(s -> Objects.equals(s.baseDir(), baseDir) && s.document().root().equals(document.root()))
                .isPresent();
        return same ? made.join() : Optional.empty();
    }
}
