package dev.vitae;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupArchiveTest {

    @TempDir
    Path temp;

    private Path jar;
    private Path folder;

    @BeforeEach
    void aJar() throws Exception {
        jar = Files.write(temp.resolve("vitae.jar"), new byte[]{1, 2, 3});
        folder = temp.resolve("cache");
    }

    @Test
    void beforeTheFirstRunThereIsNoArchive() {
        assertEquals(Optional.empty(), archive("window").existing());
    }

    @Test
    void aDraftThatAJvmCanMapIsKeptAndFoundByTheNextRun() throws Exception {
        StartupArchive archive = archive("window");
        Path draft = draftWith(archive, 1000);

        archive.keep(draft, file -> true);

        Path kept = archive.existing().orElseThrow();
        assertTrue(kept.getFileName().toString().startsWith("window-"));
        assertTrue(kept.getFileName().toString().endsWith("-1000.jsa"), "the name carries the size: " + kept);
        assertFalse(Files.exists(draft));
        assertEquals(List.of(kept), files());
    }

    @Test
    void aDraftThatNoJvmCanMapIsRemoved() throws Exception {
        StartupArchive archive = archive("window");
        Path draft = draftWith(archive, 1000);

        archive.keep(draft, file -> false);

        assertEquals(Optional.empty(), archive.existing());
        assertEquals(List.of(), files());
    }

    @Test
    void aTruncatedArchiveIsNotUsed() throws Exception {
        // a JVM that maps a truncated archive dies of SIGBUS before Vitae's first line runs
        StartupArchive archive = archive("export-pdf");
        archive.keep(draftWith(archive, 1000), file -> true);
        Path kept = archive.existing().orElseThrow();
        Files.write(kept, new byte[500]);

        assertEquals(Optional.empty(), archive.existing());
    }

    @Test
    void kindsKeepSeparateArchives() throws Exception {
        StartupArchive window = archive("window");
        StartupArchive export = archive("export-pdf");
        window.keep(draftWith(window, 10), file -> true);

        assertEquals(Optional.empty(), export.existing());
        export.keep(draftWith(export, 20), file -> true);
        assertTrue(window.existing().isPresent());
        assertTrue(export.existing().isPresent());
    }

    @Test
    void aNewVersionOfTheJarReplacesTheArchiveOfTheOldOne() throws Exception {
        StartupArchive old = archive("window");
        old.keep(draftWith(old, 10), file -> true);
        Path oldFile = old.existing().orElseThrow();
        Files.write(jar, new byte[]{1, 2, 3, 4});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));

        StartupArchive rebuilt = archive("window");
        assertEquals(Optional.empty(), rebuilt.existing(), "the old jar's archive does not fit the new jar");
        rebuilt.keep(draftWith(rebuilt, 30), file -> true);

        assertEquals(List.of(rebuilt.existing().orElseThrow()), files());
        assertFalse(Files.exists(oldFile));
    }

    @Test
    void draftsOfProcessesThatEndedAreCleanedUpButNotThoseStillBeingWritten() throws Exception {
        Files.createDirectories(folder);
        Path orphan = Files.write(folder.resolve(".draft-window-0-1-2-" + Long.MAX_VALUE + ".jsa"), new byte[7]);
        // another kind's run, started by this same (living) process, is still writing its draft
        Path live = Files.write(folder.resolve(".draft-window-0-1-2-" + ProcessHandle.current().pid() + ".jsa"), new byte[7]);
        StartupArchive archive = archive("export-pdf");

        archive.keep(draftWith(archive, 10), file -> true);

        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(live));
    }

    private StartupArchive archive(String kind) {
        return StartupArchive.of(folder, jar, kind).orElseThrow();
    }

    private static Path draftWith(StartupArchive archive, int bytes) throws Exception {
        return Files.write(archive.draft().orElseThrow(), new byte[bytes]);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
