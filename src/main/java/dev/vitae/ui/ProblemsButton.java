package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.ProblemPlace;
import dev.vitae.store.Problem;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The status bar's problem count; clicking it lists the problems (where, in the forms' words, and what), and
 * choosing one goes to its section and entry. Problems are warnings: they never stop saving or exporting.
 */
final class ProblemsButton {

    private final Button button = new Button();
    private final ObservableList<Problem> problems;
    private final Supplier<Document> document;
    private final Consumer<Problem> goTo;
    /** Made on the first click: a pop-over is a window of its own, and the main window's start need not pay for it. */
    private PopOver popOver;
    private ListView<Problem> list;

    ProblemsButton(ObservableList<Problem> problems, Supplier<Document> document, Consumer<Problem> goTo) {
        this.problems = problems;
        this.document = document;
        this.goTo = goTo;
        button.setId("problems-button");
        button.getStyleClass().add("flat");
        button.setOnAction(e -> {
            if (!problems.isEmpty()) {
                popOver().show(button);
            }
        });
        // Escape and Enter reach whichever window has the keyboard: the pop-over's, or the main window's
        button.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::whileShown);
            }
        });
        problems.addListener((ListChangeListener<Problem>) c -> update(problems.size()));
        update(problems.size());
    }

    private PopOver popOver() {
        if (popOver != null) {
            return popOver;
        }
        list = new ListView<>(problems);
        list.setId("problems-list");
        list.setPrefSize(520, 240);
        list.setCellFactory(v -> new ProblemCell(document));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goToSelected();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                goToSelected();
            }
        });
        Label hint = new Label("Double-click a problem (or press Enter) to go to it. Problems never stop saving or exporting.");
        hint.setWrapText(true);
        VBox content = new VBox(6, list, hint);
        content.setStyle("-fx-padding: 10;");
        popOver = new PopOver(content);
        popOver.setTitle("Problems");
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        // a click elsewhere closes the list and still does what it was for
        popOver.setConsumeAutoHidingEvents(false);
        popOver.setOnShown(e -> list.requestFocus());
        popOver.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::whileShown);
        return popOver;
    }

    private void whileShown(KeyEvent e) {
        if (popOver == null || !popOver.isShowing()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            popOver.hide();
            e.consume();
        } else if (e.getTarget() != list && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.UP
                || e.getCode() == KeyCode.DOWN)) {
            list.requestFocus();
            list.fireEvent(e.copyFor(list, list));
            e.consume();
        }
    }

    private void goToSelected() {
        Problem p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            popOver.hide();
            goTo.accept(p);
        }
    }

    private void update(int count) {
        button.setText(count == 0 ? "No problems" : count == 1 ? "1 problem" : count + " problems");
        button.setGraphic(Icons.of(count == 0 ? "mdi2c-check-circle-outline" : "mdi2a-alert-outline"));
        Styles.toggle(button, "has-problems", count > 0);
        button.setAccessibleText(button.getText());
    }

    Node node() {
        return button;
    }

    /** A problem on two lines: where it is, in bold, and the message, wrapped to the list's width. */
    private static final class ProblemCell extends ListCell<Problem> {
        private final Supplier<Document> document;
        private final Label place = new Label();
        private final Label message = new Label();
        private final VBox box = new VBox(2, place, message);

        ProblemCell(Supplier<Document> document) {
            this.document = document;
            box.setPadding(new Insets(3, 0, 4, 0));
            place.getStyleClass().add("problem-place");
            place.setStyle("-fx-font-weight: bold;");
            message.setWrapText(true);
            // the list's width less its scroll bar and padding: text wraps instead of scrolling sideways
            box.maxWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(100, widthProperty().get() - 28), widthProperty()));
            message.maxWidthProperty().bind(box.maxWidthProperty());
            message.prefWidthProperty().bind(box.maxWidthProperty());
            message.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            place.setText(problem.pointer().isEmpty() ? "Résumé" : ProblemPlace.describe(problem.pointer(), document.get()));
            message.setText(problem.message());
            setGraphic(box);
            setAccessibleText(place.getText() + ": " + problem.message());
        }
    }
}
