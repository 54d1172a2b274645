package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.List;

/**
 * A section in the left column: drag handle, heading (double-click to rename), entry count and an eye that
 * hides the section from the output without touching its data.
 */
final class SectionCell extends ListCell<String> {

    private final EditorSession session;
    private final SectionList owner;
    private final Label heading = new Label();
    private final Label count = new Label();
    private final EyeButton eye;
    /** Made on the first rename, as is the menu: a row made them for every section while the window was built. */
    private TextField renameField;
    private final HBox box;
    private final Node dragHandle = Icons.of("mdi2d-drag-vertical");
    private ContextMenu renameMenu;
    /** The icon a settings or basics row starts with, and the name it was made from. */
    private Node leadIcon;
    private String leadIconName;

    SectionCell(EditorSession session, SectionList owner) {
        this.session = session;
        this.owner = owner;
        heading.setMnemonicParsing(false);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setMinWidth(0);
        setPrefWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        count.getStyleClass().add("count-badge");
        eye = new EyeButton(hide -> EyeButton.setHidden(session, "/" + getItem(), hide));
        box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        heading.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && isListSection()) {
                startRename();
            }
        });
        setOnDragDetected(e -> {
            if (isListSection()) {
                startFullDrag();
            }
        });
        setOnMouseDragReleased(e -> {
            if (e.getGestureSource() instanceof SectionCell source && source != this
                    && source.isListSection() && isListSection()) {
                owner.move(source.getItem(), getItem());
            }
        });
        setOnContextMenuRequested(e -> {
            if (isListSection()) {
                renameMenu().show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        setOnMouseDragEntered(e -> Styles.toggle(this, "drop-target", isListSection()));
        setOnMouseDragExited(e -> Styles.toggle(this, "drop-target", false));
    }

    private boolean isListSection() {
        return !isEmpty() && SectionList.isListSection(getItem());
    }

    @Override
    protected void updateItem(String key, boolean empty) {
        super.updateItem(key, empty);
        Styles.toggle(this, "drop-target", false);
        setText(null);
        if (empty || key == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("section-" + key);
        Document document = session.current();
        String spoken;
        if (key.equals(SectionList.SETTINGS)) {
            heading.setText("Layout & style");
            showInBox(leadIcon("mdi2c-cog-outline"), heading);
            spoken = heading.getText();
        } else if (key.equals(SectionCatalogue.BASICS.key())) {
            heading.setText("Basics");
            showInBox(leadIcon("mdi2a-account-outline"), heading);
            spoken = heading.getText();
        } else {
            SectionSpec spec = SectionCatalogue.find(key).orElseThrow();
            boolean hidden = document.settings().isHidden("/" + key);
            heading.setText(document.settings().heading(key, spec.label()));
            int n = SectionList.count(document, key);
            count.setText(n == 0 ? "" : Integer.toString(n));
            eye.show("section-eye-" + key, hidden, "section");
            Styles.toggle(this, "hidden-section", hidden);
            showInBox(dragHandle, heading, count, eye.node());
            // what the badge and the eye show, in words for a screen reader
            spoken = heading.getText() + (n == 0 ? "" : n == 1 ? ", 1 entry" : ", " + n + " entries")
                    + (hidden ? ", hidden from the output" : "");
        }
        setAccessibleText(spoken);
        setGraphic(box);
    }

    /*
     * The list refreshes every cell on every edit: nodes are made only when a cell changes what it shows, since
     * each new node is styled again (most of the FX thread's allocation while typing, measured with JFR).
     */
    private Node leadIcon(String name) {
        if (!name.equals(leadIconName)) {
            leadIconName = name;
            leadIcon = Icons.of(name);
        }
        return leadIcon;
    }

    private void showInBox(Node... nodes) {
        if (!box.getChildren().equals(List.of(nodes))) {
            box.getChildren().setAll(nodes);
        }
    }

    private ContextMenu renameMenu() {
        if (renameMenu == null) {
            MenuItem rename = new MenuItem("Rename heading…");
            rename.setOnAction(e -> startRename());
            renameMenu = new ContextMenu(rename);
        }
        return renameMenu;
    }

    private TextField renameField() {
        if (renameField == null) {
            renameField = new TextField();
            HBox.setHgrow(renameField, Priority.ALWAYS);
            renameField.setId("section-rename");
            renameField.setAccessibleText("Section heading");
            renameField.setOnAction(e -> commitRename());
            renameField.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    endRename();
                    e.consume();
                }
            });
            renameField.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && box.getChildren().contains(renameField)) {
                    commitRename();
                }
            });
        }
        return renameField;
    }

    void startRename() {
        if (!isListSection()) {
            return;
        }
        TextField field = renameField();
        field.setText(heading.getText());
        int at = box.getChildren().indexOf(heading);
        box.getChildren().set(at, field);
        field.requestFocus();
        field.selectAll();
    }

    private void commitRename() {
        String key = getItem();
        String text = renameField.getText();
        endRename();
        if (key != null) {
            owner.rename(key, text);
        }
    }

    private void endRename() {
        if (renameField == null) {
            return;
        }
        int at = box.getChildren().indexOf(renameField);
        if (at >= 0) {
            box.getChildren().set(at, heading);
        }
    }
}
