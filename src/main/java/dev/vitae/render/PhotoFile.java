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
        return read(image, baseDir).image().map(found -> new ViewModel.Photo(
                "data:" + found.type() + ";base64," + Base64.getEncoder().encodeToString(found.bytes()), alt));
    }

    /**
     * Why {@code image} gives no photo, in words a person can act on; empty when it gives one, names none, or
     * the résumé has no folder yet (it was never saved).
     */
    static Optional<String> problem(String image, Path baseDir) {
        return read(image, baseDir).problem();
    }

    /** The photo's bytes and type, or why there is none (null when there is nothing to say). */
    private record Outcome(Found found, String reason) {
        Optional<Found> image() {
            return Optional.ofNullable(found);
        }

        Optional<String> problem() {
            return Optional.ofNullable(reason);
        }
    }

    private record Found(byte[] bytes, String type) {
    }

    private static Outcome read(String image, Path baseDir) {
        if (image == null || image.isBlank() || baseDir == null) {
            return new Outcome(null, null);
        }
        String name = image.strip();
        if (URL_SCHEME.matcher(name).lookingAt()) {
            return new Outcome(null, "the photo is a web address; Vitae uses only a photo file in the résumé's folder");
        }
        try {
            Path dir = baseDir.toRealPath();
            Path file = dir.resolve(name).normalize();
            if (!file.startsWith(dir)) {
                return new Outcome(null, "the photo " + name + " is outside the résumé's folder " + dir);
            }
            if (!Files.isRegularFile(file)) {
                return new Outcome(null, "the photo " + name + " is not in " + dir);
            }
            Path real = file.toRealPath();
            if (!real.startsWith(dir)) {
                return new Outcome(null, "the photo " + name + " is a link to a file outside the résumé's folder");
            }
            long size = Files.size(real);
            if (size > MAX_BYTES) {
                return new Outcome(null, "the photo " + name + " is too large (" + megabytes(size)
                        + "; photos up to " + megabytes(MAX_BYTES) + " are used), so it is left out");
            }
            byte[] bytes = Files.readAllBytes(real);
            return mediaType(bytes).map(type -> new Outcome(new Found(bytes, type), null))
                    .orElseGet(() -> new Outcome(null, "the photo " + name + " is not a PNG, JPEG or GIF image"));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return new Outcome(null, "the photo " + name + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
