package dev.vitae.ui;

import dev.vitae.model.Edit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.Supplier;

/** The eye that hides a section or an entry from the output (its data stays) and shows it again. */
final class EyeButton {

    private final Button button = new Button();
    private boolean hidden;
    /** What the icon and tooltip were last made for; null before the first {@link #show}. */
    private String shownNoun;

    /** @param toggle called with the state to switch to: true to hide */
    EyeButton(java.util.function.Consumer<Boolean> toggle) {
        button.getStyleClass().addAll("flat", "eye");
        button.setFocusTraversable(false);
        button.setOnAction(e -> toggle.accept(!hidden));
    }

    Button node() {
        return button;
    }

    /** Hides the section or entry at {@code pointer} from the output, or shows it again, as one undoable edit. */
    static void setHidden(EditorSession session, String pointer, boolean hide) {
        session.endTyping();
        session.apply(new Edit.SetHidden(pointer, hide));
    }

    /**
     * Space on {@code list} does what a click on the selected row's eye does. {@code selectedPointer} names what
     * that row hides, or null when there is no selection or the row has no eye.
     */
    static void hideWithSpace(ListView<?> list, EditorSession session, Supplier<String> selectedPointer) {
        // a filter, since the list's own behaviour takes Space for selecting, which is already done; only for the
        // list itself, not a field being typed into in one of its rows (a section's heading being renamed)
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            String pointer = e.getCode() == KeyCode.SPACE && e.getTarget() == list ? selectedPointer.get() : null;
            if (pointer != null) {
                setHidden(session, pointer, !session.current().settings().isHidden(pointer));
                e.consume();
            }
        });
    }

    /**
     * Shows the state of one item: {@code noun} is "entry" or "section". The list cells call this for every
     * edit, so the icon and tooltip are made again only when what they say changes.
     */
    void show(String id, boolean hidden, String noun) {
        button.setId(id);
        if (noun.equals(shownNoun) && hidden == this.hidden) {
            return;
        }
        this.hidden = hidden;
        shownNoun = noun;
        button.setGraphic(Icons.of(hidden ? "mdi2e-eye-off-outline" : "mdi2e-eye-outline"));
        String state = hidden ? "Show " + noun + " in output" : "Hide " + noun + " from output";
        HoverTip.set(button, state);
        button.setAccessibleText(state);
    }
}
