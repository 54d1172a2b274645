package dev.vitae.store;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link KillDuringSaveTest}: saves versions {@code first, first+1, …} of one file
 * through {@link ResumeStore} as fast as it can, until it is killed. After each save returns it appends
 * {@code N} to a progress file, unbuffered, so the line survives the kill (the kernel has it).
 */
public final class SaverChild {

    private SaverChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        ResumeStore store = new ResumeStore();
        // warm up (class loading, the first compilation) on a scratch file, so the kills land in real saves
        Path scratch = file.resolveSibling("warm-up.json");
        long t0 = System.nanoTime();
        for (int n = 0; n < 2; n++) {
            store.save(scratch, KillDuringSaveTest.version(first + n), JsonStyle.CANONICAL);
        }
        long t1 = System.nanoTime();
        store.save(scratch, KillDuringSaveTest.version(first), JsonStyle.CANONICAL);
        System.err.printf("warm-up %.1f ms, one save %.2f ms%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
        if (args.length > 3 && args[3].equals("warm-up-only")) {
            return;
        }
        try (FileOutputStream progress = new FileOutputStream(args[2], true)) {
            System.out.println("ready");
            System.out.flush();
            for (int n = first; ; n++) {
                store.save(file, KillDuringSaveTest.version(n), JsonStyle.CANONICAL);
                progress.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
