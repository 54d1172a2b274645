package dev.vitae.ui;

import dev.vitae.model.Edit;
import javafx.scene.control.Button;

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

    /** What Space does on a selected section or entry: the same as a click on its eye. */
    static void toggle(EditorSession session, String pointer) {
        setHidden(session, pointer, !session.current().settings().isHidden(pointer));
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
