package dev.vitae.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * The photo a résumé names in {@code basics.image}, when it is an image file inside the résumé's own folder.
 * It is read here and handed to the output as a {@code data:} URI, so the PDF and HTML renderers never open a
 * file or a connection themselves. A web address, a path leading out of the folder, a non-image or an
 * oversized file gives no photo.
 */
final class PhotoFile {

    static final long MAX_BYTES = 8L * 1024 * 1024;
    /** A scheme of two or more letters ({@code http:}, {@code file:}, {@code data:}); {@code C:} is a drive. */
    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

    private PhotoFile() {
    }

    static Optional<ViewModel.Photo> resolve(String image, Path baseDir, String alt) {
        if (image == null || image.isBlank() || baseDir == null || URL_SCHEME.matcher(image.strip()).lookingAt()) {
            return Optional.empty();
        }
        try {
            Path dir = baseDir.toRealPath();
            Path file = dir.resolve(image.strip()).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(dir) || Files.size(real) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real);
            return mediaType(bytes).map(type -> new ViewModel.Photo(
                    "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes), alt));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The image type from the file's first bytes; the name's extension is not trusted. */
    static Optional<String> mediaType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("image/gif");
        }
        return Optional.empty();
    }
}
