package dev.vitae.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export --locale/--date-format/--theme} override the file's settings; {@code themes} lists every theme. */
class ExportLocaleTest {

    private static final String RESUME = """
            {"basics": {"name": "Jana Novak"},
             "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-07"}]}
            """;

    @Test
    void germanHeadingsAndMonthNames(@TempDir Path dir) throws Exception {
        String text = export(dir, "--locale", "de", "--date-format", "long", "--theme", "modern");
        assertTrue(text.contains("Berufserfahrung"), text);
        assertTrue(text.contains("Juli 2019 – heute"), text);
    }

    @Test
    void japaneseHeadingsAndDates(@TempDir Path dir) throws Exception {
        String text = export(dir, "--locale", "ja");
        assertTrue(text.contains("職歴"), text);
        assertTrue(text.contains("2019年7月 – 現在"), text);
    }

    @Test
    void themesListsNamesAndDescriptions() {
        CliRun run = CliRun.of("themes");
        assertEquals(Cli.OK, run.code(), run.err());
        String listing = run.out();
        for (String theme : List.of("classic", "modern", "academic", "compact")) {
            assertTrue(listing.lines().anyMatch(l -> l.startsWith(theme + " ") && l.length() > 40), listing);
        }
    }

    private static String export(Path dir, String... options) throws Exception {
        Path in = Files.writeString(dir.resolve("resume.json"), RESUME);
        Path pdf = dir.resolve("out.pdf");
        List<String> args = new java.util.ArrayList<>(List.of("export", in.toString(), "-o", pdf.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args);
        assertEquals(Cli.OK, run.code(), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
