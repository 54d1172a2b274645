package dev.vitae;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * packaging/linux/vitae, the script the Linux menu entry and /usr/bin/vitae start (issue 7): it gives the
 * launcher beside it MALLOC_ARENA_MAX=2, which a jpackage launcher cannot set itself. Run here against a
 * stand-in launcher that prints what it was given.
 */
class LinuxStartScriptTest {

    private static final Path SCRIPT = Path.of("packaging/linux/vitae");

    @TempDir
    Path dir;
    private Path bin;

    @BeforeEach
    void installBesideAStandInLauncher() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        bin = Files.createDirectories(dir.resolve("opt/vitae/bin"));
        Files.copy(SCRIPT, bin.resolve("vitae"));
        Files.writeString(bin.resolve("Vitae"), "#!/bin/sh\necho \"arenas=${MALLOC_ARENA_MAX-unset}\"\nfor a in \"$@\"; do echo \"arg=$a\"; done\n");
        for (String name : List.of("vitae", "Vitae")) {
            Files.setPosixFilePermissions(bin.resolve(name), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void startsTheLauncherWithTwoMallocArenasAndEveryArgument() throws Exception {
        assertEquals(List.of("arenas=2", "arg=export", "arg=my résumé.json", "arg=-o", "arg=out.pdf"),
                run(bin.resolve("vitae"), Map.of(), "export", "my résumé.json", "-o", "out.pdf"));
    }

    @Test
    void aValueThePersonSetWins() throws Exception {
        assertEquals(List.of("arenas=8"), run(bin.resolve("vitae"), Map.of("MALLOC_ARENA_MAX", "8")));
    }

    @Test
    void findsTheLauncherThroughALinkElsewhere() throws Exception {
        // update-alternatives makes /usr/bin/vitae a link to it
        Path usrBin = Files.createDirectories(dir.resolve("usr/bin"));
        Path link = Files.createSymbolicLink(usrBin.resolve("vitae"), bin.resolve("vitae"));
        assertEquals(List.of("arenas=2", "arg=resume.json"), run(link, Map.of(), "resume.json"));
    }

    @Test
    void theMenuEntryAndTheCommandStartTheScript() throws IOException {
        assertTrue(Files.readString(Path.of("packaging/linux/dev.vitae.Vitae.desktop")).contains("\nExec=/opt/vitae/bin/vitae %f\n"));
        assertTrue(Files.readString(Path.of("packaging/linux/resources/postinst"))
                .contains("update-alternatives --install /usr/bin/vitae vitae \"$prefix/bin/vitae\""));
        assertTrue(Files.readString(Path.of("packaging/linux/resources/prerm"))
                .contains("update-alternatives --remove vitae \"$prefix/bin/vitae\""));
    }

    private static List<String> run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().remove("MALLOC_ARENA_MAX");
        b.environment().putAll(env);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }
}
