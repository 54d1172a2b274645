package dev.vitae.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file held when Vitae last read or wrote it, to notice when another program changes it. The hash
 * decides; size and time are cheap first looks (a {@code touch} changes the time, not the content).
 *
 * @param size     length in bytes
 * @param modified last-modified time as the file system reported it
 * @param sha256   SHA-256 of the bytes, in lower-case hex
 */
public record FileStamp(long size, FileTime modified, String sha256) {

    public static FileStamp of(byte[] bytes, FileTime modified) {
        return new FileStamp(bytes.length, modified, sha256(bytes));
    }

    /** Reads the file as it is now, streaming, so a file of any size is stamped without holding it in memory. */
    public static FileStamp read(Path file) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        MessageDigest digest = newDigest();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileStamp(size, modified, HexFormat.of().formatHex(digest.digest()));
    }

    /** Whether both stamps describe the same bytes, whatever their times. */
    public boolean sameContent(FileStamp other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
