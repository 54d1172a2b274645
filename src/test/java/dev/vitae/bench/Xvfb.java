package dev.vitae.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A virtual X display of the benchmark's own, for measuring the real window of {@code java -jar vitae.jar}. */
final class Xvfb implements AutoCloseable {

    private final Process process;
    private final int display;

    private Xvfb(Process process, int display) {
        this.process = process;
        this.display = display;
    }

    /** Starts Xvfb on the first free display from :57, or nothing when Xvfb is not installed. */
    static Optional<Xvfb> start() throws IOException, InterruptedException {
        Path binary = Path.of("/usr/bin/Xvfb");
        if (!Files.isExecutable(binary)) {
            return Optional.empty();
        }
        int display = 57;
        while (Files.exists(socket(display)) || Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
            display++;
        }
        Process p = new ProcessBuilder(binary.toString(), ":" + display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 100 && !Files.exists(socket(display)); i++) {
            if (!p.isAlive()) {
                return Optional.empty();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return Optional.of(new Xvfb(p, display));
    }

    private static Path socket(int display) {
        return Path.of("/tmp/.X11-unix/X" + display);
    }

    String display() {
        return ":" + display;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
