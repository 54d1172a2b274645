package dev.vitae.store;

import dev.vitae.Corpus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damaged and hostile files, as the person's own file on disk: every one opens as a document or is refused
 * with a {@link ParseError} that names the file, within a bound (a hang guard, not a speed test); nothing else
 * escapes, and the file is never changed, not even its modification time. A document that opens is also
 * validated and written out, as the window does at once.
 */
class FuzzedFilesTest {

    /** Generous: a file is read in milliseconds. Exceeding it means a hang. */
    private static final long BOUND_SECONDS = 5;
    private static final Path DIR = tempDir();
    private static final List<byte[]> ORIGINALS = originals();
    private static ExecutorService worker = newWorker();

    /** Fragments that have broken JSON readers: each is spliced into a real file somewhere. */
    private static final List<String> HOSTILE = List.of(
            "7".repeat(10_000), "1e999999999", "-0.0000000000000000000000000000001e-99999", "[".repeat(5000),
            "{\"a\":".repeat(500), "\"" + "x".repeat(100_000) + "\"", "\"\\ud800\"", "\"\\u0000\"", "\uFEFF",
            "\"basics\": {}, \"basics\": []", "\"work\": {}", "\"work\": \"none\"", "null", "]]]]", "}}}}", "/* c */",
            "\"\\", "\\u12", "\u2028", "NaN", "Infinity", "0x1F", "'single'", ",,,", "\"k\":", "\t\r\n", "\"é\u0301\"",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[");

    private static final List<byte[]> RAW_BYTES = List.of(
            new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {0}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE2, (byte) 0x82});

    /** Every fragment as bytes, made once: jqwik keeps generated values for shrinking, so they must be shared. */
    private static final List<byte[]> FRAGMENTS = fragments();

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void mutatedRealFilesOpenOrFailClearly(@ForAll("mutated") byte[] bytes) throws Exception {
        Statistics.collect(openAsTheWindowWould(bytes));
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
    void randomBytesOpenOrFailClearly(@ForAll("randomBytes") byte[] bytes) throws Exception {
        Statistics.collect(openAsTheWindowWould(bytes));
    }

    /** "opened" or "refused". */
    private static String openAsTheWindowWould(byte[] bytes) throws Exception {
        Path file = Files.createTempFile(DIR, "fuzz-", ".json");
        try {
            Files.write(file, bytes);
            FileTime modified = FileTime.fromMillis(1_700_000_000_000L);
            Files.setLastModifiedTime(file, modified);

            Future<String> outcome = worker.submit(() -> open(file));
            String result;
            try {
                result = outcome.get(BOUND_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                outcome.cancel(true);
                worker = newWorker();
                return fail("reading did not finish within " + BOUND_SECONDS + " s: " + preview(bytes));
            } catch (ExecutionException e) {
                throw new AssertionError("an exception other than ParseError escaped for " + preview(bytes), e.getCause());
            }
            assertFalse(result.isBlank());
            assertArrayEquals(bytes, Files.readAllBytes(file), "the file is never changed");
            assertEquals(modified, Files.getLastModifiedTime(file), "not even touched");
            return result.equals("document") ? "opened" : "refused";
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** "document" or the ParseError's message, which must name the file and say what is wrong. */
    private static String open(Path file) {
        try {
            LoadedResume loaded = new ResumeStore().load(file);
            ResumeValidator.standard().validate(loaded.document());
            JsonWriter.write(loaded.document(), loaded.style());
            return "document";
        } catch (ParseError e) {
            assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
            assertFalse(e.reason().isBlank(), e.getMessage());
            assertTrue(e.line() >= 0 && e.column() >= 0, e.getMessage());
            assertFalse(e.reason().contains("Exception"), "no class names in what a person reads: " + e.reason());
            return e.getMessage();
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> original = Arbitraries.of(ORIGINALS);
        return original.flatMap(bytes -> {
            Arbitrary<Integer> at = Arbitraries.integers().between(0, bytes.length);
            Arbitrary<byte[]> truncated = at.map(n -> Arrays.copyOf(bytes, n));
            Arbitrary<byte[]> flipped = Arbitraries.integers().between(1, 8).flatMap(count ->
                    Arbitraries.integers().between(0, bytes.length - 1).tuple2().map(t -> t).list().ofSize(count)
                            .flatMap(positions -> Arbitraries.bytes().list().ofSize(count).map(values -> {
                                byte[] copy = bytes.clone();
                                for (int i = 0; i < count; i++) {
                                    copy[positions.get(i).get1()] = values.get(i);
                                }
                                return copy;
                            })));
            Arbitrary<byte[]> cut = Arbitraries.integers().between(0, bytes.length).tuple2().map(t -> {
                int from = Math.min(t.get1(), t.get2());
                int to = Math.max(t.get1(), t.get2());
                return concat(Arrays.copyOfRange(bytes, 0, from), Arrays.copyOfRange(bytes, to, bytes.length));
            });
            Arbitrary<byte[]> repeated = Arbitraries.integers().between(0, bytes.length).tuple2().map(t -> {
                int from = Math.min(t.get1(), t.get2());
                int to = Math.max(t.get1(), t.get2());
                return concat(Arrays.copyOfRange(bytes, 0, to), Arrays.copyOfRange(bytes, from, bytes.length));
            });
            Arbitrary<byte[]> spliced = Arbitraries.of(FRAGMENTS).flatMap(fragment -> at.map(n ->
                    concat(Arrays.copyOfRange(bytes, 0, n), fragment, Arrays.copyOfRange(bytes, n, bytes.length))));
            Arbitrary<byte[]> replacedValue = Arbitraries.of(HOSTILE).map(fragment -> replaceFirstValue(bytes, fragment));
            return Arbitraries.frequencyOf(
                    Tuple.of(2, truncated), Tuple.of(3, flipped), Tuple.of(2, cut), Tuple.of(1, repeated),
                    Tuple.of(4, spliced), Tuple.of(3, replacedValue));
        });
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-truefalsn \n\\u").ofMaxLength(2000)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> objectStart = jsonish.map(b -> concat("{".getBytes(StandardCharsets.UTF_8), b));
        return Arbitraries.oneOf(anyBytes, jsonish, objectStart);
    }

    private static List<byte[]> fragments() {
        List<byte[]> all = new ArrayList<>(RAW_BYTES);
        HOSTILE.forEach(s -> all.add(s.getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(all);
    }

    /** The file with its first string value after {@code "name":} replaced by a fragment, so it lands where a value goes. */
    private static byte[] replaceFirstValue(byte[] bytes, String fragment) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int key = text.indexOf("\"name\":");
        if (key < 0) {
            return bytes;
        }
        int start = text.indexOf('"', key + 7);
        int end = start < 0 ? -1 : text.indexOf('"', start + 1);
        if (end < 0) {
            return bytes;
        }
        return (text.substring(0, start) + fragment + text.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static String preview(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
        return bytes.length + " bytes starting " + s.replace("\n", "\\n");
    }

    private static List<byte[]> originals() {
        List<byte[]> all = new ArrayList<>();
        try {
            for (Path p : Corpus.files()) {
                all.add(Files.readAllBytes(p));
            }
            try (InputStream in = FuzzedFilesTest.class.getResourceAsStream("/dev/vitae/samples/sample.json")) {
                all.add(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("vitae-fuzz-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        worker.shutdownNow();
        Files.deleteIfExists(DIR);
    }
}
