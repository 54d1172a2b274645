package dev.vitae.ui;

import dev.vitae.render.Renderer;
import dev.vitae.render.Theme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The theme setting as a list of themes, each with a thumbnail of page 1 and its description. Thumbnails
 * are rendered in the background the first time the list is opened.
 */
final class ThemePicker extends AbstractPropertyEditor<Object, ComboBox<String>> {

    private static final double THUMB_WIDTH = 84;
    /** One property per theme, filled in when its thumbnail has been rendered; touched on the FX thread only. */
    private static final Map<String, ObjectProperty<Image>> THUMBNAILS = new HashMap<>();

    ThemePicker(PropertySheet.Item item, Supplier<Renderer> renderer, ExecutorService background) {
        super(item, new ComboBox<>(FXCollections.observableArrayList(renderer.get().themes().names())));
        ComboBox<String> box = getEditor();
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> new ThemeCell(renderer, background));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : shown(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
    }

    /** A theme's name as the picker shows it: "Classic" for the file's {@code classic}. */
    static String shown(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    @Override
    protected ObservableValue<Object> getObservableValue() {
        @SuppressWarnings("unchecked")
        ObservableValue<Object> value = (ObservableValue<Object>) (ObservableValue<?>) getEditor().valueProperty();
        return value;
    }

    @Override
    public void setValue(Object value) {
        getEditor().setValue(value == null ? null : value.toString());
    }

    /** The thumbnail of a theme, which starts empty and is rendered in the background on first request. */
    private static ObjectProperty<Image> thumbnail(String name, Supplier<Renderer> renderer, ExecutorService background) {
        return THUMBNAILS.computeIfAbsent(name, n -> {
            ObjectProperty<Image> image = new SimpleObjectProperty<>();
            background.execute(() -> {
                try {
                    Image png = new Image(new ByteArrayInputStream(renderer.get().thumbnail(n)), THUMB_WIDTH, 0, true, true);
                    Platform.runLater(() -> image.set(png));
                } catch (RuntimeException e) {
                    // a theme that cannot render its sample simply shows no picture
                }
            });
            return image;
        });
    }

    /** A theme in the list: thumbnail, name, description. */
    private static final class ThemeCell extends ListCell<String> {
        private final Supplier<Renderer> renderer;
        private final ExecutorService background;

        ThemeCell(Supplier<Renderer> renderer, ExecutorService background) {
            this.renderer = renderer;
            this.background = background;
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(shown(name));
            title.getStyleClass().add("theme-name");
            Label description = new Label(renderer.get().themes().find(name).map(Theme::description).orElse(""));
            description.setWrapText(true);
            description.setMaxWidth(260);
            description.getStyleClass().add("theme-description");
            ImageView thumb = new ImageView();
            thumb.imageProperty().bind(thumbnail(name, renderer, background));
            thumb.setFitWidth(THUMB_WIDTH);
            thumb.setPreserveRatio(true);
            thumb.getStyleClass().add("theme-thumbnail");
            HBox row = new HBox(10, thumb, new VBox(4, title, description));
            row.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(row);
            setId("theme-" + name);
            setAccessibleText(shown(name) + ": " + description.getText());
        }
    }
}
