package dev.vitae.ui;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Help → Keyboard Shortcuts: the menus' shortcuts, read from the menu bar itself so the list cannot drift from
 * it, and the keys that work inside the forms and lists, which no menu shows. It does not block the window, so
 * it can stay open while one tries the keys.
 */
final class ShortcutsDialog {

    /** One line of the list: the keys, spelled as this platform spells them, and what they do. */
    record Shortcut(String keys, String action) {
    }

    /** Keys handled by the forms and lists themselves (sections, entries, string lists, multi-line fields). */
    static final List<Shortcut> IN_FORMS = List.of(
            new Shortcut(MoveKeys.UP.getDisplayText() + " / " + MoveKeys.DOWN.getDisplayText(),
                    "Move the selected section or entry, or the highlight or profile being edited, up or down"),
            new Shortcut(keys(KeyCode.SPACE), "Hide the selected section or entry from the output, or show it again"),
            new Shortcut(keys(KeyCode.F2), "Rename the selected section"),
            new Shortcut(keys(KeyCode.DELETE), "Delete the selected entry"),
            new Shortcut("Enter", "In a list of highlights, roles, courses or keywords: add a line below"),
            new Shortcut("Backspace", "In an empty line of such a list: remove it"),
            new Shortcut(keys(KeyCode.TAB) + " / " + keys(KeyCode.TAB, KeyCombination.SHIFT_DOWN),
                    "Next or previous field, also out of a field of several lines"),
            new Shortcut(keys(KeyCode.ESCAPE), "Close the problems list; leave a section's heading as it was"),
            new Shortcut(AppMenus.REDO_ALT.getDisplayText(), "Redo, as well as the Edit menu's shortcut"));

    /** What the preview's pages answer; not keys, but where a person looks for what the window can do. */
    static final List<Shortcut> IN_PREVIEW = List.of(
            new Shortcut("Click", "On an entry, a section or the header of a page: open it in the form"));

    private static Dialog<Void> showing;

    private ShortcutsDialog() {
    }

    static void show(Window owner, MenuBar menus) {
        if (showing != null && showing.isShowing()) {
            ((Stage) showing.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setResizable(true);
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 12, 4, 4));
        int row = addGroup(grid, 0, "Menus", fromMenus(menus));
        row = addGroup(grid, row, "Forms and lists", IN_FORMS);
        addGroup(grid, row, "Preview", IN_PREVIEW);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.setPrefViewportWidth(620);
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setOnHidden(e -> showing = null);
        showing = dialog;
        dialog.show();
    }

    /** Every menu item with a shortcut, named as the menus name it: "File › Save". */
    static List<Shortcut> fromMenus(MenuBar bar) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText(), shortcuts);
        }
        return shortcuts;
    }

    private static void collect(Menu menu, String path, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, name(path, sub), into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(item.getAccelerator().getDisplayText(), name(path, item)));
            }
        }
    }

    private static String name(String path, MenuItem item) {
        return path + " › " + item.getText().replace("…", "");
    }

    private static int addGroup(GridPane grid, int row, String title, List<Shortcut> shortcuts) {
        Label heading = new Label(title);
        heading.getStyleClass().add("shortcuts-heading");
        heading.setStyle("-fx-font-weight: bold;");
        if (row > 0) {
            GridPane.setMargin(heading, new Insets(12, 0, 0, 0));
        }
        grid.add(heading, 0, row++, 2, 1);
        for (Shortcut s : shortcuts) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            GridPane.setValignment(keys, VPos.TOP);
            Label action = new Label(s.action());
            action.setWrapText(true);
            action.setAccessibleText(s.action() + ": " + s.keys());
            grid.addRow(row++, keys, action);
        }
        return row;
    }

    private static String keys(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers).getDisplayText();
    }
}
