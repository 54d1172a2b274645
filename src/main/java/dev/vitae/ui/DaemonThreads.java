package dev.vitae.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/** Executors for the window's background work, on named daemon threads that never keep the application running. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** One thread, named {@code name}, taking work in order. */
    static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(named(name, Thread.NORM_PRIORITY));
    }

    /** As {@link #single(String)}, at {@code priority}. */
    static ExecutorService single(String name, int priority) {
        return Executors.newSingleThreadExecutor(named(name, priority));
    }

    /** {@code threads} threads, all named {@code name}. */
    static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, named(name, Thread.NORM_PRIORITY));
    }

    private static ThreadFactory named(String name, int priority) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        };
    }
}
