package dev.vitae.bench;

import dev.vitae.model.Document;
import dev.vitae.render.Renderer;
import dev.vitae.ui.PreviewProbe;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code editToPreview}: typing into a field at a steady 150 ms a keystroke (about 80 words a minute) in
 * bursts of 12, through the editor's own preview path (session → newest-wins background render → page images →
 * preview pane). Each keystroke is timed from the moment it is applied on the FX thread to the moment the pane
 * shows pages that include it. A render that started before the keystroke does not include it, so waiting for
 * that render is part of the keystroke's time, as it is for the person typing.
 */
final class EditToPreviewBench {

    static final long KEYSTROKE_NANOS = TimeUnit.MILLISECONDS.toNanos(150);
    static final int BURST = 12;
    private static final String TYPED = " — measured, reviewed and shipped on time by the whole team";

    /** A keystroke waiting for its pages. */
    private record Key(long appliedAt, boolean measured) {
    }

    private final Renderer renderer;
    /** How many times the pane showed new pages during the measured bursts. */
    private final AtomicInteger shownCount = new AtomicInteger();

    EditToPreviewBench(Renderer renderer) {
        this.renderer = renderer;
    }

    int shownCount() {
        return shownCount.get();
    }

    /** Types {@code warmUpBursts} unmeasured bursts, then {@code bursts} measured ones, into {@code pointer}. */
    Timings run(Document doc, Path baseDir, String pointer, int warmUpBursts, int bursts) throws Exception {
        Fx.start();
        ConcurrentSkipListMap<Long, Key> waiting = new ConcurrentSkipListMap<>();
        Timings timings = new Timings();
        waiting.put(1L, new Key(System.nanoTime(), false));
        PreviewProbe probe = Fx.call(() -> new PreviewProbe(() -> renderer, doc, baseDir, PipelineBench.DPI, shown -> {
            long now = System.nanoTime();
            var done = waiting.headMap(shown, true);
            boolean counted = false;
            for (Key key : done.values()) {
                if (key.measured()) {
                    timings.addNanos(now - key.appliedAt());
                    counted = true;
                }
            }
            if (counted) {
                shownCount.incrementAndGet();
            }
            done.clear();
        }));
        try {
            awaitShown(waiting);
            String original = doc.text(pointer);
            int typed = 0;
            for (int burst = 0; burst < warmUpBursts + bursts; burst++) {
                boolean measured = burst >= warmUpBursts;
                long next = System.nanoTime();
                for (int key = 0; key < BURST; key++) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    next += KEYSTROKE_NANOS;
                    typed++;
                    String text = original + TYPED.repeat(1 + typed / TYPED.length()).substring(0, typed);
                    Platform.runLater(() -> {
                        long at = System.nanoTime();
                        waiting.put(probe.type(pointer, text), new Key(at, measured));
                    });
                }
                Fx.call(() -> null);
                awaitShown(waiting);
                // a pause in typing: the background thread goes quiet before the next burst
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(400));
            }
        } finally {
            Fx.call(() -> {
                probe.close();
                return null;
            });
        }
        return timings;
    }

    private static void awaitShown(ConcurrentSkipListMap<Long, Key> waiting) {
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > limit) {
                throw new IllegalStateException("the preview did not catch up with the typing");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }
}
