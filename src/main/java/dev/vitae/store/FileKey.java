package dev.vitae.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A short, stable name for a document in Vitae's own folders (recovery journal, saved versions): the first
 * 24 hex digits of the SHA-256 of the file's absolute path, or a random id for a document not saved yet. A
 * name of letters and digits only, so it is safe as a file name on every system.
 */
public record FileKey(String value) {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9-]{8,64}");

    public FileKey {
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a file key: " + value);
        }
    }

    public static FileKey of(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        return new FileKey(FileStamp.sha256(path.getBytes(StandardCharsets.UTF_8)).substring(0, 24));
    }

    /** A fresh key for an untitled document; it lives as long as that document stays untitled. */
    public static FileKey untitled() {
        return new FileKey("untitled-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    public static boolean isKey(String value) {
        return SAFE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
