package dev.vitae.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.vitae.store.AtomicFileWriter.Backup.KEEP_PREVIOUS;
import static dev.vitae.store.AtomicFileWriter.Backup.NONE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFileWriterTest {

    private static final byte[] ORIGINAL = "{\n  \"basics\": {\"name\": \"Ada\"}\n}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "{\n  \"basics\": {\"name\": \"Ada Lovelace\"}\n}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void original() throws IOException {
        file = dir.resolve("resume.json");
        Files.write(file, ORIGINAL);
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Asserts the promise made on every failure: original untouched, no temporary file, a plain message. */
    private void assertFailsCleanly(FileOps ops, AtomicFileWriter.Backup backup, String reason) throws IOException {
        List<String> before = folder();
        IOException e = assertThrows(IOException.class, () -> new AtomicFileWriter(ops).write(file, NEW, backup));
        assertArrayEquals(ORIGINAL, Files.readAllBytes(file), "the original is byte-identical");
        assertEquals(before, folder(), "no temporary file is left");
        assertTrue(e.getMessage().startsWith("Could not save " + file.toAbsolutePath() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    /** Writes through the real file system but fails the stream after {@code limit} bytes. */
    private static FileOps failingWriteAfter(int limit, IOException failure) {
        return new SystemFileOps() {
            @Override
            public Output create(Path f, Set<PosixFilePermission> permissions) throws IOException {
                Output real = super.create(f, permissions);
                OutputStream limited = new FilterOutputStream(real.stream()) {
                    int written;

                    @Override
                    public void write(int b) throws IOException {
                        if (written++ >= limit) {
                            throw failure;
                        }
                        super.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        for (int i = 0; i < len; i++) {
                            write(b[off + i]);
                        }
                    }
                };
                return FaultyOutput.of(real).withStream(limited);
            }
        };
    }

    @Test
    void writesANewFileAndLeavesNothingElse() throws IOException {
        Path fresh = dir.resolve("other.json");
        Path written = new AtomicFileWriter().write(fresh, NEW);
        assertEquals(fresh.toAbsolutePath(), written);
        assertArrayEquals(NEW, Files.readAllBytes(fresh));
        assertEquals(List.of("other.json", "resume.json"), folder());
    }

    @Test
    void replacesAFileWithoutABackupByDefault() throws IOException {
        new AtomicFileWriter().write(file, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertEquals(List.of("resume.json"), folder());
    }

    @Test
    void streamsContent() throws IOException {
        new AtomicFileWriter().write(file, NONE, out -> {
            out.write(NEW, 0, 5);
            out.write(NEW, 5, NEW.length - 5);
        });
        assertArrayEquals(NEW, Files.readAllBytes(file));
    }

    @Test
    void theTemporaryFileIsAHiddenSiblingNamedAfterTheFile() throws IOException {
        List<Path> created = new ArrayList<>();
        new AtomicFileWriter(new SystemFileOps() {
            @Override
            public Output create(Path f, Set<PosixFilePermission> permissions) throws IOException {
                created.add(f);
                return super.create(f, permissions);
            }
        }).write(file, NEW);
        assertEquals(1, created.size());
        assertEquals(dir.toAbsolutePath(), created.get(0).getParent());
        assertTrue(created.get(0).getFileName().toString().matches("\\.resume\\.json\\.vitae-[a-z0-9]{6}\\.tmp"), created.toString());
    }

    @Test
    void aTakenTemporaryNameIsSkippedAndTheFileThereLeftAlone() throws IOException {
        List<Path> taken = new ArrayList<>();
        new AtomicFileWriter(new SystemFileOps() {
            @Override
            public Output create(Path f, Set<PosixFilePermission> permissions) throws IOException {
                if (taken.isEmpty()) {
                    taken.add(Files.writeString(f, "someone else's"));
                    throw new java.nio.file.FileAlreadyExistsException(f.toString());
                }
                return super.create(f, permissions);
            }
        }).write(file, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertEquals("someone else's", Files.readString(taken.get(0)));
    }

    @Test
    void keepsThePreviousVersionAsBak() throws IOException {
        AtomicFileWriter writer = new AtomicFileWriter();
        writer.write(file, NEW, KEEP_PREVIOUS);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertArrayEquals(ORIGINAL, Files.readAllBytes(dir.resolve("resume.json.bak")));
        byte[] third = "{}\n".getBytes(StandardCharsets.UTF_8);
        writer.write(file, third, KEEP_PREVIOUS);
        assertArrayEquals(NEW, Files.readAllBytes(dir.resolve("resume.json.bak")), "the backup is the version just replaced");
        assertEquals(List.of("resume.json", "resume.json.bak"), folder());
        assertEquals(dir.resolve("resume.json.bak"), AtomicFileWriter.backupOf(file));
    }

    @Test
    void aNewFileHasNoBackup() throws IOException {
        new AtomicFileWriter().write(dir.resolve("new.json"), NEW, KEEP_PREVIOUS);
        assertFalse(Files.exists(dir.resolve("new.json.bak")));
    }

    @Test
    void keepsPermissionsOfTheFileAndGivesThemToTheBackup() throws IOException {
        assumeTrue(posix());
        for (String mode : List.of("rw-r-----", "rw-------", "rw-rw-r--")) {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString(mode);
            Files.setPosixFilePermissions(file, perms);
            new AtomicFileWriter().write(file, NEW, KEEP_PREVIOUS);
            assertEquals(perms, Files.getPosixFilePermissions(file), mode);
            assertEquals(perms, Files.getPosixFilePermissions(dir.resolve("resume.json.bak")), mode + " on the backup");
        }
    }

    @Test
    void keepsTheOwnerWhereAllowed() throws IOException {
        assumeTrue(posix());
        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(file, nobody);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "only an administrator can give a file away: " + e);
            return;
        }
        var group = Files.readAttributes(file, PosixFileAttributes.class).group();
        new AtomicFileWriter().write(file, NEW);
        assertEquals(nobody, Files.getOwner(file));
        assertEquals(group, Files.readAttributes(file, PosixFileAttributes.class).group());
    }

    @Test
    void writesThroughASymbolicLinkWhichStaysALink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("docs")).resolve("cv.json");
        Files.write(real, ORIGINAL);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("docs", "cv.json"));
        Path written = new AtomicFileWriter().write(link, NEW, KEEP_PREVIOUS);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("docs", "cv.json"), Files.readSymbolicLink(link));
        assertArrayEquals(NEW, Files.readAllBytes(real));
        assertEquals(real.toRealPath(), written.toRealPath());
        assertArrayEquals(ORIGINAL, Files.readAllBytes(dir.resolve("docs").resolve("cv.json.bak")), "the backup sits by the real file");
    }

    @Test
    void followsAChainOfLinksAndCreatesTheTargetOfADanglingOne() throws IOException {
        Path second = Files.createSymbolicLink(dir.resolve("second.json"), file);
        Path first = Files.createSymbolicLink(dir.resolve("first.json"), second);
        new AtomicFileWriter().write(first, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertTrue(Files.isSymbolicLink(first) && Files.isSymbolicLink(second));

        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("later.json"));
        new AtomicFileWriter().write(dangling, NEW);
        assertTrue(Files.isSymbolicLink(dangling));
        assertArrayEquals(NEW, Files.readAllBytes(dir.resolve("later.json")));
    }

    @Test
    void aCircleOfLinksIsRefusedInWords() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        IOException e = assertThrows(IOException.class, () -> new AtomicFileWriter().write(a, NEW));
        assertTrue(e.getMessage().contains("a symbolic link that leads in a circle"), e.getMessage());
    }

    @Test
    void aStreamThatFailsMidWriteLeavesTheOriginal() throws IOException {
        assertFailsCleanly(failingWriteAfter(10, new IOException("boom")), KEEP_PREVIOUS, "the system reported \"boom\"");
    }

    @Test
    void aFullDiskIsSaidInPlainWords() throws IOException {
        assertFailsCleanly(failingWriteAfter(20, new FileSystemException("x", null, "No space left on device")), NONE,
                "the disk is full");
    }

    @Test
    void aFailedRenameLeavesTheOriginal() throws IOException {
        assertFailsCleanly(new SystemFileOps() {
            @Override
            public void move(Path source, Path target, boolean atomic) throws IOException {
                if (target.getFileName().toString().equals("resume.json")) {
                    throw new FileSystemException(source.toString(), target.toString(), "Device or resource busy");
                }
                super.move(source, target, atomic);
            }
        }, NONE, "Device or resource busy");
    }

    @Test
    void aFailedRenameAfterTheBackupStillLeavesTheOriginal() throws IOException {
        IOException e = assertThrows(IOException.class, () -> new AtomicFileWriter(new SystemFileOps() {
            @Override
            public void move(Path source, Path target, boolean atomic) throws IOException {
                if (target.getFileName().toString().equals("resume.json")) {
                    throw new IOException("rename refused");
                }
                super.move(source, target, atomic);
            }
        }).write(file, NEW, KEEP_PREVIOUS));
        assertTrue(e.getMessage().contains("rename refused"));
        assertArrayEquals(ORIGINAL, Files.readAllBytes(file));
        assertEquals(List.of("resume.json", "resume.json.bak"), folder(), "only the backup (of the unchanged original) is new");
        assertArrayEquals(ORIGINAL, Files.readAllBytes(dir.resolve("resume.json.bak")));
    }

    @Test
    void aFailedBackupStopsTheSaveAndKeepsTheOldBackup() throws IOException {
        byte[] oldBackup = "old backup".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("resume.json.bak"), oldBackup);
        assertFailsCleanly(new SystemFileOps() {
            @Override
            public void move(Path source, Path target, boolean atomic) throws IOException {
                if (target.getFileName().toString().endsWith(".bak")) {
                    throw new AccessDeniedException(target.toString());
                }
                super.move(source, target, atomic);
            }
        }, KEEP_PREVIOUS, "permission denied");
        assertArrayEquals(oldBackup, Files.readAllBytes(dir.resolve("resume.json.bak")));
    }

    @Test
    void aFailedFsyncLeavesTheOriginal() throws IOException {
        assertFailsCleanly(new SystemFileOps() {
            @Override
            public Output create(Path f, Set<PosixFilePermission> permissions) throws IOException {
                Output real = super.create(f, permissions);
                return FaultyOutput.of(real).withSync(() -> {
                    throw new FileSystemException(f.toString(), null, "Input/output error");
                });
            }
        }, NONE, "the disk reported an error");
    }

    @Test
    void aFailedCloseLeavesTheOriginal() throws IOException {
        assertFailsCleanly(new SystemFileOps() {
            @Override
            public Output create(Path f, Set<PosixFilePermission> permissions) throws IOException {
                Output real = super.create(f, permissions);
                return FaultyOutput.of(real).withClose(() -> {
                    real.close();
                    throw new IOException("Quota exceeded on close");
                });
            }
        }, NONE, "the disk is full");
    }

    @Test
    void aFailingContentWriterLeavesTheOriginal() throws IOException {
        List<String> before = folder();
        assertThrows(IllegalStateException.class, () -> new AtomicFileWriter().write(file, NONE, out -> {
            out.write(NEW, 0, 10);
            throw new IllegalStateException("render failed");
        }));
        assertArrayEquals(ORIGINAL, Files.readAllBytes(file));
        assertEquals(before, folder());
    }

    @Test
    void permissionsThatCannotBeSetLeaveTheOriginal() throws IOException {
        assumeTrue(posix());
        assertFailsCleanly(new SystemFileOps() {
            @Override
            public void setPermissions(Path f, Set<PosixFilePermission> permissions) throws IOException {
                throw new FileSystemException(f.toString(), null, "Operation not permitted");
            }
        }, NONE, "permission denied");
    }

    @Test
    void aFolderWeMayNotWriteToIsPermissionDenied() throws IOException {
        assertFailsCleanly(new SystemFileOps() {
            @Override
            public Output create(Path f, Set<PosixFilePermission> permissions) throws IOException {
                throw new AccessDeniedException(f.toString());
            }
        }, NONE, "permission denied (you may not write to " + dir.toAbsolutePath() + ")");
    }

    @Test
    void aReadOnlyDiskIsSaidInPlainWords() throws IOException {
        assertFailsCleanly(new SystemFileOps() {
            @Override
            public Output create(Path f, Set<PosixFilePermission> permissions) throws IOException {
                throw new FileSystemException(f.toString(), null, "Read-only file system");
            }
        }, NONE, "the disk is read-only");
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws IOException {
        assumeTrue(posix());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(file), "an administrator may write to any file");
        assertFailsCleanly(FileOps.SYSTEM, NONE, "the file is read-only");
    }

    @Test
    void aRenameWithoutAtomicSupportFallsBackToReplacing() throws IOException {
        List<Boolean> attempts = new ArrayList<>();
        new AtomicFileWriter(new SystemFileOps() {
            @Override
            public void move(Path source, Path target, boolean atomic) throws IOException {
                attempts.add(atomic);
                if (atomic) {
                    throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "not here");
                }
                super.move(source, target, false);
            }
        }).write(file, NEW);
        assertEquals(List.of(true, false), attempts);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertEquals(List.of("resume.json"), folder());
    }

    @Test
    void aFolderThatCannotBeSyncedDoesNotFailTheSave() throws IOException {
        new AtomicFileWriter(new SystemFileOps() {
            @Override
            public void syncDirectory(Path d) throws IOException {
                throw new AccessDeniedException(d.toString());
            }
        }).write(file, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(file));
    }

    @Test
    void theFolderIsSyncedAfterTheRename() throws IOException {
        List<String> calls = new ArrayList<>();
        new AtomicFileWriter(new SystemFileOps() {
            @Override
            public void move(Path source, Path target, boolean atomic) throws IOException {
                calls.add("move " + target.getFileName());
                super.move(source, target, atomic);
            }

            @Override
            public void syncDirectory(Path d) throws IOException {
                calls.add("sync folder");
                super.syncDirectory(d);
            }
        }).write(file, NEW, KEEP_PREVIOUS);
        assertEquals(List.of("move resume.json.bak", "sync folder", "move resume.json", "sync folder"), calls);
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        IOException e = assertThrows(IOException.class, () -> new AtomicFileWriter().write(folder, NEW));
        assertTrue(e.getMessage().endsWith("folder.json: it is a folder, not a file."), e.getMessage());
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = dir.resolve("nowhere").resolve("resume.json");
        IOException e = assertThrows(IOException.class, () -> new AtomicFileWriter().write(missing, NEW));
        assertTrue(e.getMessage().contains("the folder " + dir.resolve("nowhere").toAbsolutePath() + " does not exist"), e.getMessage());
    }

    @Test
    void aSaveClearsTemporaryFilesThatAKilledSaveLeftBehind() throws Exception {
        Path file = Files.writeString(dir.resolve("resume.json"), "{}\n");
        Path old = Files.writeString(dir.resolve(".resume.json.vitae-abc123.tmp"), "{\"half");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(AtomicFileWriter.LEFTOVER_AGE).minusSeconds(60)));
        Path fresh = Files.writeString(dir.resolve(".resume.json.vitae-def456.tmp"), "{\"being written");
        Path otherFiles = Files.writeString(dir.resolve(".other.json.vitae-abc123.tmp"), "x");
        Files.setLastModifiedTime(otherFiles, Files.getLastModifiedTime(old));

        new AtomicFileWriter().write(file, "{\"a\": 1}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertFalse(Files.exists(old), "an old leftover of this file is removed");
        assertTrue(Files.exists(fresh), "a fresh one may be another save in progress");
        assertTrue(Files.exists(otherFiles), "another file's temporary files are not ours to touch");
    }
}
