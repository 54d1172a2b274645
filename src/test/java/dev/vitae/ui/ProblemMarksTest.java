package dev.vitae.ui;

import dev.vitae.store.Problem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A field with a problem is marked, and its tooltip says the problem as a sentence. */
class ProblemMarksTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
    }

    @Test
    void theMarkedFieldsTooltipIsASentence() throws Exception {
        String tip = FxRunner.call(() -> {
            TextField photo = new TextField();
            photo.setId(FieldIds.of("/image"));
            VBox form = new VBox(photo);
            ProblemMarks.apply(form, "/basics", List.of(new Problem("/basics/image", "the photo gone.jpg is not in /home/ada")));
            assertTrue(photo.getStyleClass().contains(ProblemMarks.STYLE));
            return ((Tooltip) photo.getProperties().values().stream().filter(Tooltip.class::isInstance).findFirst().orElseThrow()).getText();
        });
        assertEquals("The photo gone.jpg is not in /home/ada", tip);
    }
}
