package dev.vitae.cli;

import dev.vitae.store.LoadedResume;
import dev.vitae.store.ParseError;
import dev.vitae.store.Problem;
import dev.vitae.store.ResumeStore;
import dev.vitae.store.ResumeValidator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code vitae validate IN.json}: every problem as {@code file: /json/path: message}; exit 1 if any. */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageError {
        Arguments a = Arguments.parse(args, Set.of());
        if (a.positional().size() != 1) {
            throw new UsageError("validate needs exactly one input file");
        }
        Path in = Path.of(a.positional().get(0));
        LoadedResume loaded;
        try {
            loaded = new ResumeStore().load(in);
        } catch (ParseError e) {
            err.println(e.getMessage());
            return Cli.BAD_INPUT;
        }
        List<Problem> problems = ResumeValidator.standard().validate(loaded.document());
        for (Problem p : problems) {
            err.println(in + ": " + p.describe());
        }
        if (problems.isEmpty()) {
            out.println(in + ": valid");
            return Cli.OK;
        }
        out.println(in + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        return Cli.BAD_INPUT;
    }
}
