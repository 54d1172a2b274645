package dev.vitae.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys that move the item in hand one place up or down: a section, an entry, a line of a list, a profile.
 * One definition, so every list moves with the same keys and the shortcuts list names them as they are.
 */
final class MoveKeys {

    static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private MoveKeys() {
    }

    /** -1 for a move up, 1 for a move down, 0 for any other key. */
    static int step(KeyEvent e) {
        return UP.match(e) ? -1 : DOWN.match(e) ? 1 : 0;
    }
}
