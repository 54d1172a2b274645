package dev.vitae.ui;

import java.io.IOException;
import java.nio.file.Path;

/** A process that has ended, to stand for a Vitae that crashed after writing its recovery copies. */
final class EndedProcess {

    private static ProcessHandle ended;

    private EndedProcess() {
    }

    static synchronized ProcessHandle handle() throws IOException, InterruptedException {
        if (ended == null) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            ended = p.toHandle();
        }
        return ended;
    }
}
