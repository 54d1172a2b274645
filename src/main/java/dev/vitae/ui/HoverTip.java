package dev.vitae.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer comes over its control. Each {@link Tooltip} is a popup window of its
 * own, and the section rows and toolbar buttons made a dozen or more of them while the window was being built,
 * most never to be shown (issue 7).
 */
final class HoverTip {

    private static final String TEXT = "vitae.hoverTip";
    private static final EventHandler<MouseEvent> MAKE = HoverTip::make;

    private HoverTip() {
    }

    /** Gives {@code control} the tooltip {@code text}, made when first needed. */
    static void set(Control control, String text) {
        if (control.getTooltip() != null) {
            control.getTooltip().setText(text);
            return;
        }
        if (control.getProperties().put(TEXT, text) == null) {
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, MAKE);
        }
    }

    private static void make(MouseEvent e) {
        Control control = (Control) e.getSource();
        control.removeEventHandler(MouseEvent.MOUSE_ENTERED, MAKE);
        if (control.getProperties().remove(TEXT) instanceof String text && control.getTooltip() == null) {
            control.setTooltip(new Tooltip(text));
        }
    }
}
