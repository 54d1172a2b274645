package dev.vitae.render;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a render with a time limit, so that nothing a résumé or a theme can contain makes the preview or an
 * export hang. The work runs on a daemon thread of its own; when the limit passes, or the caller is
 * interrupted (a cancelled export), the caller stops waiting at once and the work is interrupted and
 * abandoned: its result, if it ever comes, is dropped.
 */
public final class TimeLimit {

    /** A preview that takes longer is given up; the person keeps the last good pages and a message. */
    public static final Duration PREVIEW = Duration.ofSeconds(30);
    /** Exports from the window; longer than a preview, since the person asked and is waiting for it. */
    public static final Duration EXPORT = Duration.ofSeconds(90);
    /** The command line's default, changed with {@code --timeout}. */
    public static final Duration COMMAND_LINE = Duration.ofSeconds(120);

    /** A render given up for taking too long. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message);
        }
    }

    private TimeLimit() {
    }

    /**
     * Runs {@code work} and returns its result.
     *
     * @param what names the work in the message: "The preview", "The PDF export"
     * @throws Exceeded            when it takes longer than {@code limit}
     * @throws InterruptedException when the caller is interrupted while waiting (the work is stopped too)
     * @throws Exception           whatever the work throws
     */
    public static <T> T call(String what, Duration limit, Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "vitae-render");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new Exceeded(what + " took longer than " + describe(limit) + " and was stopped. A very long "
                    + "résumé, a very large photo or a theme that loops can cause this.");
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    static String describe(Duration limit) {
        long seconds = limit.toSeconds();
        if (seconds == 0) {
            return limit.toMillis() + " ms";
        }
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
