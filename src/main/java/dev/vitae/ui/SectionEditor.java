package dev.vitae.ui;

import dev.vitae.model.Document;
import javafx.scene.Node;

/** What the middle of the window shows for the selected section. */
interface SectionEditor {

    Node node();

    String sectionKey();

    void refresh(Document document);

    /** The pointer of the entry whose form is showing (e.g. {@code /work/2}), or null. */
    String entryPointer();
}
