package dev.vitae.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The field widgets: keyboard-driven string lists, the "present" switch, inline checks, labels. */
@ExtendWith(ApplicationExtension.class)
class FormWidgetsTest {

    private final WindowFixture fx = WindowFixture.withSample();

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @Test
    void enterInAHighlightAddsTheNextRowAndBackspaceInAnEmptyOneRemovesIt(FxRobot robot) {
        robot.clickOn("#section-work");
        int highlights = fx.current().at("/work/0/highlights").size();
        robot.clickOn("#field-highlights-0").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(highlights + 1, fx.current().at("/work/0/highlights").size());
        assertEquals("", fx.current().text("/work/0/highlights/1"), "the new row comes right after");
        robot.write("Paged nobody for a year");
        assertEquals("Paged nobody for a year", fx.current().text("/work/0/highlights/1"), "typing goes into the new row");

        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Paged nobody for a year", fx.current().text("/work/0/highlights/0"), "Alt+Up moves the row up");

        robot.clickOn("#field-highlights-0-remove");
        assertEquals(highlights, fx.current().at("/work/0/highlights").size());

        robot.interact(() -> robot.lookup("#field-highlights-add").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(highlights + 1, fx.current().at("/work/0/highlights").size());
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(highlights, fx.current().at("/work/0/highlights").size(), "Backspace in an empty row removes it");
    }

    @Test
    void altArrowsMoveAnEntryAndAProfileAsTheyMoveSectionsAndHighlights(FxRobot robot) {
        robot.clickOn("#section-skills");
        List<String> order = robot.lookup("#section-list").queryListView().getItems().stream().map(Object::toString).toList();
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> moved = fx.current().settings().sectionOrder();
        assertEquals(order.indexOf("skills") - 2, moved.indexOf("skills"), "Alt+Up moves the selected section up: " + moved);

        robot.clickOn("#section-work").clickOn("#entry-2");
        assertEquals("Fjällräv Analytics", fx.current().text("/work/2/name"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Fjällräv Analytics", fx.current().text("/work/0/name"), "Alt+Up twice moves the entry to the top");
        ListView<?> entries = robot.lookup("#entry-list").queryAs(ListView.class);
        assertEquals(0, entries.getSelectionModel().getSelectedIndex(), "and it stays selected");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, entries.getSelectionModel().getSelectedIndex(), "a plain arrow selects");
        assertEquals("Fjällräv Analytics", fx.current().text("/work/0/name"), "and moves nothing");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nordström Payments", fx.current().text("/work/2/name"), "Alt+Down moves the selected entry down");

        robot.clickOn("#section-basics");
        robot.interact(() -> robot.lookup("#field-profiles-1-username").query().requestFocus());
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("LinkedIn", fx.current().text("/basics/profiles/0/network"), "Alt+Up in a profile's field moves the profile");
        assertTrue(robot.lookup("#field-profiles-0-username").query().isFocused(), "the cursor moves with it, into the same field");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write("-x");
        assertEquals("zoe-castaneda-x", fx.current().text("/basics/profiles/0/username"));
    }

    @Test
    void tabReachesAProfilesButtonsAndRemovingOneKeepsTheCursorInTheForm(FxRobot robot) {
        robot.clickOn("#section-basics");
        robot.interact(() -> robot.lookup("#field-profiles-0-url").query().requestFocus());
        robot.type(KeyCode.TAB);
        Button up = robot.lookup("#field-profiles-1-up").queryAs(Button.class);
        assertTrue(up.isFocused(), "Tab goes from a profile's last field to the next one's buttons");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(up.getBackground().getFills().stream().anyMatch(f -> f.getFill() instanceof Color c && c.getOpacity() > 0),
                "and the button shows it has the focus");
        Button down = robot.lookup("#field-profiles-0-down").queryAs(Button.class);
        assertTrue(down.getBackground() == null || down.getBackground().getFills().stream()
                .allMatch(f -> f.getFill() instanceof Color c && c.getOpacity() == 0), "where one without the focus shows nothing");
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#field-profiles-1-remove").query().isFocused(), "past the disabled Move down");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fx.current().at("/basics/profiles").size(), "Space on Remove removes the profile");
        assertTrue(robot.lookup("#field-profiles-0-network").query().isFocused(), "the cursor stays in the form");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("LinkedIn", fx.current().text("/basics/profiles/1/network"), "and undo brings it back");

        robot.interact(() -> robot.lookup("#field-profiles-add").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, fx.current().at("/basics/profiles").size());
        assertTrue(robot.lookup("#field-profiles-2-network").query().isFocused(), "a new profile gets the cursor");
        robot.write("Mastodon");
        assertEquals("Mastodon", fx.current().text("/basics/profiles/2/network"));
    }

    @Test
    void spaceOnASelectedSectionOrEntryHidesItAsItsEyeDoes(FxRobot robot) {
        robot.clickOn("#section-skills");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx.current().settings().isHidden("/skills"), "Space hides the selected section");
        assertTrue(robot.lookup("#section-skills").query().getStyleClass().contains("hidden-section"));
        assertEquals("Skills, 2 entries, hidden from the output", robot.lookup("#section-skills").query().getAccessibleText(),
                "a screen reader hears what the badge and the eye show");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx.current().settings().isHidden("/skills"), "and shows it again");
        robot.type(KeyCode.F2).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("My").type(KeyCode.SPACE).write("skills").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx.current().settings().isHidden("/skills"), "a space in a heading being renamed is only a space");
        assertEquals("My skills", fx.current().text("/meta/vitae/headings/skills"));

