package dev.vitae.ui;

import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * The real main window, built as {@link VitaeApp} builds it (its folders from {@code vitae.home}), for the
 * benchmark's memory figure: a file open, edits typed into it through the window's session.
 */
public final class WindowProbe {

    private final MainWindow window;

    private WindowProbe(MainWindow window) {
        this.window = window;
    }

    /** Opens {@code file} in a new window on {@code stage}; call on the FX thread. */
    public static WindowProbe open(Stage stage, Path file) {
        MainWindow window = new MainWindow(stage, VitaeApp.Services.standard(null));
        window.start(file, Samples.sample());
        window.show();
        return new WindowProbe(window);
    }

    public void type(String pointer, String text) {
        window.session().setText(pointer, text);
    }

    public void endTyping() {
        window.session().endTyping();
    }

    public boolean isBusy() {
        return window.isBusy();
    }

    public int pageCount() {
        return window.preview().pageCountProperty().get();
    }
}
