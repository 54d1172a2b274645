package dev.vitae.ui;

import dev.vitae.LongCv;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the ten-page CV open, only the pages in view and one either side hold images; the others are empty
 * sheets of the same size. Scrolling draws the pages that come into view, exactly as a full render draws them,
 * and lets go of those that leave; an edit on a page out of view does not draw it, and the scroll position and
 * page count stay. What is in view is judged from the laid-out nodes, not from the pane's own arithmetic.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPagesInViewTest {

    private static final PageRange EVERY_PAGE = new PageRange(0, 99);

    private final WindowFixture fx = WindowFixture.withFile(LongCv.build(25, 40));

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void onlyThePagesInViewAndOneEitherSideHoldImages(FxRobot robot) throws Exception {
        fx.awaitIdle();
        int count = fx.window.preview().pageCountProperty().get();
        assertTrue(count >= 8, "the long CV has many pages: " + count);
        TreeSet<Integer> drawn = drawnPages(robot);
        assertEquals(expected(robot), drawn);
        assertTrue(drawn.size() < count - 3, "most pages hold no image: " + drawn);

        double height = sheet(robot, 0).getLayoutBounds().getHeight();
        for (int i = 0; i < count; i++) {
            assertEquals(height, sheet(robot, i).getLayoutBounds().getHeight(), 0.0, "page " + (i + 1) + " is as tall as the others");
        }
    }

    @Test
    void scrollingToTheEndDrawsTheLastPagesAsAFullRenderDoesAndLetsGoOfTheFirst(FxRobot robot) throws Exception {
        fx.awaitIdle();
        ScrollPane scroll = robot.lookup("#preview-scroll").queryAs(ScrollPane.class);
        int count = fx.window.preview().pageCountProperty().get();
        WeakReference<Image> firstPage = new WeakReference<>(fx.window.preview().shown().image(0));
        assertTrue(firstPage.get() != null, "the first page is drawn at the start");

        robot.interact(() -> scroll.setVvalue(1));
        fx.awaitIdle();

        TreeSet<Integer> drawn = drawnPages(robot);
        assertEquals(expected(robot), drawn);
        assertEquals(count - 1, drawn.last(), "the last page is drawn");
        assertTrue(!drawn.contains(0), "the first page is not");
        PreviewPages shown = fx.window.preview().shown();
        PreviewPages full = new RendererPageSource(WindowFixture.RENDERER).render(fx.current(), fx.dir, shown.dpi(), EVERY_PAGE);
        for (int page : drawn) {
            assertSame(shown.image(page), view(robot, page).getImage());
            assertArrayEquals(Pixels.argb(full.image(page)), Pixels.argb(shown.image(page)), "page " + (page + 1));
        }
        assertEquals(count, fx.window.preview().pageCountProperty().get());
        assertEquals(1, scroll.getVvalue(), 0.0, "the reader stays at the end");
        awaitCollected(firstPage);
    }

    @Test
    void anEditOnAPageOutOfViewDoesNotDrawItUntilItComesIntoView(FxRobot robot) throws Exception {
        fx.awaitIdle();
        ScrollPane scroll = robot.lookup("#preview-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        fx.awaitIdle();
        int count = fx.window.preview().pageCountProperty().get();
        PreviewPages before = fx.window.preview().shown();

        robot.clickOn("#field-label").press(KeyCode.END).release(KeyCode.END).write(" and mentor");
        fx.awaitIdle();

        PreviewPages after = fx.window.preview().shown();
        assertEquals(before.drawn().keySet(), after.drawn().keySet());
        for (int page : after.drawn().keySet()) {
            assertSame(before.image(page), after.image(page), "page " + (page + 1) + " did not change and is not drawn again");
        }
        assertNull(view(robot, 0).getImage(), "the edited first page is out of view and not drawn");
        assertEquals(1, scroll.getVvalue(), 0.0, "the reader stays where they were");
        assertEquals(count, fx.window.preview().pageCountProperty().get());

        robot.interact(() -> scroll.setVvalue(0));
        fx.awaitIdle();
        PreviewPages top = fx.window.preview().shown();
        PreviewPages full = new RendererPageSource(WindowFixture.RENDERER).render(fx.current(), fx.dir, top.dpi(), EVERY_PAGE);
        assertEquals(expected(robot), drawnPages(robot));
        assertArrayEquals(Pixels.argb(full.image(0)), Pixels.argb(view(robot, 0).getImage()), "the first page, drawn on coming into view, has the edit");
    }

    /** The pages whose image views hold an image now. */
    private TreeSet<Integer> drawnPages(FxRobot robot) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = 0; i < fx.window.preview().pageCountProperty().get(); i++) {
            if (view(robot, i).getImage() != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** The pages whose sheets overlap the scroll pane's viewport on screen, and one either side. */
    private TreeSet<Integer> expected(FxRobot robot) {
        ScrollPane scroll = robot.lookup("#preview-scroll").queryAs(ScrollPane.class);
        Node viewport = scroll.lookup(".viewport");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        int count = fx.window.preview().pageCountProperty().get();
        List<Integer> inView = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node sheet = sheet(robot, i);
            Bounds b = sheet.localToScene(sheet.getLayoutBounds());
            if (b.getMaxY() > shown.getMinY() && b.getMinY() < shown.getMaxY()) {
                inView.add(i);
            }
        }
        assertTrue(!inView.isEmpty(), "some page is in view");
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = Math.max(0, inView.get(0) - 1); i <= Math.min(count - 1, inView.get(inView.size() - 1) + 1); i++) {
            out.add(i);
        }
        return out;
    }

    private static ImageView view(FxRobot robot, int page) {
        return robot.lookup("#preview-page-" + (page + 1)).queryAs(ImageView.class);
    }

    private static Node sheet(FxRobot robot, int page) {
        return view(robot, page).getParent();
    }

    private static void awaitCollected(WeakReference<Image> image) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
            return image.get() == null;
        });
    }

}
