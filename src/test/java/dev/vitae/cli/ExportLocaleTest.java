package dev.vitae.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(List.of("themes"));
        assertEquals(Cli.OK, code);
        String listing = out.toString(StandardCharsets.UTF_8);
        for (String theme : List.of("classic", "modern", "academic", "compact")) {
            assertTrue(listing.lines().anyMatch(l -> l.startsWith(theme + " ") && l.length() > 40), listing);
        }
    }

    private static String export(Path dir, String... options) throws Exception {
        Path in = Files.writeString(dir.resolve("resume.json"), RESUME);
        Path pdf = dir.resolve("out.pdf");
        List<String> args = new java.util.ArrayList<>(List.of("export", in.toString(), "-o", pdf.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(System.out, new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
