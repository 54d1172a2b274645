package dev.vitae.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Turns a failed write into a sentence naming the file and saying what went wrong, in a person's words. */
final class WriteFailure {

    static final String READ_ONLY_FILE = "the file is read-only";

    private WriteFailure() {
    }

    static IOException explain(Path target, IOException cause) {
        return new IOException("Could not save " + target.toAbsolutePath() + ": " + reason(target, cause) + ".", cause);
    }

    private static String reason(Path target, IOException e) {
        String detail = detail(e).toLowerCase(Locale.ROOT);
        if (detail.contains("no space left") || detail.contains("not enough space") || detail.contains("disk full")
                || detail.contains("quota exceeded")) {
            return "the disk is full";
        }
        if (detail.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (detail.contains(READ_ONLY_FILE)) {
            return READ_ONLY_FILE + " (save it under another name, or allow writing to it first)";
        }
        if (e instanceof AccessDeniedException || detail.contains("permission denied")
                || detail.contains("operation not permitted") || detail.contains("access is denied")) {
            Path folder = target.toAbsolutePath().getParent();
            return "permission denied (you may not write to " + (folder == null ? "this folder" : folder) + ")";
        }
        if (e instanceof NoSuchFileException) {
            Path folder = target.toAbsolutePath().getParent();
            return "the folder " + (folder == null ? "" : folder + " ") + "does not exist";
        }
        if (detail.contains("is a folder") || detail.contains("is a directory")) {
            return "it is a folder, not a file";
        }
        if (detail.contains("too many levels of symbolic links")) {
            return "it is a symbolic link that leads in a circle";
        }
        if (detail.contains("input/output error")) {
            return "the disk reported an error (the drive may be failing or was removed)";
        }
        String shown = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return "the system reported \"" + shown + "\"";
    }

    private static String detail(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() + " " + m : m;
    }
}
