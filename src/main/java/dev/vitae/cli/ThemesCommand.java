package dev.vitae.cli;

import dev.vitae.render.Renderer;
import dev.vitae.render.Theme;
import dev.vitae.store.AppFolders;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code vitae themes}: the built-in themes and the user's own, one per line with its description; user themes
 * are marked, and user themes that could not be loaded are reported on stderr with file and line.
 */
final class ThemesCommand {

    private final PrintStream out;
    private final PrintStream err;

    ThemesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageError {
        Arguments.parse(args, Set.of());
        AppFolders folders = AppFolders.detect();
        Renderer renderer = Renderer.withUserThemes(folders.themes(), folders.cache());
        int width = renderer.themes().names().stream().mapToInt(String::length).max().orElse(0);
        for (Theme theme : renderer.themes().themes()) {
            String name = String.format("%-" + width + "s", theme.name());
            String mark = theme.builtIn() ? "       " : " (user)";
            out.println((name + mark + "  " + theme.description()).stripTrailing());
        }
        renderer.themes().problems().forEach(err::println);
        out.println();
        out.println("Your own themes go in " + folders.themes() + " (one folder per theme).");
        return Cli.OK;
    }
}
