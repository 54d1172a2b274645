package dev.vitae.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * The file-system calls {@link AtomicFileWriter} makes, as an interface so that tests can make any one of them
 * fail (a full disk, a rename the file system refuses, an fsync error). {@link #SYSTEM} is the real thing.
 */
public interface FileOps {

    FileOps SYSTEM = new SystemFileOps();

    /** A new file being written: bytes go to {@link #stream()}; {@link #sync()} forces them to the disk. */
    interface Output extends Closeable {
        OutputStream stream();

        void sync() throws IOException;
    }

    /**
     * Creates a file that must not exist yet and opens it for writing.
     *
     * @param permissions its POSIX permissions, or null for the system's default for new files
     */
    Output create(Path file, Set<PosixFilePermission> permissions) throws IOException;

    InputStream read(Path file) throws IOException;

    /** Renames {@code source} over {@code target}: atomically, or else replacing the target in two steps. */
    void move(Path source, Path target, boolean atomic) throws IOException;

    /** Forces a folder's entries (a rename) to the disk. */
    void syncDirectory(Path dir) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** The file's owner, group and permissions, or empty where the file system has no POSIX attributes. */
    Optional<PosixFileAttributes> posixAttributes(Path file) throws IOException;

    void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException;

    void setOwner(Path file, UserPrincipal owner) throws IOException;

    void setGroup(Path file, GroupPrincipal group) throws IOException;
}
