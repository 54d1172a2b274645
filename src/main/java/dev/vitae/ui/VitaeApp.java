package dev.vitae.ui;

import dev.vitae.render.Renderer;
import dev.vitae.store.AppFolders;
import dev.vitae.store.ResumeStore;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The desktop application: opens the file given on the command line, else the last file, else the sample
 * résumé as an untitled document.
 */
public final class VitaeApp extends Application {

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> UnexpectedError.report(stage, error));
        AppServices services = Services.standard(getHostServices());
        MainWindow window = new MainWindow(stage, services);
        window.start(initialFile(getParameters().getRaw(), services.prefs()), Samples.sample());
        window.show();
    }

    private static Path initialFile(List<String> args, AppPreferences prefs) {
        if (!args.isEmpty()) {
            return Path.of(args.get(0));
        }
        return prefs.text("lastFile").map(Path::of).filter(Files::isRegularFile).orElse(null);
    }

    /** The real services, built once per process. */
    static final class Services {
        private Services() {
        }

        static AppServices standard(javafx.application.HostServices host) {
            AppFolders folders = AppFolders.detect();
            AppPreferences prefs = AppPreferences.load(folders.config());
            Supplier<Renderer> renderer = Lazy.of(() -> Renderer.withUserThemes(folders.themes()));
            return new AppServices(folders, prefs, new ResumeStore(), renderer, host, null);
        }
    }

    public static void launchWith(String[] args) {
        Application.launch(VitaeApp.class, args);
    }
}
