package dev.vitae.ui;

import dev.vitae.model.Lazy;
import dev.vitae.render.Renderer;
import dev.vitae.store.AppFolders;
import dev.vitae.store.AtomicFileWriter;
import dev.vitae.store.ResumeStore;
import dev.vitae.store.VersionHistory;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop application: opens the file given on the command line, else the last file, else the sample
 * résumé as an untitled document.
 */
public final class VitaeApp extends Application {

    /** Set by {@link #launchWith} before JavaFX creates this application. */
    private static EarlyStart early;
    /**
     * While JavaFX starts, its warning that it runs from the class path is held back: Vitae does so on purpose
     * (one runnable jar), and the line would greet every start from a terminal. Its other messages stay.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    @Override
    public void start(Stage stage) {
        JAVAFX_LOG.setLevel(null);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> UnexpectedError.report(stage, error));
        AppServices services = early != null ? early.services(getHostServices()) : Services.standard(getHostServices());
        UiTheme.useForControls(UiTheme.chosen(services.prefs()));
        MainWindow window = new MainWindow(stage, services);
        Path file = early != null ? early.initialFile() : initialFile(getParameters().getRaw(), services.prefs());
        if (early != null) {
            window.start(file, Samples.sample(), early.initialDocument(), early.keptPreview());
        } else {
            window.start(file, Samples.sample());
        }
        window.show();
        // issue 4: offer what a crash left unsaved, once the window is on screen (a plain runLater runs before the
        // first frame, so the offer would be read from disk while the window waits to be drawn)
        NextPulse.afterFrame(stage.getScene(), () -> window.safetyNet().offerRecovery());
    }

    static Path initialFile(List<String> args, AppPreferences prefs) {
        if (!args.isEmpty()) {
            try {
                return Path.of(args.get(0));
            } catch (InvalidPathException e) {
                System.err.println("Vitae: cannot open " + e.getInput() + ": the system's locale cannot spell this file name;"
                        + " start Vitae with a UTF-8 locale (for example LC_ALL=C.UTF-8)");
                return null;
            }
        }
        return prefs.text("lastFile").map(Path::of).filter(Files::isRegularFile).orElse(null);
    }

    /** The real services, built once per process. */
    static final class Services {
        private Services() {
        }

        static AppServices standard(javafx.application.HostServices host) {
            AppFolders folders = AppFolders.detect();
            return new AppServices(folders, AppPreferences.load(folders.config()), store(folders), renderer(folders), host, null);
        }

        /** Made on first use, by whichever thread asks first. */
        static Supplier<Renderer> renderer(AppFolders folders) {
            return Lazy.of(() -> Renderer.withUserThemes(folders.themes(), folders.cache()));
        }

        static ResumeStore store(AppFolders folders) {
            return new ResumeStore(new AtomicFileWriter(), VersionHistory.in(folders));
        }
    }

    /** Starts the window; the work that needs no FX thread begins at once, while JavaFX starts. */
    public static void launchWith(String[] args) {
        early = EarlyStart.begin(List.of(args));
        JAVAFX_LOG.setLevel(Level.SEVERE);
        Application.launch(VitaeApp.class, args);
    }
}
