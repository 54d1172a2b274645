package dev.vitae.ui;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs jobs on one background thread, newest first: a job submitted while another runs replaces any job
 * still waiting, so bursts of edits never queue work; each finished job is delivered on the FX thread if it
 * is newer than the last one delivered. The FX thread only submits and never waits. Used for the preview
 * and for validation.
 */
final class LatestWins<R> implements AutoCloseable {

    /** The outcome of one job: a value, or the message of what went wrong. */
    record Outcome<R>(long generation, R value, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private record Job<R>(long generation, Callable<R> work, Consumer<Outcome<R>> onResult) {
    }

    private final ExecutorService worker;
    private final AtomicReference<Job<R>> pending = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong generations = new AtomicLong();
    private long delivered = -1;

    LatestWins(String threadName) {
        worker = DaemonThreads.single(threadName, Thread.NORM_PRIORITY - 1);
    }

    /**
     * Submits a job; returns at once, with the job's generation (that of its {@link Outcome}, one more than the
     * job submitted before). {@code onResult} runs on the FX thread.
     */
    long submit(Callable<R> work, Consumer<Outcome<R>> onResult) {
        long generation = generations.incrementAndGet();
        pending.set(new Job<>(generation, work, onResult));
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
        return generation;
    }

    private void drain() {
        try {
            Job<R> job;
            while ((job = pending.getAndSet(null)) != null) {
                Outcome<R> outcome = run(job);
                Job<R> done = job;
                Platform.runLater(() -> deliver(done, outcome));
            }
        } finally {
            draining.set(false);
            // a job may have arrived between the last poll and clearing the flag
            if (pending.get() != null && draining.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }

    private Outcome<R> run(Job<R> job) {
        try {
            return new Outcome<>(job.generation(), job.work().call(), null);
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome<>(job.generation(), null, message);
        }
    }

    private void deliver(Job<R> job, Outcome<R> outcome) {
        if (outcome.generation() > delivered) {
            delivered = outcome.generation();
            job.onResult().accept(outcome);
        }
    }

    /** Whether a job is waiting or running; tests wait for this to become false. */
    boolean isBusy() {
        return draining.get() || pending.get() != null;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
