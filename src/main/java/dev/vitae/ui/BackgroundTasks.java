package dev.vitae.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one way long work leaves the FX thread (exports, loading a big file): tasks run on a small daemon
 * pool and report their message for the status bar.
 */
final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "vitae-task");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    void run(Task<?> task) {
        message.bind(task.messageProperty());
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                message.unbind();
                message.set("");
            }
        });
        pool.execute(task);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
