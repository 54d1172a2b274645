package dev.vitae.ui;

import dev.vitae.model.FieldSpec;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.store.Problem;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

import java.util.List;

/**
 * Puts the validator's problems on the fields they concern in the form on screen: a warning style and the
 * message as a tooltip. Problems stay warnings; the field remains editable.
 */
final class ProblemMarks {

    static final String STYLE = "has-problem";
    private static final String TOOLTIP_KEY = "vitae.problemTooltip";

    private ProblemMarks() {
    }

    static void apply(Node form, String entryPointer, List<Problem> problems) {
        for (Node marked : form.lookupAll("." + STYLE)) {
            marked.getStyleClass().remove(STYLE);
            if (marked.getProperties().remove(TOOLTIP_KEY) instanceof Tooltip t) {
                Tooltip.uninstall(marked, t);
            }
        }
        if (entryPointer == null) {
            return;
        }
        for (Problem p : problems) {
            Node control = control(form, entryPointer, p.pointer());
            if (control != null && !control.getStyleClass().contains(STYLE)) {
                control.getStyleClass().add(STYLE);
                // a message reads after a place in the list ("Photo: the photo … is not in …"); alone, as a sentence
                String m = p.message();
                Tooltip tip = new Tooltip(m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1));
                Tooltip.install(control, tip);
                control.getProperties().put(TOOLTIP_KEY, tip);
            }
        }
    }

    /** The control of the field at {@code pointer} in the form of the entry at {@code entryPointer}, or null. */
    static Node control(Node form, String entryPointer, String pointer) {
        if (entryPointer == null || !pointer.startsWith(entryPointer + "/")) {
            return null;
        }
        return form.lookup("#" + FieldIds.of(canonical(entryPointer, pointer.substring(entryPointer.length()))));
    }

    /** The path with the entry's own property spelled as the catalogue spells it (company → name). */
    private static String canonical(String entryPointer, String relative) {
        String section = entryPointer.split("/")[1];
        String[] parts = relative.substring(1).split("/", 2);
        String key = SectionCatalogue.find(section).flatMap(s -> s.field(parts[0])).map(FieldSpec::key).orElse(parts[0]);
        return "/" + key + (parts.length > 1 ? "/" + parts[1] : "");
    }
}
