package dev.vitae.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageSnapshotsTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private static PageSnapshot page(int seed) {
        int w = 61;
        int h = 83;
        int[] argb = new int[w * h];
        Random random = new Random(seed);
        Arrays.setAll(argb, i -> i % 7 == 0 ? 0xFF000000 | random.nextInt() : 0xFFFFFFFF);
        return new PageSnapshot(3, 96.5, w, h, argb);
    }

    @Test
    void aPageComesBackPixelForPixel(@TempDir Path dir) {
        PageSnapshots snapshots = new PageSnapshots(dir.resolve("previews"));
        PageSnapshot page = page(1);
        snapshots.write(KEY, page);
        PageSnapshot back = snapshots.read(KEY).orElseThrow();
        assertEquals(page.pageCount(), back.pageCount());
        assertEquals(page.dpi(), back.dpi());
        assertEquals(page.width(), back.width());
        assertEquals(page.height(), back.height());
        assertArrayEquals(page.argb(), back.argb());
        assertTrue(snapshots.read("fedcba9876543210fedcba9876543210").isEmpty(), "another key is a miss");
    }

    @Test
    void aDamagedOrForeignFileIsAMissNotAnError(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("previews");
        PageSnapshots snapshots = new PageSnapshots(folder);
        snapshots.write(KEY, page(2));
        Path file = folder.resolve(KEY + ".page");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(snapshots.read(KEY).isEmpty(), "cut short");
        Files.writeString(file, "{\"not\": \"a snapshot\"}");
        assertTrue(snapshots.read(KEY).isEmpty(), "not compressed");
        assertTrue(snapshots.read("../escape").isEmpty(), "a key that is not a digest names no file");
    }

    @Test
    void aWriteThatCannotBeMadeLeavesNothingAndThrowsNothing(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("previews"), "a file where the folder would be");
        new PageSnapshots(notAFolder).write(KEY, page(3));
        assertEquals("a file where the folder would be", Files.readString(notAFolder));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count());
        }
    }

    @Test
    void onlyTheNewestAreKept(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("previews");
        PageSnapshots snapshots = new PageSnapshots(folder);
        int n = PageSnapshots.KEPT + 3;
        for (int i = 0; i < n; i++) {
            String key = String.format("%032x", i);
            snapshots.write(key, page(i));
            // file times are as coarse as a second on some file systems: spell the order out
            Files.setLastModifiedTime(folder.resolve(key + ".page"), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        snapshots.write(String.format("%032x", n), page(n));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(PageSnapshots.KEPT, files.count());
        }
        assertTrue(snapshots.read(String.format("%032x", n)).isPresent(), "the newest stays");
        assertFalse(snapshots.read(String.format("%032x", 0)).isPresent(), "the oldest went");
    }
}
