package dev.vitae.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the folder of an open file and reports, on its own daemon thread, when another program changed,
 * deleted or renamed the file. Events come in bursts (an editor writes a temporary file, renames it, sets
 * times), so a report waits until the folder has been quiet for a moment and then compares the file with
 * what Vitae knows ({@link ExternalChange#check}); a burst that left the content as Vitae knows it (Vitae's
 * own save) reports nothing. The listener runs on the watcher's thread.
 */
public final class FileWatcher implements AutoCloseable {

    /** How long the folder must be quiet before a burst of events is judged. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(300);

    private final Path file;
    private final Path name;
    private final Supplier<FileStamp> known;
    private final long quietMillis;
    private final Consumer<ExternalChange> listener;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean closed;

    private FileWatcher(Path file, Supplier<FileStamp> known, Duration quiet, Consumer<ExternalChange> listener)
            throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.name = this.file.getFileName();
        this.known = Objects.requireNonNull(known);
        this.quietMillis = Math.max(1, quiet.toMillis());
        this.listener = Objects.requireNonNull(listener);
        Path dir = this.file.getParent();
        this.service = dir.getFileSystem().newWatchService();
        try {
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        this.thread = new Thread(this::run, "vitae-watch-" + name);
        thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param known    what Vitae last read or wrote; asked from the watcher's thread, so it must be thread-safe
     * @param listener told of every change that is not {@link ExternalChange.Kind#NONE}
     * @throws IOException when the folder cannot be watched (it is gone, or the system is out of watches)
     */
    public static FileWatcher start(Path file, Supplier<FileStamp> known, Duration quiet,
                                    Consumer<ExternalChange> listener) throws IOException {
        FileWatcher watcher = new FileWatcher(file, known, quiet, listener);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (!closed) {
                Set<Path> created = new LinkedHashSet<>();
                WatchKey key = service.take();
                boolean relevant = drain(key, created);
                boolean valid = key.reset();
                while (valid && (key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(key, created);
                    valid = key.reset();
                }
                if (!valid) {
                    // the folder itself is gone or unmounted: the file went with it
                    report(ExternalChange.check(file, known.get()));
                    return;
                }
                if (relevant) {
                    report(judge(created));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: nothing more to watch
        }
    }

    private boolean drain(WatchKey key, Set<Path> created) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = (Path) event.context();
            if (changed.equals(name)) {
                relevant = true;
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                created.add(file.resolveSibling(changed));
            }
        }
        return relevant;
    }

    private ExternalChange judge(Set<Path> created) {
        FileStamp was = known.get();
        ExternalChange change = ExternalChange.check(file, was);
        if (change.kind() != ExternalChange.Kind.DELETED) {
            return change;
        }
        for (Path candidate : created) {
            try {
                if (Files.isRegularFile(candidate) && FileStamp.read(candidate).sameContent(was)) {
                    return change.movedTo(candidate);
                }
            } catch (IOException e) {
                // gone again or unreadable: not where the file went
            }
        }
        return change;
    }

    private void report(ExternalChange change) {
        if (change.kind() != ExternalChange.Kind.NONE && !closed) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // reported like any unexpected error, but the watching goes on
                thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // the thread ends either way: take() fails on a closed service
        }
    }
}
