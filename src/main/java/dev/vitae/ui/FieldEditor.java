package dev.vitae.ui;

import dev.vitae.model.Document;
import javafx.scene.Node;

/**
 * A control, or a small group of them, editing the value at one JSON pointer. Views never hold document
 * state: after every change the form calls {@link #refresh} with the new snapshot.
 */
interface FieldEditor {

    /** What goes into the form's right-hand column. */
    Node node();

    /** The control a label should point at and focus should go to. */
    Node focusTarget();

    /** Shows the document's value, without sending an edit back. */
    void refresh(Document document);
}
