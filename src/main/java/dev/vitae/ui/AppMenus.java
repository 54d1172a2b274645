package dev.vitae.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The menu bar with the platform's usual shortcuts (⌘ on macOS, Ctrl elsewhere): File, Edit, View, Export,
 * Help.
 */
final class AppMenus {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Redo's second shortcut, which no menu item can show; the shortcuts list names it. */
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final MainWindow window;
    private final MenuBar bar = new MenuBar();

    AppMenus(MainWindow window) {
        this.window = window;
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        bar.getMenus().addAll(file(), edit(), view(), export(), help());
    }

    MenuBar bar() {
        return bar;
    }

    /**
     * Undo and redo act on the document everywhere, also while a text field has focus (a text field would
     * otherwise take the keys for its own, per-field undo).
     */
    void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e) || REDO_ALT.match(e)) {
                window.session().endTyping();
                window.session().redo();
                e.consume();
            } else if (UNDO.match(e)) {
                window.session().endTyping();
                window.session().undo();
                e.consume();
            }
        });
    }

    private Menu file() {
        DocumentController docs = window.documents();
        MenuItem newDoc = item("menu-new", "New", "N", e -> {
            if (docs.newDocument(Samples.blank())) {
                // a new résumé starts where one is begun: the name, not the section the last one was left on
                window.showBasics();
            }
        });
        MenuItem open = item("menu-open", "Open…", "O", e -> docs.openChosen());
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem save = item("menu-save", "Save", "S", e -> {
            window.session().endTyping();
            docs.save();
        });
        MenuItem saveAs = item("menu-save-as", "Save As…", null, e -> {
            window.session().endTyping();
            docs.saveAs();
        });
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem revert = item("menu-revert", "Revert to Saved", null, e -> docs.revert());
        revert.disableProperty().bind(window.session().dirtyProperty().not().or(docs.fileProperty().isNull()));
        // issue 4: the file's saved versions
        MenuItem versions = item("menu-versions", "Versions…", null, e -> window.safetyNet().showVersions());
        versions.disableProperty().bind(docs.fileProperty().isNull());
        MenuItem close = item("menu-close", "Close", "W", e -> window.close());
        MenuItem quit = item("menu-quit", "Quit", "Q", e -> window.close());
        Menu menu = new Menu("File", null, newDoc, open, recent, new SeparatorMenuItem(), save, saveAs, revert,
                versions, new SeparatorMenuItem(), close, quit);
        menu.setId("menu-file");
        return menu;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : window.services().prefs().recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setDisable(!Files.isRegularFile(path));
            item.setOnAction(e -> window.documents().open(path));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent");
            clear.setOnAction(e -> {
                window.services().prefs().clearRecent();
                window.services().prefs().saveQuietly();
            });
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private Menu edit() {
        EditorSession session = window.session();
        MenuItem undo = item("menu-undo", "Undo", null, e -> session.undo());
        undo.setAccelerator(UNDO);
        undo.textProperty().bind(session.undoLabelProperty());
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item("menu-redo", "Redo", null, e -> session.redo());
        redo.setAccelerator(REDO);
        redo.textProperty().bind(session.redoLabelProperty());
        redo.disableProperty().bind(session.canRedoProperty().not());
        MenuItem cut = item("menu-cut", "Cut", "X", e -> onText(TextInputControl::cut));
        MenuItem copy = item("menu-copy", "Copy", "C", e -> onText(TextInputControl::copy));
        MenuItem paste = item("menu-paste", "Paste", "V", e -> onText(TextInputControl::paste));
        MenuItem selectAll = item("menu-select-all", "Select All", "A", e -> onText(TextInputControl::selectAll));
        Menu menu = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), cut, copy, paste, selectAll);
        menu.setId("menu-edit");
        return menu;
    }

    private void onText(Consumer<TextInputControl> action) {
        Node focus = window.stage().getScene().getFocusOwner();
        if (focus instanceof TextInputControl text) {
            action.accept(text);
        }
    }

    private Menu view() {
        PreviewPane preview = window.preview();
        MenuItem in = item("menu-zoom-in", "Zoom In", null, e -> preview.zoomIn());
        in.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        MenuItem out = item("menu-zoom-out", "Zoom Out", null, e -> preview.zoomOut());
        out.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem actual = item("menu-zoom-actual", "Actual Size", "0", e -> preview.zoomProperty().set(Zoom.percent(100)));
        MenuItem fitWidth = item("menu-fit-width", "Fit Width", null, e -> preview.zoomProperty().set(Zoom.FIT_WIDTH));
        MenuItem fitPage = item("menu-fit-page", "Fit Page", null, e -> preview.zoomProperty().set(Zoom.FIT_PAGE));
        Menu theme = new Menu("Appearance");
        theme.setId("menu-appearance");
        ToggleGroup group = new ToggleGroup();
        UiTheme current = UiTheme.chosen(window.services().prefs());
        for (UiTheme t : UiTheme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.label);
            choice.setId("menu-theme-" + t.id);
            choice.setToggleGroup(group);
            choice.setSelected(t == current);
            choice.setOnAction(e -> {
                UiTheme.apply(window.stage().getScene(), t);
                window.services().prefs().put("uiTheme", t.id);
                window.services().prefs().saveQuietly();
            });
            theme.getItems().add(choice);
        }
        Menu menu = new Menu("View", null, in, out, actual, fitWidth, fitPage, new SeparatorMenuItem(), theme);
        menu.setId("menu-view");
        return menu;
    }

    private Menu export() {
        MenuItem pdf = item("menu-export-pdf", "PDF…", "E", e -> window.export(Exporter.Format.PDF));
        MenuItem html = item("menu-export-html", "HTML…", null, e -> window.export(Exporter.Format.HTML));
        html.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        CheckMenuItem openAfter = new CheckMenuItem("Open After Export");
        openAfter.setId("menu-open-after-export");
        openAfter.setSelected(window.exporter().opensAfterExport());
        openAfter.setOnAction(e -> window.exporter().opensAfterExport(openAfter.isSelected()));
        Menu menu = new Menu("Export", null, pdf, html, new SeparatorMenuItem(), openAfter);
        menu.setId("menu-export");
        return menu;
    }

    private Menu help() {
        MenuItem shortcuts = item("menu-shortcuts", "Keyboard Shortcuts", null, e -> ShortcutsDialog.show(window.stage(), bar));
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem about = item("menu-about", "About Vitae", null, e -> AboutDialog.show(window.stage()));
        Menu menu = new Menu("Help", null, shortcuts, new SeparatorMenuItem(), about);
        menu.setId("menu-help");
        return menu;
    }

    private static MenuItem item(String id, String text, String shortcutKey,
                                 javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(action);
        if (shortcutKey != null) {
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + shortcutKey));
        }
        return item;
    }
}
