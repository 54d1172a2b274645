package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.SectionCatalogue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/** The form for {@code basics}: name, contact details, summary, location and profiles. */
final class BasicsEditor implements SectionEditor {

    private final EntryEditor editor;
    private final ScrollPane scroll = new ScrollPane();
    private final Label notAnObject = new Label("basics is not an object in the file. Vitae keeps it exactly as it is.");

    BasicsEditor(EditorSession session) {
        editor = new EntryEditor(session, SectionCatalogue.BASICS.fields(), SectionCatalogue.BASICS.pointer());
        scroll.setFitToWidth(true);
        FocusScroller.install(scroll);
        scroll.setId("entry-form");
        scroll.getStyleClass().add("form-scroll");
        notAnObject.getStyleClass().add("empty-hint");
        refresh(session.current());
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public String sectionKey() {
        return SectionCatalogue.BASICS.key();
    }

    @Override
    public String entryPointer() {
        return SectionCatalogue.BASICS.pointer();
    }

    @Override
    public void refresh(Document document) {
        var basics = document.at(SectionCatalogue.BASICS.pointer());
        if (basics.isMissingNode() || basics.isObject()) {
            if (scroll.getContent() != editor.node()) {
                scroll.setContent(editor.node());
            }
            editor.refresh(document);
        } else {
            scroll.setContent(notAnObject);
        }
    }
}
