package dev.vitae.store;

import dev.vitae.Corpus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken files are reported at the right line and column, in words, and never with a stack trace. */
class ResumeReaderTest {

    private static final Path FILE = Path.of("resume.json");

    private static ParseError failure(String text) {
        return failure(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ParseError failure(byte[] bytes) {
        return assertThrows(ParseError.class, () -> ResumeReader.read(bytes, FILE));
    }

    private static void assertAt(ParseError e, int line, int column, String reasonPart) {
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
        assertTrue(e.getMessage().startsWith("resume.json:" + line + ":" + column + ": "), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "trailing comma in an object  | {\\n  'a': 1,\\n}\\n               | 3 | 1  | trailing commas are not allowed",
            "trailing comma in a list     | {'a': [1,]}                          | 1 | 10 | trailing commas are not allowed",
            "line comment                 | {\\n  // mine\\n  'a': 1\\n}       | 2 | 3  | comments (// or /* */) are not allowed",
            "block comment                | {'a': /* x */ 1}                     | 1 | 7  | comments (// or /* */) are not allowed",
            "truncated inside an object   | {\\n  'basics': {\\n    'name': 'A' | 3 | 16 | the file ends before an object is closed",
            "truncated inside a list      | {\\n  'a': [1,\\n                   | 3 | 1  | the file ends before a list is closed",
            "truncated inside a string    | {\\n  'a': 'Ad                        | 2 | 11 | the file ends in the middle of a value",
            "duplicate key                | {\\n  'a': 1,\\n  'a': 2\\n}       | 3 | 6  | the key \"a\" appears twice",
            "missing comma                | {\\n  'a': 1\\n  'b': 2\\n}        | 3 | 3  | a comma is missing",
            "missing colon                | {'a' 1}                              | 1 | 6  | a colon (:) is missing",
            "unquoted word                | {'a': yes}                           | 1 | 7  | unknown word 'yes'",
            "raw tab in a string          | {'a': 'x\ty'}                        | 1 | 9  | a control character",
            "list at the top              | [1, 2]                               | 1 | 1  | must be a JSON object",
            "number at the top            | 42                                   | 1 | 1  | must be a JSON object",
            "empty file                   | ''                                   | 1 | 1  | the file is empty",
            "only spaces                  | '   \\n  '                           | 1 | 1  | the file is empty",
            "content after the object     | {'a': 1}\\n{'b': 2}                  | 2 | 1  | unexpected content after the end",
            "word after the object        | {'a': 1} x                           | 1 | 10 | unexpected content after the end",
            "number out of range          | {'a': 1e9999999999}                  | 1 | 7  | the number 1e9999999999 is out of range",
    })
    void brokenJsonIsReportedAtItsLineAndColumn(String what, String json, int line, int column, String reason) {
        String text = json.strip().replace("\\n", "\n").replace('\'', '"');
        assertAt(failure(text), line, column, reason);
    }

    @Test
    void aTenThousandDigitNumberIsRefusedWhereItStands() {
        ParseError e = failure("{\n  \"n\": " + "7".repeat(10_000) + "\n}");
        assertEquals(2, e.line());
        assertTrue(e.column() > 7 && e.column() <= 10_008, "column " + e.column() + " lies inside the number");
        assertTrue(e.reason().contains("a number is too long"), e.reason());
        assertTrue(e.lineText().length() <= 501, "the line shown is cut short");
    }

    @Test
    void nestingTwoHundredDeepIsRefusedWhereTheLimitIsCrossed() {
        ParseError e = failure("{\"a\":\n" + "[".repeat(200) + "]".repeat(200) + "\n}");
        assertEquals(2, e.line());
        assertTrue(e.column() >= 99 && e.column() <= 101, "column " + e.column());
        assertTrue(e.reason().contains("nested too deeply"), e.reason());
    }

    @Test
    void invalidUtf8IsReportedAtItsByte() {
        byte[] bytes = "{\n  \"name\": \"Jos?\"\n}".getBytes(StandardCharsets.US_ASCII);
        bytes[15] = (byte) 0xE9; // Latin-1 é
        ParseError e = failure(bytes);
        assertAt(e, 2, 14, "not valid UTF-8 (byte 0xE9");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws ParseError {
        byte[] text = "{\"basics\": {\"name\": \"Zoë\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("Zoë", ResumeReader.read(withBom, FILE).document().name());
    }

    @Test
    void utf16IsRefusedWithAndWithoutAByteOrderMark() {
        String json = "{\"a\": 1}";
        for (byte[] bytes : List.of(json.getBytes(StandardCharsets.UTF_16), json.getBytes(StandardCharsets.UTF_16LE),
                json.getBytes(StandardCharsets.UTF_16BE))) {
            assertAt(failure(bytes), 1, 1, "the file is UTF-16");
        }
    }

    @Test
    void aMissingFileHasNoLine(@org.junit.jupiter.api.io.TempDir Path dir) {
        ParseError e = assertThrows(ParseError.class, () -> ResumeReader.read(dir.resolve("gone.json")));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().endsWith("gone.json: the file does not exist"), e.getMessage());
    }

    @Test
    void theOffendingLineIsKeptForDisplay() {
        ParseError e = failure("{\n  \"a\": 1,\n  \"b\": [1,]\r\n}");
        assertEquals("  \"b\": [1,]", e.lineText());
    }

    /** Any damage to a real file gives a ParseError (or a document), never another exception. */
    @Property(tries = 200)
    void damagedFilesFailOnlyWithAParseError(@ForAll("damaged") byte[] bytes) {
        try {
            ResumeReader.read(bytes, FILE);
        } catch (ParseError e) {
            long lines = new String(bytes, StandardCharsets.UTF_8).lines().count() + 1;
            assertTrue(e.line() >= 0 && e.line() <= lines, e.getMessage());
            assertTrue(e.getMessage().startsWith("resume.json"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        byte[] original = corpusBytes();
        Arbitrary<Integer> at = Arbitraries.integers().between(0, original.length - 1);
        Arbitrary<byte[]> truncated = at.map(n -> java.util.Arrays.copyOf(original, n));
        Arbitrary<byte[]> overwritten = at.flatMap(n -> Arbitraries.bytes().map(b -> {
            byte[] copy = original.clone();
            copy[n] = b;
            return copy;
        }));
        Arbitrary<byte[]> cut = at.flatMap(n -> Arbitraries.integers().between(1, 40).map(len -> {
            int end = Math.min(original.length, n + len);
            byte[] copy = new byte[original.length - (end - n)];
            System.arraycopy(original, 0, copy, 0, n);
            System.arraycopy(original, end, copy, n, original.length - end);
            return copy;
        }));
        return Arbitraries.oneOf(truncated, overwritten, cut);
    }

    private static byte[] corpusBytes() {
        try {
            return Files.readAllBytes(Corpus.file("01"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
