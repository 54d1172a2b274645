package dev.vitae.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import javafx.event.Event;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dropping a .json file on the window opens it. No robot can drag from a file manager, so the test builds the
 * drop the platform would deliver (a dragboard holding files, through JavaFX's internal helper) and fires it
 * at the window.
 */
@ExtendWith(ApplicationExtension.class)
class DropFileTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    private DragEvent drop(javafx.event.EventType<DragEvent> type, File... files) {
        Dragboard board = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
        board.setContent(Map.of(DataFormat.FILES, List.of(files)));
        return new DragEvent(type, board, 200, 200, 200, 200, TransferMode.COPY, null, null, null);
    }

    @Test
    void droppingAJsonFileOpensIt(FxRobot robot) throws Exception {
        Path other = Files.writeString(fx.dir.resolve("ada.json"), "{\"basics\": {\"name\": \"Ada Lovelace\"}}\n");
        robot.interact(() -> Event.fireEvent(fx.stage.getScene(), drop(DragEvent.DRAG_DROPPED, other.toFile())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ada Lovelace", fx.current().text("/basics/name"));
        assertEquals(other, fx.window.documents().file());
    }

    @Test
    void otherFilesAreNotTaken(FxRobot robot) throws Exception {
        Path text = Files.writeString(fx.dir.resolve("notes.txt"), "hello");
        var before = fx.current();
        robot.interact(() -> Event.fireEvent(fx.stage.getScene(), drop(DragEvent.DRAG_DROPPED, text.toFile())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx.current());
        assertFalse(fx.window.documents().file().endsWith("notes.txt"));
        assertTrue(MainWindow.jsonFile(List.of(text.toFile())) == null);
    }
}
