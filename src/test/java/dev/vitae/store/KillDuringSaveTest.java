package dev.vitae.store;

import dev.vitae.ChildJvm;
import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A saver in another process is killed ({@code destroyForcibly}, i.e. SIGKILL) at random moments, again and
 * again. After every kill the file on disk is exactly the version before the interrupted save or the version
 * it was writing, never a mix or a truncation, its {@code .bak} is whole too, and the next save works. Two
 * lanes of children run side by side on their own files, since a child spends most of its short life
 * starting up. More rounds: {@code -Dvitae.killRounds=500}; a failing run is repeated with the printed seed
 * through {@code -Dvitae.killSeed}.
 */
class KillDuringSaveTest {

    private static final int ROUNDS = Integer.getInteger("vitae.killRounds", 32);
    private static final int LANES = 2;
    /** The window after the child is ready in which it is killed; a save takes 10-25 ms (four fsyncs). */
    private static final int MAX_DELAY_MILLIS = 60;

    @TempDir
    Path dir;

    /** Version {@code n}: its own name and a body whose length varies, so a torn write cannot pass for a whole one. */
    static Document version(int n) {
        String filler = "x".repeat((n * 7919) % 6000);
        return Docs.doc("{'basics': {'name': 'Version " + n + "', 'summary': '" + filler + "'},"
                + " 'work': [{'name': 'Employer " + n + "', 'highlights': ['" + n + "']}]}");
    }

    static byte[] bytes(int n) {
        return JsonWriter.write(version(n), JsonStyle.CANONICAL);
    }

    /** What one lane saw. */
    private record Tally(int kills, int saves, int midWrite, int afterRename) {
    }

    @Test
    void aKilledSaveLeavesTheOldOrTheNewVersionAndTheNextSaveWorks() throws Exception {
        long seed = Long.getLong("vitae.killSeed", System.nanoTime());
        long started = System.nanoTime();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Future<Tally>> results = new ArrayList<>();
        try {
            for (int lane = 0; lane < LANES; lane++) {
                Path laneDir = Files.createDirectory(dir.resolve("lane-" + lane));
                int rounds = ROUNDS / LANES + (lane < ROUNDS % LANES ? 1 : 0);
                Random random = new Random(seed + lane);
                results.add(lanes.submit(() -> lane(laneDir, rounds, random)));
            }
            int kills = 0, saves = 0, midWrite = 0, afterRename = 0;
            for (Future<Tally> result : results) {
                Tally t = result.get();
                kills += t.kills();
                saves += t.saves();
                midWrite += t.midWrite();
                afterRename += t.afterRename();
            }
            System.out.printf("KillDuringSaveTest (seed %d): %d kills, %d saves completed, %d kills landed mid-write"
                            + " (a temporary file was left), %d after the rename but before the child could record it,"
                            + " %.1f s%n", seed, kills, saves, midWrite, afterRename, (System.nanoTime() - started) / 1e9);
            assertEquals(ROUNDS, kills);
            assertTrue(saves > ROUNDS, "the children did save between kills");
        } finally {
            lanes.shutdownNow();
        }
    }

    private Tally lane(Path laneDir, int rounds, Random random) throws Exception {
        Path file = laneDir.resolve("resume.json");
        Path stderr = laneDir.resolve("child-stderr.txt");
        ResumeStore store = new ResumeStore();
        int next = 0;
        store.save(file, version(next), JsonStyle.CANONICAL);
        int saves = 0;
        int midWrite = 0;
        int afterRename = 0;
        for (int round = 0; round < rounds; round++) {
            String where = laneDir.getFileName() + " round " + round + ": ";
            int lastSaved = next;
            Path progress = laneDir.resolve("progress-" + round);
            try (ChildJvm child = ChildJvm.start(SaverChild.class, stderr, file.toString(), String.valueOf(next + 1),
                    progress.toString())) {
                child.awaitLine("ready");
                if (child.waitFor(random.nextInt(MAX_DELAY_MILLIS + 1))) {
                    fail(where + "the saver ended by itself: " + Files.readString(stderr));
                }
                child.kill();
            }
            for (String line : Files.readAllLines(progress)) {
                lastSaved = Integer.parseInt(line);
                saves++;
            }

            byte[] onDisk = Files.readAllBytes(file);
            boolean old = Arrays.equals(onDisk, bytes(lastSaved));
            boolean unrecorded = Arrays.equals(onDisk, bytes(lastSaved + 1));
            assertTrue(old || unrecorded, where + "the file is neither version " + lastSaved + " nor "
                    + (lastSaved + 1) + " but " + onDisk.length + " other bytes");
            assertEquals(version(old ? lastSaved : lastSaved + 1), ResumeReader.read(file).document());
            Path backup = AtomicFileWriter.backupOf(file);
            assertTrue(!Files.exists(backup) || isSomeVersion(Files.readAllBytes(backup), lastSaved + 1),
                    where + "the .bak is torn");
            if (unrecorded) {
                afterRename++;
            }
            if (removeTemporaryFiles(file) > 0) {
                midWrite++;
            }

            next = lastSaved + 2;
            store.save(file, version(next), JsonStyle.CANONICAL);
            assertArrayEquals(bytes(next), Files.readAllBytes(file), where + "the next save works");
        }
        return new Tally(rounds, saves, midWrite, afterRename);
    }

    private static boolean isSomeVersion(byte[] bytes, int upTo) {
        for (int n = upTo; n >= 0; n--) {
            if (Arrays.equals(bytes, bytes(n))) {
                return true;
            }
        }
        return false;
    }

    /** Temporary files a killed save left behind: counted, and removed so each round starts clean. */
    private static int removeTemporaryFiles(Path file) throws IOException {
        List<Path> temps;
        try (Stream<Path> s = Files.list(file.getParent())) {
            temps = s.filter(p -> p.getFileName().toString().matches("\\..*\\.vitae-[a-z0-9]{6}\\.tmp")).toList();
        }
        for (Path t : temps) {
            Files.delete(t);
        }
        return temps.size();
    }
}
