package dev.vitae;

import dev.vitae.cli.Cli;
import dev.vitae.ui.VitaeApp;

import dev.vitae.store.AppFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The launcher. A plain class (not a JavaFX Application) so that {@code java -jar vitae.jar} works from the
 * class path: a command runs the command line, anything else opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        keepFontCacheInOurFolder();
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(Arrays.asList(args)));
        }
        VitaeApp.launchWith(args);
    }

    /**
     * PDFBox caches the system's fonts on first use; left alone it writes into the user's home folder.
     * A launcher may already have set the property.
     */
    private static void keepFontCacheInOurFolder() {
        if (System.getProperty("pdfbox.fontcache") == null) {
            Path folder = AppFolders.detect().data();
            try {
                Files.createDirectories(folder);
                System.setProperty("pdfbox.fontcache", folder.toString());
            } catch (IOException e) {
                // PDFBox then uses its default place; nothing else depends on it
            }
        }
    }
}
