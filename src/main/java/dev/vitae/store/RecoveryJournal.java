package dev.vitae.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies of unsaved documents in Vitae's data folder, never next to the person's file, so that a crash, a
 * kill or a flat battery loses at most the last second or two of typing. One entry per document, replaced
 * on every write through {@link AtomicFileWriter}, so an entry is always whole. A clean save or close
 * removes it; the next start offers what is left, but never a copy that is older than its file or one that
 * belongs to a Vitae still running.
 */
public final class RecoveryJournal {

    static final String KIND = "recovery";
    private static final String SUFFIX = ".vitae-recovery";

    private final Path folder;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final ProcessHandle self;

    public RecoveryJournal(Path folder, AtomicFileWriter writer, Clock clock) {
        this(folder, writer, clock, ProcessHandle.current());
    }

    /**
     * @param writtenBy the process named in the entries as their owner; tests name one that has ended, to
     *                  make entries as a crashed Vitae leaves them
     */
    public RecoveryJournal(Path folder, AtomicFileWriter writer, Clock clock, ProcessHandle writtenBy) {
        this.folder = Objects.requireNonNull(folder);
        this.writer = Objects.requireNonNull(writer);
        this.clock = Objects.requireNonNull(clock);
        this.self = Objects.requireNonNull(writtenBy);
    }

    /** The journal in {@code <data>/recovery}. */
    public static RecoveryJournal in(AppFolders folders) {
        return new RecoveryJournal(folders.data().resolve("recovery"), new AtomicFileWriter(), Clock.systemUTC());
    }

    public Path folder() {
        return folder;
    }

    /**
     * Keeps a copy of an unsaved document, replacing the previous copy of the same document.
     *
     * @param file    the file it belongs to, or null when untitled
     * @param basedOn what that file held when these edits began (the stamp of the last load or save), or null
     */
    public void record(FileKey key, Path file, FileStamp basedOn, Document document, JsonStyle style) throws IOException {
        ObjectNode header = KeptCopy.header(KIND);
        header.put("key", key.value());
        if (file != null) {
            header.put("file", file.toAbsolutePath().toString());
        }
        header.put("written", clock.instant().toString());
        if (basedOn != null) {
            header.set("basedOn", KeptCopy.stamp(basedOn));
        }
        header.put("pid", self.pid());
        self.info().startInstant().ifPresent(start -> header.put("processStart", start.toString()));
        Files.createDirectories(folder);
        writer.write(entryFile(key), KeptCopy.join(header, JsonWriter.write(document, style)));
    }

    /** Forgets a document's copy (after a clean save, a close, or when the person discards it). */
    public void remove(FileKey key) throws IOException {
        Files.deleteIfExists(entryFile(key));
    }

    /** The entry of one document, if the journal holds a readable one. */
    public Optional<RecoveryEntry> read(FileKey key) {
        return read(entryFile(key)).map(Read::entry);
    }

    /**
     * What to offer at start-up, newest first. Entries older than their file, and entries identical to it, are
     * removed here, since they hold nothing to recover; entries of a Vitae still running are left alone.
     */
    public List<Recoverable> recoverable() {
        List<Recoverable> offer = new ArrayList<>();
        for (Path path : entryFiles()) {
            Optional<Read> read = read(path);
            if (read.isEmpty() || read.get().ownerRunning()) {
                continue;
            }
            RecoveryEntry entry = read.get().entry();
            Optional<Recoverable> worth = assess(entry);
            if (worth.isPresent()) {
                offer.add(worth.get());
            } else {
                deleteQuietly(path);
            }
        }
        offer.sort(Comparator.comparing((Recoverable r) -> r.entry().written()).reversed());
        return offer;
    }

    /** Whether an entry holds work the file does not have, and what differs. */
    static Optional<Recoverable> assess(RecoveryEntry entry) {
        Document blank = Document.empty();
        if (entry.file() == null) {
            return Optional.of(new Recoverable(entry, SectionChanges.between(blank, entry.document()),
                    "Never saved"));
        }
        Path file = entry.file();
        if (!Files.exists(file)) {
            return Optional.of(new Recoverable(entry, SectionChanges.between(blank, entry.document()),
                    "The file no longer exists at " + file));
        }
        FileStamp now;
        try {
            now = FileStamp.read(file);
        } catch (IOException e) {
            return Optional.of(new Recoverable(entry, SectionChanges.between(blank, entry.document()),
                    "The file cannot be read now (" + e.getMessage() + ")"));
        }
        boolean sameBase = now.sameContent(entry.basedOn());
        if (!sameBase && !entry.written().isAfter(now.modified().toInstant())) {
            // the file was saved after this copy was made: offering the copy could only undo newer work
            return Optional.empty();
        }
        Document onDisk;
        try {
            onDisk = ResumeReader.read(file).document();
        } catch (ParseError e) {
            return Optional.of(new Recoverable(entry, SectionChanges.between(blank, entry.document()),
                    "The file on disk cannot be opened: " + e.reason()));
        }
        if (onDisk.equals(entry.document())) {
            return Optional.empty();
        }
        return Optional.of(new Recoverable(entry, SectionChanges.between(onDisk, entry.document()),
                sameBase ? "" : "The file was changed by another program while these edits were open"));
    }

    private record Read(RecoveryEntry entry, boolean ownerRunning) {
    }

    private Optional<Read> read(Path path) {
        try {
            KeptCopy.Parts parts = KeptCopy.split(Files.readAllBytes(path), KIND);
            ObjectNode h = parts.header();
            String key = h.path("key").asText();
            Instant written = KeptCopy.instant(h.path("written"));
            if (!FileKey.isKey(key) || written == null) {
                return Optional.empty();
            }
            Path file = h.path("file").isTextual() ? Path.of(h.path("file").asText()) : null;
            ResumeReader.Result doc = ResumeReader.read(parts.body(), path);
            RecoveryEntry entry = new RecoveryEntry(new FileKey(key), file, written, KeptCopy.stamp(h.get("basedOn")),
                    doc.document(), doc.style());
            return Optional.of(new Read(entry, running(h.path("pid").asLong(-1), KeptCopy.instant(h.path("processStart")))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | ParseError | RuntimeException e) {
            // not an entry this version of Vitae can read; it is left where it is, for a person to look at
            return Optional.empty();
        }
    }

    /** Whether the process that wrote an entry is still running (the same process, not a reused id). */
    private boolean running(long pid, Instant start) {
        if (pid < 0) {
            return false;
        }
        Optional<ProcessHandle> process = pid == self.pid() ? Optional.of(self) : ProcessHandle.of(pid);
        return process.filter(ProcessHandle::isAlive)
                .map(p -> start == null || p.info().startInstant().map(start::equals).orElse(true))
                .orElse(false);
    }

    private List<Path> entryFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path entryFile(FileKey key) {
        return folder.resolve(key.value() + SUFFIX);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // it will be judged again at the next start
        }
    }
}
