package dev.vitae;

import dev.vitae.cli.Cli;
import dev.vitae.store.AppFolders;
import dev.vitae.ui.VitaeApp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The launcher. A plain class (not a JavaFX Application) so that {@code java -jar vitae.jar} works from the
 * class path: a command runs the command line, anything else opens the window.
 */
public final class Main {

    static final String FONT_CACHE_PROPERTY = "pdfbox.fontcache";

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt relaunched = FastStart.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        prepareFontCacheFolder();
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(Arrays.asList(args)));
        }
        VitaeApp.launchWith(args);
    }

    /**
     * PDFBox keeps its scan of the system fonts in the folder named by {@code pdfbox.fontcache}, and silently
     * falls back to the home folder when that folder does not exist. The launcher cannot name a per-user
     * folder, so the default is Vitae's data folder, and whichever folder is named gets created here.
     */
    static void prepareFontCacheFolder() {
        String configured = System.getProperty(FONT_CACHE_PROPERTY);
        try {
            Path folder = configured == null || configured.isBlank()
                    ? AppFolders.detect().data()
                    : Path.of(configured);
            Files.createDirectories(folder);
            System.setProperty(FONT_CACHE_PROPERTY, folder.toString());
        } catch (IOException | InvalidPathException | SecurityException e) {
            // PDFBox then uses the home or the temporary folder; fonts still work, only the cache moves.
        }
    }
}
