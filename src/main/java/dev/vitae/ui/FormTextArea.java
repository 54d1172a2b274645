package dev.vitae.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;

/**
 * A wrapping text area that behaves like a form field: it grows with its text (up to a limit) instead of
 * hiding a long highlight behind a scroll bar, and Tab moves to the next field instead of typing a tab.
 */
final class FormTextArea extends TextArea {

    /** Padding and scroll bar the text does not get to use. */
    private static final double INSET = 24;

    private final Text measure = new Text();
    private final int minRows;
    private final int maxRows;

    FormTextArea(int minRows, int maxRows) {
        this.minRows = minRows;
        this.maxRows = maxRows;
        getStyleClass().add("form-text-area");
        setWrapText(true);
        setPrefRowCount(minRows);
        textProperty().addListener(o -> fit());
        widthProperty().addListener(o -> fit());
        fontProperty().addListener(o -> fit());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own "move to the next control"
                fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }

    private void fit() {
        double width = getWidth() - INSET;
        if (width <= 0) {
            return;
        }
        measure.setFont(getFont());
        measure.setText("X");
        measure.setWrappingWidth(0);
        double line = measure.getLayoutBounds().getHeight();
        measure.setText(getText() == null || getText().isEmpty() ? "X" : getText());
        measure.setWrappingWidth(width);
        // a whole number of lines, rounded: the same one-word text measured 15.1 and then 16.0 pixels high,
        // and rounding up gave one-word keywords a second row
        int rows = Math.max(1, (int) Math.round(measure.getLayoutBounds().getHeight() / line));
        setPrefRowCount(Math.max(minRows, Math.min(maxRows, rows)));
    }
}
