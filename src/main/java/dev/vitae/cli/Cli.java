package dev.vitae.cli;

import dev.vitae.Version;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code vitae export|validate|themes …}: the same store and renderer as the window, for scripts. Exit codes:
 * 0 success, 1 bad input (messages on stderr as {@code file:line:column: message} or
 * {@code file: /json/path: message}), 2 usage error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private static final Set<String> COMMANDS = Set.of("export", "validate", "themes", "help", "--help", "-h", "--version", "-V");

    static final String USAGE_TEXT = """
            Usage:
              vitae [FILE]                      open the editor (on FILE, or the last file)
              vitae export IN.json -o OUT.pdf|OUT.html|OUT.json [options]
              vitae validate IN.json            list every problem; exit 1 if there are any
              vitae themes                      list the available themes
              vitae --version | --help

            Export options (override the file's settings for this export only):
              --theme NAME
              --page a4|letter
              --locale TAG                      e.g. en, de, fr, ja, ar
              --date-format numeric|short|long|iso
              --timeout SECONDS                 give up a render that takes longer (default 120)
            """;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether the first argument names a command, rather than a file to open in the window. */
    public static boolean isCommand(String firstArgument) {
        return COMMANDS.contains(firstArgument);
    }

    /** Whether a command's own arguments ask for the usage instead, as in {@code vitae export --help}. */
    public static boolean asksForHelp(List<String> commandArgs) {
        return commandArgs.contains("--help") || commandArgs.contains("-h");
    }

    /** The format {@code vitae export ARGS} would write, judged as the export itself judges it; empty if it would refuse. */
    public static Optional<String> exportFormat(List<String> exportArgs) {
        return ExportCommand.format(exportArgs);
    }

    public int run(List<String> args) {
        if (args.isEmpty()) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (asksForHelp(rest)) {
            out.print(USAGE_TEXT);
            return OK;
        }
        try {
            return switch (args.get(0)) {
                case "export" -> new ExportCommand(out, err).run(rest);
                case "validate" -> new ValidateCommand(out, err).run(rest);
                case "themes" -> new ThemesCommand(out, err).run(rest);
                case "--version", "-V" -> {
                    out.println("vitae " + Version.current());
                    yield OK;
                }
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageError("unknown command " + args.get(0));
            };
        } catch (UsageError e) {
            err.println("vitae: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (InvalidPathException e) {
            err.println(unusableFileName(e));
            return BAD_INPUT;
        }
    }

    /**
     * Java can only use file names the system's locale can spell; under the POSIX "C" locale that excludes
     * "Zoë résumé.json". Say so, and how to fix it, instead of failing with a stack trace.
     */
    static String unusableFileName(InvalidPathException e) {
        return "vitae: " + e.getInput() + ": cannot use this file name, because the system's locale ("
                + System.getProperty("sun.jnu.encoding") + ") cannot spell it; run Vitae with a UTF-8 locale, "
                + "for example LC_ALL=C.UTF-8";
    }
}
