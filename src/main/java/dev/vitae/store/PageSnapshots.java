package dev.vitae.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The first preview pages of the last few documents shown, kept in the cache folder under a key that names
 * everything the page was drawn from, so that the window can show a file it showed before at once, while the
 * renderer is still starting (issue 7). A snapshot is only ever a stand-in: the real render follows straight
 * after and replaces it.
 *
 * <p>Everything here is best effort. A file that cannot be read, is cut short or is not a snapshot is a miss; a
 * write that fails leaves nothing behind. Only the newest {@value #KEPT} snapshots are kept.
 */
public final class PageSnapshots {

    static final int KEPT = 8;
    private static final int MAGIC = 0x56545053; // "VTPS"
    private static final int FORMAT = 1;
    /** More than an A4 page at 600 dpi: anything larger is not a preview page. */
    private static final long MAX_PIXELS = 40_000_000L;
    private static final String SUFFIX = ".page";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");

    private final Path folder;

    public PageSnapshots(Path folder) {
        this.folder = folder;
    }

    /** The snapshots in {@code cache}'s {@code previews} folder. */
    public static PageSnapshots in(AppFolders folders) {
        return new PageSnapshots(folders.cache().resolve("previews"));
    }

    /** The snapshot kept under {@code key}, if there is a whole one. */
    public Optional<PageSnapshot> read(String key) {
        Path file;
        try {
            file = file(key);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(Files.newInputStream(file)), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int pageCount = in.readInt();
            double dpi = in.readDouble();
            int width = in.readInt();
            int height = in.readInt();
            if (pageCount < 1 || width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
                return Optional.empty();
            }
            int[] argb = new int[width * height];
            byte[] row = new byte[width * 4];
            for (int y = 0; y < height; y++) {
                in.readFully(row);
                for (int x = 0, i = y * width; x < width; x++, i++) {
                    int b = x * 4;
                    argb[i] = (row[b] & 0xFF) << 24 | (row[b + 1] & 0xFF) << 16 | (row[b + 2] & 0xFF) << 8 | (row[b + 3] & 0xFF);
                }
            }
            // touched, so that the snapshots in use are the ones kept
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new PageSnapshot(pageCount, dpi, width, height, argb));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code page} under {@code key}, replacing what was kept under it, and lets the oldest go. */
    public void write(String key, PageSnapshot page) {
        Path draft = null;
        try {
            Path file = file(key);
            Files.createDirectories(folder);
            draft = Files.createTempFile(folder, "draft-", ".tmp");
            try (OutputStream raw = Files.newOutputStream(draft);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                         new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED), 1 << 16), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(page.pageCount());
                out.writeDouble(page.dpi());
                out.writeInt(page.width());
                out.writeInt(page.height());
                byte[] row = new byte[page.width() * 4];
                for (int y = 0; y < page.height(); y++) {
                    for (int x = 0, i = y * page.width(); x < page.width(); x++, i++) {
                        int p = page.argb()[i];
                        int b = x * 4;
                        row[b] = (byte) (p >>> 24);
                        row[b + 1] = (byte) (p >>> 16);
                        row[b + 2] = (byte) (p >>> 8);
                        row[b + 3] = (byte) p;
                    }
                    out.write(row);
                }
            }
            move(draft, file);
            draft = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // a cache: a snapshot not written is a slower start next time, nothing more
        } finally {
            if (draft != null) {
                deleteQuietly(draft);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void prune() throws IOException {
        List<Path> kept;
        try (Stream<Path> files = Files.list(folder)) {
            kept = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(PageSnapshots::modified).reversed())
                    .toList();
        }
        kept.stream().skip(KEPT).forEach(PageSnapshots::deleteQuietly);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a snapshot key: " + key);
        }
        return folder.resolve(key + SUFFIX);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            // left for the next prune
        }
    }
}
