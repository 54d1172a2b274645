package dev.vitae.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's export has a time limit, and says when it leaves out a photo. */
class ExportLimitsTest {

    @TempDir
    Path dir;

    private CliRun last;

    private int run(String... args) {
        last = CliRun.of(args);
        return last.code();
    }

    private String errors() {
        return last.err();
    }

    @Test
    void anExportOverItsTimeLimitIsStoppedAndWritesNothing() throws Exception {
        StringBuilder json = new StringBuilder("{\"basics\": {\"name\": \"Long\"}, \"work\": [");
        for (int i = 0; i < 300; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"Employer ").append(i).append("\", \"summary\": \"Worked.\"}");
        }
        Path in = Files.writeString(dir.resolve("long.json"), json.append("]}"));
        Path target = dir.resolve("long.pdf");
        assertEquals(Cli.BAD_INPUT, run("export", in.toString(), "-o", target.toString(), "--timeout", "0.001"));
        assertEquals(in + ": The export took longer than 1 ms and was stopped. A very long résumé, a very large photo or a"
                + " theme that loops can cause this. No file was written; --timeout SECONDS allows more time.\n", errors());
        assertFalse(Files.exists(target));
    }

    @Test
    void aTimeoutMustBeAPositiveNumberOfSeconds() throws Exception {
        Path in = Files.writeString(dir.resolve("r.json"), "{\"basics\": {\"name\": \"A\"}}");
        assertEquals(Cli.USAGE, run("export", in.toString(), "-o", dir.resolve("r.pdf").toString(), "--timeout", "soon"));
        assertTrue(errors().startsWith("vitae: --timeout needs a number of seconds from 0.001 to 86400, not soon\n"), errors());
    }

    @Test
    void aPhotoThatCannotBeUsedIsAWarningAndTheExportGoesOn() throws Exception {
        Path in = Files.writeString(dir.resolve("r.json"), "{\"basics\": {\"name\": \"A\", \"image\": \"me.jpg\"}}");
        Path target = dir.resolve("r.html");
        assertEquals(Cli.OK, run("export", in.toString(), "-o", target.toString()));
        assertEquals(in + ": warning: the photo me.jpg is not in " + dir.toRealPath() + "\n", errors());
        assertTrue(Files.exists(target));
    }
}
