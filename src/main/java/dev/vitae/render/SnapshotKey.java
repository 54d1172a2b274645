package dev.vitae.render;

import dev.vitae.Version;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The name a drawn preview page is kept under between runs (issue 7): a digest of what the page is drawn from,
 * made without rendering, since it is looked up while the application starts. A render is a function of the
 * file's content, the theme, the language for a file that names none, the résumé's folder and its photo, and
 * the renderer's own code and fonts, which come with Vitae's jar: its version, size and time stand for them. A
 * system font standing in for a script Vitae's fonts lack is not in the key; a kept page is only shown until the
 * real render replaces it, a second or so later.
 */
final class SnapshotKey {

    private static final String CODE = code();

    private SnapshotKey() {
    }

    static String of(String contentSha256, Theme theme, Locale fallbackLocale, Path baseDir, String photo) {
        List<String> parts = List.of("vitae page snapshot 2", CODE, contentSha256, theme.name(), theme.fingerprint(),
                fallbackLocale.toLanguageTag(), String.valueOf(baseDir), photo, photoStamp(baseDir, photo));
        MessageDigest d = PageKey.sha256();
        d.update(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d.digest());
    }

    /** The photo file's size and time, when the photo names one. */
    private static String photoStamp(Path baseDir, String photo) {
        if (photo.isEmpty() || baseDir == null) {
            return "";
        }
        try {
            Path file = baseDir.resolve(photo);
            return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException | InvalidPathException e) {
            return "unreadable";
        }
    }

    private static String code() {
        String code = Version.current();
        try {
            Path location = Path.of(SnapshotKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path self = Files.isRegularFile(location) ? location
                    // classes in a folder (a development build), which Maven compiles all at once: this class's file
                    : location.resolve(SnapshotKey.class.getName().replace('.', '/') + ".class");
            return code + " " + location + " " + Files.size(self) + " " + Files.getLastModifiedTime(self).toMillis();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // nothing stands for the code, so nothing kept by another run is used
            return code + " " + System.nanoTime();
        }
    }
}
