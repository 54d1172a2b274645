package dev.vitae.cli;

import dev.vitae.Corpus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path dir;

    private CliRun last;

    private int run(String... args) {
        last = CliRun.of(args);
        return last.code();
    }

    private String err() {
        return last.err();
    }

    private String out() {
        return last.out();
    }

    @Test
    void exportsAPdfOfTheResume() throws Exception {
        Path pdf = dir.resolve("cv.pdf");
        assertEquals(0, run("export", Corpus.file("01").toString(), "-o", pdf.toString()), err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Richard Hendriks"));
            assertEquals("Richard Hendriks — Résumé", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void exportsHtmlAndCanonicalJson() throws Exception {
        Path html = dir.resolve("cv.html");
        Path json = dir.resolve("cv.json");
        assertEquals(0, run("export", Corpus.file("04").toString(), "-o", html.toString()), err());
        assertTrue(Files.readString(html).contains("Carlos Riera"));
        assertEquals(0, run("export", Corpus.file("04").toString(), "--output", json.toString()), err());
        byte[] first = Files.readAllBytes(json);
        assertEquals(0, run("export", json.toString(), "-o", json.toString()), err());
        assertArrayEquals(first, Files.readAllBytes(json), "a file Vitae wrote exports to the same bytes");
    }

    @Test
    void optionsOverrideTheFileForThisExportOnly() throws Exception {
        Path source = Files.copy(Corpus.file("01"), dir.resolve("r.json"));
        byte[] before = Files.readAllBytes(source);
        Path pdf = dir.resolve("de.pdf");
        assertEquals(0, run("export", source.toString(), "-o", pdf.toString(), "--page", "letter", "--locale", "de",
                "--date-format", "long"), err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612, Math.round(doc.getPage(0).getMediaBox().getWidth()), "Letter is 8.5 in wide");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Dezember") || text.contains("Juli") || text.contains("Januar"), text);
        }
        assertArrayEquals(before, Files.readAllBytes(source), "the input file is never changed");
    }

    @Test
    void aFileThatDoesNotParseIsBadInputWithLineAndColumn() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"basics\": {\"name\": \"Ada\",}\n}\n");
        Path pdf = dir.resolve("out.pdf");
        assertEquals(Cli.BAD_INPUT, run("export", broken.toString(), "-o", pdf.toString()));
        assertTrue(err().startsWith(broken + ":2:"), err());
        assertFalse(Files.exists(pdf), "no output for bad input");
    }

    @Test
    void aFailedWriteLeavesNoPartialFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path pdf = blocker.resolve("out.pdf");
        assertEquals(Cli.BAD_INPUT, run("export", Corpus.file("01").toString(), "-o", pdf.toString()));
        assertTrue(err().contains("out.pdf"), err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(blocker), files.toList(), "nothing half-written anywhere");
        }
    }

    @Test
    void validateListsEveryProblemWithItsPath() throws Exception {
        Path file = Files.writeString(dir.resolve("r.json"),
                "{\"basics\": {\"email\": \"nope\"}, \"work\": [{\"startDate\": \"2021-13\"}]}");
        assertEquals(Cli.BAD_INPUT, run("validate", file.toString()));
        assertTrue(err().contains(file + ": /basics/email: \"nope\" is not an email address"), err());
        assertTrue(err().contains(file + ": /work/0/startDate: \"2021-13\" is not a date"), err());
        assertTrue(out().contains("2 problems"), out());
    }

    @Test
    void validateAcceptsAGoodFile() {
        assertEquals(Cli.OK, run("validate", Corpus.file("01").toString()), err());
        assertTrue(out().contains("valid"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Cli.USAGE, run("export", "a.json"));
        assertTrue(err().contains("needs an output file"), err());
        assertEquals(Cli.USAGE, run("export", "a.json", "-o", "b.docx"));
        assertEquals(Cli.USAGE, run("export", "a.json", "-o", "b.pdf", "--page", "a5"));
        assertEquals(Cli.USAGE, run("export", "a.json", "-o", "b.pdf", "--date-format", "roman"));
        assertEquals(Cli.USAGE, run("export", "a.json", "-o", "b.pdf", "--locale", "xx"));
        assertTrue(err().contains("--locale needs the tag of a language, such as en, de-CH or ja, not xx"), err());
        assertEquals(Cli.USAGE, run("export", "a.json", "-o", "b.pdf", "--frobnicate", "x"));
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertEquals(Cli.USAGE, run());
    }

    @Test
    void versionAndHelp() {
        assertEquals(Cli.OK, run("--version"));
        assertTrue(out().startsWith("vitae "), out());
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("vitae export IN.json"));
        for (String[] args : List.of(new String[]{"export", "--help"}, new String[]{"validate", "-h"},
                new String[]{"export", "in.json", "-o", "cv.pdf", "--help"}, new String[]{"themes", "--help"})) {
            assertEquals(Cli.OK, run(args), Arrays.toString(args));
            assertTrue(out().contains("Export options"), out());
            assertEquals("", err(), "a command's --help is not a usage error");
        }
    }

    @Test
    void themesListsTheBuiltInThemes() {
        assertEquals(Cli.OK, run("themes"));
        assertTrue(out().contains("classic"), out());
    }

    @Test
    void aFileNameTheLocaleCannotSpellIsAMessageNotAStackTrace() {
        String message = Cli.unusableFileName(new java.nio.file.InvalidPathException("Zo\u00eb.json", "Malformed input"));
        assertTrue(message.startsWith("vitae: Zo\u00eb.json: cannot use this file name"), message);
        assertTrue(message.contains("UTF-8"), message);
    }
}
