package dev.vitae.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs test code on the FX thread of a headless toolkit (Monocle, set up by surefire) and finds the dialogs
 * the code under test opens. Waits are bounded, to fail a hung test rather than to time anything.
 */
final class FxRunner {

    private static final long LIMIT_SECONDS = 30;

    private FxRunner() {
    }

    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T call(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(LIMIT_SECONDS, TimeUnit.SECONDS);
    }

    static void run(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(LIMIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition} holds, judged on the FX thread after pending events ran. */
    static void awaitFx(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
    }

    /** The dialog with this id that is showing now, after pending events ran. */
    static Optional<DialogPane> dialog(String id) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return call(() -> {
            try {
                return Optional.of(dialogNow(id));
            } catch (AssertionError none) {
                return Optional.<DialogPane>empty();
            }
        });
    }

    /** The showing dialog with this id; call on the FX thread. */
    static DialogPane dialogNow(String id) {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && id.equals(pane.getId()))
                .map(DialogPane.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no dialog " + id));
    }

    /** Waits for the dialog to show, then answers it with {@code button}; returns its text for checking. */
    static String answer(String id, ButtonType button) throws Exception {
        return answer(id, button.getText());
    }

    /** Waits for the dialog to show, then presses the button labelled {@code buttonText}; returns the dialog's text. */
    static String answer(String id, String buttonText) throws Exception {
        WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, () -> dialog(id).isPresent());
        DialogPane pane = dialog(id).orElseThrow();
        String text = call(() -> pane.getHeaderText() + "\n" + pane.getContentText());
        run(() -> {
            ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(buttonText)).findFirst()
                    .orElseThrow(() -> new AssertionError("no button " + buttonText + " in " + pane.getButtonTypes()));
            ((Button) pane.lookupButton(type)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return text;
    }
}
