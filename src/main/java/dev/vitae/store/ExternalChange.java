package dev.vitae.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What another program did to a file since Vitae last read or wrote it, judged by its {@link FileStamp}: the
 * content hash decides, since a modification time can stay the same through a change (coarse clocks,
 * tools that restore it) and can change without one ({@code touch}, a checkout of the same content).
 *
 * @param kind    what happened
 * @param file    the file
 * @param now     the file's stamp now; null when it is gone or cannot be read
 * @param movedTo where it went, when a watcher saw it renamed within its folder; otherwise null
 */
public record ExternalChange(Kind kind, Path file, FileStamp now, Path movedTo) {

    public enum Kind {
        /** Same content and time. */
        NONE,
        /** Same content, another modification time. */
        TOUCHED,
        /** Other content. */
        MODIFIED,
        /** No file at the path any more. */
        DELETED,
        /** Renamed or moved to {@link #movedTo()}. */
        MOVED,
        /** There, but it cannot be read (permissions changed, a disk error). */
        UNREADABLE
    }

    public ExternalChange {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(file);
    }

    /** Compares the file as it is now with what Vitae knew; with nothing known there is nothing to compare. */
    public static ExternalChange check(Path file, FileStamp known) {
        if (known == null) {
            return new ExternalChange(Kind.NONE, file, null, null);
        }
        if (!Files.exists(file)) {
            return new ExternalChange(Kind.DELETED, file, null, null);
        }
        FileStamp now;
        try {
            now = FileStamp.read(file);
        } catch (IOException e) {
            return Files.exists(file) ? new ExternalChange(Kind.UNREADABLE, file, null, null)
                    : new ExternalChange(Kind.DELETED, file, null, null);
        }
        if (!now.sameContent(known)) {
            return new ExternalChange(Kind.MODIFIED, file, now, null);
        }
        return new ExternalChange(now.modified().equals(known.modified()) ? Kind.NONE : Kind.TOUCHED, file, now, null);
    }

    /** A deletion seen together with a new file holding the same content: a rename, most likely. */
    ExternalChange movedTo(Path target) {
        return new ExternalChange(Kind.MOVED, file, null, target);
    }
}
