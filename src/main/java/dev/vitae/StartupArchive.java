package dev.vitae;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A class-data archive (CDS) of the classes one kind of run loads, kept in Vitae's cache folder. A run that maps
 * the archive skips reading, verifying and linking some four thousand classes of openhtmltopdf, PDFBox, JavaFX
 * and the XML stack. The JVM fits an archive to one jar at one path and one JDK, so the name carries those,
 * and the archive's own size, because a truncated archive crashes the JVM that maps it: only an archive of the
 * size in its name is used.
 */
final class StartupArchive {

    private static final String SUFFIX = ".jsa";
    private static final String DRAFT = ".draft-";

    private final Path folder;
    /** {@code KIND-JAR-SIZE-MTIME-}: everything in the name but the archive's size. */
    private final String prefix;
    /** {@code KIND-JAR-}: every archive of this kind for this jar path, of whatever version of the jar. */
    private final String family;

    private StartupArchive(Path folder, String family, String prefix) {
        this.folder = folder;
        this.family = family;
        this.prefix = prefix;
    }

    /** The archive of {@code kind} runs of {@code jar} with this JDK; empty when the jar cannot be read. */
    static Optional<StartupArchive> of(Path folder, Path jar, String kind) {
        try {
            Path real = jar.toRealPath();
            String where = Integer.toHexString((real + "|" + System.getProperty("java.home") + "|"
                    + System.getProperty("java.vm.version")).hashCode());
            String family = kind + "-" + where + "-";
            return Optional.of(new StartupArchive(folder, family,
                    family + Files.size(real) + "-" + Files.getLastModifiedTime(real).toMillis() + "-"));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The archive an earlier run made, if there is one and it is whole. Runs before every start, so it matches
     * names by hand: a glob or a regular expression costs a JVM this young several milliseconds.
     */
    Optional<Path> existing() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(SUFFIX)) {
                    String size = name.substring(prefix.length(), name.length() - SUFFIX.length());
                    if (isNumber(size) && Files.size(file) == Long.parseLong(size)) {
                        return Optional.of(file);
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isNumber(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Where the run that makes the archive writes it: a name of its own, so two first runs never share a file. */
    Optional<Path> draft() {
        try {
            Files.createDirectories(folder);
            return Optional.of(folder.resolve(DRAFT + prefix + ProcessHandle.current().pid() + SUFFIX));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * After the run that wrote {@code draft}: keeps it under its final name if {@code mapsCleanly} says a JVM can
     * use it, and removes it otherwise. Archives of older versions of the same jar, and drafts that processes no
     * longer running left behind, are removed; nothing here is worth an error message.
     */
    void keep(Path draft, Predicate<Path> mapsCleanly) {
        try {
            if (Files.isRegularFile(draft) && mapsCleanly.test(draft)) {
                Path kept = folder.resolve(prefix + Files.size(draft) + SUFFIX);
                Files.move(draft, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOthers(kept);
            }
        } catch (IOException | SecurityException e) {
            // the next run makes a new one
        } finally {
            deleteQuietly(draft);
        }
    }

    /** Removes a draft whose run was stopped before it ended. */
    static void discard(Path draft) {
        deleteQuietly(draft);
    }

    private void removeOthers(Path kept) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean olderJar = name.startsWith(family) && !file.equals(kept);
                if (olderJar || name.startsWith(DRAFT) && !writerAlive(name)) {
                    deleteQuietly(file);
                }
            }
        }
    }

    /** Whether the process whose id ends a draft's name still runs (and may still be writing it). */
    private static boolean writerAlive(String draftName) {
        String pid = draftName.substring(draftName.lastIndexOf('-') + 1, draftName.length() - SUFFIX.length());
        return isNumber(pid) && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException e) {
            // left for the next clean-up
        }
    }
}
