package dev.vitae.cli;

import dev.vitae.model.DateStyle;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.OutputSettings;
import dev.vitae.render.RenderedPdf;
import dev.vitae.render.Renderer;
import dev.vitae.render.TimeLimit;
import dev.vitae.store.AppFolders;
import dev.vitae.store.AtomicFileWriter;
import dev.vitae.store.ParseError;
import dev.vitae.store.ResumeReader;
import dev.vitae.store.ResumeStore;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code vitae export IN.json -o OUT.pdf|.html|.json}: renders exactly what the editor's preview shows.
 * Options override the file's settings for this export only; the input file is never changed, and a failed
 * export leaves no partial output.
 */
final class ExportCommand {

    private static final Set<String> OPTIONS = Set.of("--output", "--theme", "--page", "--locale", "--date-format", "--timeout");
    private static final Set<String> FORMATS = Set.of("pdf", "html", "json");

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageError {
        Arguments a = Arguments.parse(args, OPTIONS);
        if (a.positional().size() != 1) {
            throw new UsageError("export needs exactly one input file");
        }
        String output = a.option("--output");
        if (output == null) {
            throw new UsageError("export needs an output file: -o OUT.pdf, OUT.html or OUT.json");
        }
        Path in = Path.of(a.positional().get(0));
        Path target = Path.of(output);
        String extension = extension(target);
        if (!FORMATS.contains(extension)) {
            throw new UsageError("the output must end in .pdf, .html or .json: " + output);
        }
        Duration limit = timeout(a.option("--timeout"));
        AppFolders folders = AppFolders.detect();
        Renderer renderer = extension.equals("json") ? null : Renderer.withUserThemes(folders.themes(), folders.cache());
        if (extension.equals("pdf")) {
            // a cold JVM uses one core for the export; the other loads what every PDF needs meanwhile
            Thread prepare = new Thread(renderer::prepareForPdf, "vitae-prepare-pdf");
            prepare.setDaemon(true);
            prepare.start();
        }
        List<Edit> overrides = overrides(a, renderer);

        // read without stamping: the window keeps a hash to notice changes by other programs; an export has no use for it
        ResumeReader.Result loaded;
        try {
            loaded = ResumeReader.read(in);
        } catch (ParseError e) {
            err.println(e.getMessage());
            return Cli.BAD_INPUT;
        }
        Document document = loaded.document();
        for (Edit edit : overrides) {
            document = edit.applyTo(document);
        }
        Path baseDir = in.toAbsolutePath().getParent();
        if (renderer != null) {
            renderer.photoProblem(document, baseDir).ifPresent(p -> err.println(in + ": warning: " + p));
        }
        Document exported = document;
        try {
            if (extension.equals("json")) {
                new ResumeStore().saveCopy(target, document, loaded.style());
            } else if (extension.equals("html")) {
                byte[] html = TimeLimit.call("The export", limit,
                        () -> renderer.html(exported, baseDir).getBytes(StandardCharsets.UTF_8));
                new AtomicFileWriter().write(target, html);
            } else {
                RenderedPdf pdf = TimeLimit.call("The export", limit, () -> renderer.pdf(exported, baseDir));
                new AtomicFileWriter().write(target, pdf.bytes());
                pdf.warnings().forEach(w -> err.println(target + ": warning: " + w));
            }
        } catch (IOException e) {
            err.println(target + ": " + e.getMessage());
            return Cli.BAD_INPUT;
        } catch (TimeLimit.Exceeded e) {
            err.println(in + ": " + e.getMessage() + " No file was written; --timeout SECONDS allows more time.");
            return Cli.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(in + ": the export was interrupted; no file was written");
            return Cli.BAD_INPUT;
        } catch (Exception e) {
            err.println(in + ": cannot render: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return Cli.BAD_INPUT;
        }
        return Cli.OK;
    }

    private static Duration timeout(String seconds) throws UsageError {
        if (seconds == null) {
            return TimeLimit.COMMAND_LINE;
        }
        try {
            BigDecimal value = new BigDecimal(seconds.strip());
            if (value.compareTo(new BigDecimal("0.001")) < 0 || value.compareTo(BigDecimal.valueOf(86_400)) > 0) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(value.movePointRight(3).longValue());
        } catch (NumberFormatException e) {
            throw new UsageError("--timeout needs a number of seconds from 0.001 to 86400, not " + seconds);
        }
    }

    private static List<Edit> overrides(Arguments a, Renderer renderer) throws UsageError {
        java.util.ArrayList<Edit> edits = new java.util.ArrayList<>();
        String theme = a.option("--theme");
        if (theme != null) {
            if (renderer != null && !renderer.themes().find(theme).isPresent()) {
                throw new UsageError("unknown theme " + theme + " (available: " + String.join(", ", renderer.themes().names()) + ")");
            }
            edits.add(set(OutputSettings.THEME, theme));
        }
        String page = a.option("--page");
        if (page != null) {
            String p = page.toLowerCase(Locale.ROOT);
            if (!p.equals("a4") && !p.equals("letter")) {
                throw new UsageError("--page must be a4 or letter, not " + page);
            }
            edits.add(set(OutputSettings.PAGE, p));
        }
        String locale = a.option("--locale");
        if (locale != null) {
            if (OutputSettings.knownLocale(locale).isEmpty()) {
                throw new UsageError("--locale needs the tag of a language, such as en, de-CH or ja, not " + locale);
            }
            edits.add(set(OutputSettings.LOCALE, locale));
        }
        String dates = a.option("--date-format");
        if (dates != null) {
            DateStyle style = DateStyle.byId(dates).orElseThrow(
                    () -> new UsageError("--date-format must be numeric, short, long or iso, not " + dates));
            edits.add(set(OutputSettings.DATE_FORMAT, style.id()));
        }
        return edits;
    }

    private static Edit set(String key, String value) {
        return Edit.SetValue.text(OutputSettings.pointer(key), value);
    }

    /** The format these export arguments write ({@code pdf}, {@code html} or {@code json}); empty for a usage error. */
    static Optional<String> format(List<String> args) {
        try {
            String output = Arguments.parse(args, OPTIONS).option("--output");
            String extension = output == null ? "" : extension(Path.of(output));
            return FORMATS.contains(extension) ? Optional.of(extension) : Optional.empty();
        } catch (UsageError | InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
