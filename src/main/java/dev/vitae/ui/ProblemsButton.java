package dev.vitae.ui;

import dev.vitae.store.Problem;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

import java.util.function.Consumer;

/**
 * The status bar's problem count; clicking it lists the problems (JSON path and message), and choosing one
 * goes to its section and entry. Problems are warnings: they never stop saving or exporting.
 */
final class ProblemsButton {

    private final Button button = new Button();
    private final ListView<Problem> list = new ListView<>();
    private final PopOver popOver;

    ProblemsButton(ObservableList<Problem> problems, Consumer<Problem> goTo) {
        button.setId("problems-button");
        button.getStyleClass().add("flat");
        list.setId("problems-list");
        list.setItems(problems);
        list.setPrefSize(520, 240);
        list.setOnMouseClicked(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() == 2) {
                popOverHide();
                goTo.accept(p);
            }
        });
        Label hint = new Label("Double-click a problem to go to it. Problems never stop saving or exporting.");
        hint.setWrapText(true);
        VBox content = new VBox(6, list, hint);
        content.setStyle("-fx-padding: 10;");
        popOver = new PopOver(content);
        popOver.setTitle("Problems");
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        button.setOnAction(e -> {
            if (!problems.isEmpty()) {
                popOver.show(button);
            }
        });
        problems.addListener((ListChangeListener<Problem>) c -> update(problems.size()));
        update(problems.size());
    }

    private void popOverHide() {
        popOver.hide();
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
}