        robot.clickOn("#section-basics").type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx.current().settings().isHidden("/basics"), "basics has no eye");

        robot.clickOn("#section-work").clickOn("#entry-1").type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx.current().settings().isHidden("/work/1"), "Space hides the selected entry");
        assertTrue(robot.lookup("#entry-1").query().getAccessibleText().endsWith(", hidden from the output"),
                robot.lookup("#entry-1").query().getAccessibleText());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx.current().settings().isHidden("/work/1"), "as one undoable step");
    }

    @Test
    void thePresentSwitchRemovesTheEndDate(FxRobot robot) {
        robot.clickOn("#section-work").clickOn("#entry-1");
        assertFalse(fx.current().at("/work/1/endDate").isMissingNode());
        ToggleSwitch present = robot.lookup("#field-endDate-present").queryAs(ToggleSwitch.class);
        assertFalse(present.isSelected());
        robot.clickOn(present.lookup(".thumb-area"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx.current().at("/work/1/endDate").isMissingNode(), "present means no end date");
        assertTrue(robot.lookup("#field-endDate").queryAs(TextField.class).isDisabled());
        robot.clickOn(present.lookup(".thumb-area"));
        robot.clickOn("#field-endDate").write("2024-06");
        assertEquals("2024-06", fx.current().text("/work/1/endDate"));
    }

    @Test
    void anImpossibleDateIsFlaggedInlineButStillKept(FxRobot robot) {
        robot.clickOn("#section-work").clickOn("#entry-0");
        TextField start = robot.lookup("#field-startDate").queryAs(TextField.class);
        robot.doubleClickOn(start).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2021-13");
        Label message = robot.lookup("#field-startDate-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("not a date"), message.getText());
        assertTrue(start.getStyleClass().contains("invalid"));
        assertEquals("2021-13", fx.current().text("/work/0/startDate"), "the person's text is kept, not refused");
        fx.awaitIdle();
        assertTrue(start.getStyleClass().contains(ProblemMarks.STYLE), "the validator's problem is marked on the field");
        robot.clickOn("#problems-button");
        assertTrue(robot.lookup("#problems-list").tryQuery().isPresent());
    }

    @Test
    void everyFieldHasALabelPointingAtItAndAccessibleText(FxRobot robot) {
        for (String section : new String[]{"basics", "work", "education", "projects", "skills"}) {
            robot.clickOn("#section-" + section);
            for (var node : robot.lookup(".field-label").queryAllAs(Label.class)) {
                assertTrue(node.getLabelFor() != null, "label " + node.getText() + " points at its control");
                String accessible = node.getLabelFor().getAccessibleText();
                assertTrue(accessible != null && !accessible.isBlank(), "control of " + node.getText() + " has accessible text");
            }
        }
        robot.clickOn("#section-basics");
        Label name = robot.lookup(".field-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Name")).findFirst().orElseThrow();
        assertSame(robot.lookup("#field-name").query(), name.getLabelFor());
    }
}
