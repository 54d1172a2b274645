package dev.vitae.ui;

import javafx.scene.Scene;

/**
 * The benchmark's view of start-up (issue 7): with the system property {@value #PROPERTY} set, the first
 * frame that shows preview pages prints one line on standard output and the program ends after the
 * following frame. Without the property it does nothing.
 */
final class StartupProbe {

    static final String PROPERTY = "vitae.startupProbe";
    static final String MARKER = "vitae-startup: preview on screen";

    private static boolean seen;

    private StartupProbe() {
    }

    /** Called on the FX thread each time the preview shows pages; {@code beforeExit} finishes what must be kept. */
    static void previewShown(Scene scene, Runnable beforeExit) {
        if (seen || scene == null || System.getProperty(PROPERTY) == null) {
            return;
        }
        seen = true;
        // after layout, in the pulse that draws the pages
        NextPulse.afterLayout(scene, () -> {
            // the benchmark times this line from its side: the process's start time is known only to the second
            System.out.println(MARKER);
            System.out.flush();
            NextPulse.afterLayout(scene, () -> {
                beforeExit.run();
                System.exit(0);
            });
        });
    }
}
