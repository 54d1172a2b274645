package dev.vitae.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file laid out by hand (four spaces, short lists on one line) keeps its layout through edits and saves: each
 * save changes the edited line and no other, as a person keeping the file in git expects.
 */
@ExtendWith(ApplicationExtension.class)
class SaveKeepsLayoutTest {

    private static final String FILE = """
            {
                "basics": {"name": "Ada Lovelace", "label": "Analyst"},
                "skills": [
                    {"name": "Maths", "keywords": ["Analysis", "Engines"]}
                ]
            }
            """;

    private final WindowFixture fx = WindowFixture.withText(FILE);

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void twoEditsAndSavesChangeTheirOwnLinesOnly(FxRobot robot) {
        fx.awaitIdle();
        TextInputControl name = robot.lookup("#field-name").queryAs(TextInputControl.class);
        robot.clickOn(name).press(KeyCode.END).release(KeyCode.END).write(", Countess");
        save(robot);
        String first = FILE.replace("\"Ada Lovelace\"", "\"Ada Lovelace, Countess\"");
        assertEquals(first, fx.fileText());

        TextInputControl label = robot.lookup("#field-label").queryAs(TextInputControl.class);
        robot.clickOn(label).press(KeyCode.END).release(KeyCode.END).write(" and writer");
        save(robot);
        assertEquals(first.replace("\"Analyst\"", "\"Analyst and writer\""), fx.fileText());
    }

    private void save(FxRobot robot) {
        fx.awaitIdle();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        robot.interact(() -> { });
        fx.awaitIdle();
    }
}
