package dev.vitae.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help → Keyboard Shortcuts (F1) lists the menus' shortcuts as the menus show them, and the forms' own keys. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void f1ListsEveryShortcutOnceAndEscapeClosesIt(FxRobot robot) throws Exception {
        robot.clickOn("#section-work");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogShown(robot), "F1 opens the list");
        List<String> lines = lines(robot);
        String save = KeyCombination.keyCombination("Shortcut+S").getDisplayText();
        assertTrue(lines.contains(save + " = File › Save"), lines.toString());
        assertTrue(lines.contains("F1 = Help › Keyboard Shortcuts"), lines.toString());
        assertTrue(lines.contains(AppMenus.REDO_ALT.getDisplayText() + " = Redo, as well as the Edit menu's shortcut"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("F2 = Rename")), lines.toString());
        String altUp = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN).getDisplayText();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(altUp + " / ") && l.contains("= Move the selected section or entry")),
                lines.toString());
        assertTrue(lines.contains("Click = On an entry, a section or the header of a page: open it in the form"), lines.toString());
        assertEquals(lines.size(), ShortcutsDialog.fromMenus(robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class)).size()
                + ShortcutsDialog.IN_FORMS.size() + ShortcutsDialog.IN_PREVIEW.size(), "each menu shortcut, form key and preview gesture once");

        robot.clickOn("#section-work");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.listWindows().stream().filter(ShortcutsDialogTest::isShortcutsWindow).count(),
                "F1 again brings the open list forward instead of a second one");

        robot.clickOn("#shortcuts-list").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialogShown(robot));
    }

    private static List<String> lines(FxRobot robot) {
        // the grid holds keys and action labels in pairs, after each group's heading
        List<Node> cells = robot.lookup("#shortcuts-list").queryAs(javafx.scene.layout.GridPane.class).getChildren();
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).getStyleClass().contains("shortcut-keys")) {
                lines.add(((Label) cells.get(i)).getText() + " = " + ((Label) cells.get(i + 1)).getText());
            }
        }
        return lines;
    }

    private static boolean dialogShown(FxRobot robot) {
        return robot.listWindows().stream().anyMatch(ShortcutsDialogTest::isShortcutsWindow);
    }

    private static boolean isShortcutsWindow(Window w) {
        return w.isShowing() && w.getScene() != null && w.getScene().getRoot().lookup("#shortcuts-dialog") != null;
    }
}
