package dev.vitae;

import dev.vitae.cli.Cli;
import dev.vitae.ui.VitaeApp;

import java.util.Arrays;

/**
 * The launcher. A plain class (not a JavaFX Application) so that {@code java -jar vitae.jar} works from the
 * class path: a command runs the command line, anything else opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(Arrays.asList(args)));
        }
        VitaeApp.launchWith(args);
    }
}
