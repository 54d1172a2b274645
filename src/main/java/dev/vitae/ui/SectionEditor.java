package dev.vitae.ui;

import dev.vitae.model.Document;
import javafx.scene.Node;

/** What the middle of the window shows for the selected section. */
interface SectionEditor {

    Node node();

    String sectionKey();

    void refresh(Document document);
}
