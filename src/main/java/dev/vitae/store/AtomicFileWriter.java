package dev.vitae.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way Vitae writes a file. The new content goes to a hidden temporary file in the same folder, is
 * forced to the disk, and then renamed over the target in one step, so the file is at every moment either
 * the old version or the new one, never a mix, even if the power fails. The file keeps its permissions (and
 * owner, where allowed); a symbolic link is written through to its target and stays a link. On failure the
 * original is untouched, no temporary file is left, and the {@link IOException} says in plain words which
 * file and what went wrong.
 */
public final class AtomicFileWriter {

    /** Whether the version being replaced is kept next to the file as {@code <name>.bak}. */
    public enum Backup { NONE, KEEP_PREVIOUS }

    /** Writes the new content; called once, with a stream into the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_LINK_HOPS = 40;
    private static final int NAME_ATTEMPTS = 16;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final FileOps ops;
    private final SecureRandom random = new SecureRandom();

    public AtomicFileWriter() {
        this(FileOps.SYSTEM);
    }

    public AtomicFileWriter(FileOps ops) {
        this.ops = Objects.requireNonNull(ops);
    }

    /** The name of the backup of {@code file}: {@code resume.json.bak} next to {@code resume.json}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public Path write(Path target, byte[] bytes) throws IOException {
        return write(target, bytes, Backup.NONE);
    }

    public Path write(Path target, byte[] bytes, Backup backup) throws IOException {
        return write(target, backup, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code content} writes.
     *
     * @return the file actually written: {@code target}, or the file a symbolic link at {@code target} points to
     */
    public Path write(Path target, Backup backup, Content content) throws IOException {
        Path file;
        try {
            file = resolveLinks(target.toAbsolutePath());
        } catch (IOException e) {
            throw WriteFailure.explain(target, e);
        }
        try {
            if (Files.isDirectory(file)) {
                throw new FileSystemException(file.toString(), null, "is a folder");
            }
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (exists && !Files.isWritable(file)) {
                // the person (or their system) marked it read-only; replacing it anyway would override that
                throw new AccessDeniedException(file.toString(), null, WriteFailure.READ_ONLY_FILE);
            }
            Optional<PosixFileAttributes> existing = exists ? ops.posixAttributes(file) : Optional.empty();
            if (backup == Backup.KEEP_PREVIOUS && exists) {
                replace(backupOf(file), existing, out -> copyInto(file, out));
            }
            replace(file, existing, content);
        } catch (IOException e) {
            throw WriteFailure.explain(target, e);
        }
        removeLeftovers(file);
        return file;
    }

    /** How old a temporary file must be before it counts as left over by a save that was killed. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    /**
     * Deletes temporary files of {@code file} that a save killed mid-write left behind (a crash, a power
     * cut). Only old ones: a fresh one may belong to another Vitae saving the same file right now.
     */
    private void removeLeftovers(Path file) {
        String prefix = "." + file.getFileName() + ".vitae-";
        Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : siblings) {
                if (Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                    ops.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying up is a courtesy; the save itself has succeeded
        }
    }

    /** Writes a temporary sibling of {@code file}, forces it to disk, and renames it over {@code file}. */
    private void replace(Path file, Optional<PosixFileAttributes> like, Content content) throws IOException {
        Path dir = file.getParent();
        TempFile temp = createTemp(file, like);
        boolean moved = false;
        try {
            try (FileOps.Output out = temp.output()) {
                content.writeTo(out.stream());
                out.stream().flush();
                out.sync();
            }
            if (like.isPresent()) {
                keepAttributes(temp.path(), like.get());
            }
            move(temp.path(), file);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp.path());
            }
        }
        try {
            ops.syncDirectory(dir);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems (Windows) cannot open a folder for syncing; the rename itself has happened
        }
    }

    private record TempFile(Path path, FileOps.Output output) {
    }

    /** A new file under a fresh random name; only a file this method created is ever cleaned up. */
    private TempFile createTemp(Path file, Optional<PosixFileAttributes> like) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temp = file.resolveSibling(tempName(file));
            try {
                return new TempFile(temp, ops.create(temp, like.map(PosixFileAttributes::permissions).orElse(null)));
            } catch (FileAlreadyExistsException e) {
                if (attempt == NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void copyInto(Path file, OutputStream out) throws IOException {
        try (InputStream in = ops.read(file)) {
            in.transferTo(out);
        }
    }

    /** Gives the new file the permissions of the one it replaces; owner and group where the system lets us. */
    private void keepAttributes(Path temp, PosixFileAttributes like) throws IOException {
        ops.setPermissions(temp, like.permissions());
        Optional<PosixFileAttributes> now = ops.posixAttributes(temp);
        if (now.isEmpty()) {
            return;
        }
        try {
            if (!now.get().owner().equals(like.owner())) {
                ops.setOwner(temp, like.owner());
            }
        } catch (IOException e) {
            // only an administrator may give a file away; the file is then owned by whoever saves it
        }
        try {
            if (!now.get().group().equals(like.group())) {
                ops.setGroup(temp, like.group());
            }
        } catch (IOException e) {
            // allowed only for a group the user belongs to
        }
    }

    private void move(Path temp, Path file) throws IOException {
        try {
            ops.move(temp, file, true);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            ops.move(temp, file, false);
        }
    }

    private void deleteQuietly(Path temp) {
        try {
            ops.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done; the failure that brought us here is what the caller needs to know
        }
    }

    /** {@code .resume.json.vitae-k3x9q2.tmp}: hidden, next to the file, recognisably ours. */
    private String tempName(Path file) {
        StringBuilder name = new StringBuilder(".").append(file.getFileName()).append(".vitae-");
        for (int i = 0; i < 6; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return name.append(".tmp").toString();
    }

    /** Follows symbolic links at {@code path} (not in its folders) to the file they finally name. */
    static Path resolveLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINK_HOPS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path parent = p.getParent();
            Path link = Files.readSymbolicLink(p);
            p = parent == null ? link : parent.resolve(link);
        }
        return p;
    }
}
