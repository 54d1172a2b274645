package dev.vitae.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;

/**
 * The one way long work leaves the FX thread (exports, loading a big file): tasks run on a small daemon
 * pool and report their message for the status bar.
 */
final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService pool = DaemonThreads.pool("vitae-task", 2);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>(this, "running");

    void run(Task<?> task) {
        message.bind(task.messageProperty());
        running.set(task);
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                message.unbind();
                message.set("");
                if (running.get() == task) {
                    running.set(null);
                }
            }
        });
        pool.execute(task);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The task in progress, or null; the status bar offers to cancel it. */
    ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Stops the task in progress; an export that is cancelled writes nothing. */
    void cancelRunning() {
        Task<?> task = running.get();
        if (task != null) {
            task.cancel(true);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
