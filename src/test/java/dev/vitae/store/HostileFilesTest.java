package dev.vitae.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile inputs issue 4 names, each as a file on disk opened the way the window opens one: a clear
 * message naming the file (and where it can, the line), or a document; the file is never changed.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> refused() {
        byte[] latin1 = "{\"basics\": {\"name\": \"Jos\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("deep nesting", utf8("{\"a\": " + "[".repeat(200) + "]".repeat(200) + "}"),
                        "the file is nested too deeply (more than 100 levels)"),
                Arguments.of("a huge string", utf8("{\"summary\": \"" + "x".repeat(2_000_001) + "\"}"),
                        "a string is too long (more than 2,000,000 characters)"),
                Arguments.of("invalid UTF-8", latin1, "the file is not valid UTF-8 (byte 0xE9 at offset 24)"),
                Arguments.of("duplicate keys", utf8("{\"basics\": {},\n \"basics\": {}}"),
                        "the key \"basics\" appears twice in the same object"),
                Arguments.of("a 10,000-digit number", utf8("{\"n\": " + "9".repeat(10_000) + "}"),
                        "a number is too long (more than 100 digits)"),
                Arguments.of("an array instead of an object", utf8("[{\"basics\": {}}]"),
                        "a résumé must be a JSON object ({…}), but this file holds a list ([…])"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithAClearMessageAndLeftAlone(String what, byte[] bytes, String reason) throws IOException {
        Path file = Files.write(dir.resolve("resume.json"), bytes);
        ParseError e = assertThrows(ParseError.class, () -> new ResumeStore().load(file));
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aVeryLargeFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        ParseError e = assertThrows(ParseError.class, () -> new ResumeStore().load(file));
        assertEquals(file + ": the file is too large to be a résumé (3072 MB; Vitae opens files up to 16 MB)", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsReadAndNotAddedToTheContent() throws Exception {
        byte[] bytes = utf8("\uFEFF{\"basics\": {\"name\": \"Zoë\"}}");
        Path file = Files.write(dir.resolve("resume.json"), bytes);
        assertEquals("Zoë", new ResumeStore().load(file).document().name());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aSectionOfTheWrongTypeOpensKeepsItsValueAndIsReported() throws Exception {
        String text = "{\n  \"work\": {},\n  \"skills\": \"many\",\n  \"basics\": []\n}\n";
        Path file = Files.writeString(dir.resolve("resume.json"), text);
        LoadedResume loaded = new ResumeStore().load(file);
        assertEquals(List.of("/work: should be a list of entries ([…]), not an object",
                        "/skills: should be a list of entries ([…]), not text",
                        "/basics: should be an object with fields such as name and email, not a list"),
                ResumeValidator.standard().validate(loaded.document()).stream().map(Problem::describe).toList());
        assertEquals(text, new String(JsonWriter.write(loaded.document(), loaded.style()), StandardCharsets.UTF_8),
                "saved unchanged, it is the same file");
    }
}
