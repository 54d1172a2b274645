package dev.vitae.ui;

import dev.vitae.LongCv;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first pages the window shows are those of the file it opens, not of the empty document it is built with
 * (issue 7): a render of that one held the file's up, and the start-up probe, which ends the benchmark's
 * window at the first preview, timed it instead of the file's.
 */
@ExtendWith(ApplicationExtension.class)
class FirstPreviewTest {

    private final WindowFixture fx = WindowFixture.withFile(LongCv.build(8, 0));
    private final List<Integer> pageCounts = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        fx.open(stage, WindowFixture.RENDERER, window -> window.preview().pageCountProperty()
                .addListener((obs, old, count) -> pageCounts.add(count.intValue())));
    }

    @Test
    void theFirstPagesShownAreTheOpenedFilesOwn() {
        fx.awaitIdle();
        assertEquals(1, pageCounts.size(), "the page count changed once, to the file's: " + pageCounts);
        assertTrue(pageCounts.get(0) > 1, "the file has several pages: " + pageCounts);
    }
}
