package dev.vitae.cli;

import dev.vitae.render.Renderer;
import dev.vitae.store.AppFolders;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code vitae themes}: the built-in themes and the user's own, one per line. */
final class ThemesCommand {

    private final PrintStream out;

    ThemesCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageError {
        Arguments.parse(args, Set.of());
        Renderer renderer = Renderer.withUserThemes(AppFolders.detect().themes());
        renderer.themes().names().forEach(out::println);
        return Cli.OK;
    }
}
