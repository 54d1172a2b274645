package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vitae.model.DateStyle;
import dev.vitae.model.Document;
import dev.vitae.model.Edit;
import dev.vitae.model.OutputSettings;
import dev.vitae.render.FontCatalog;
import dev.vitae.render.Layout;
import dev.vitae.render.Renderer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The output settings (theme, page, type, colour, dates, language) as a property sheet. Values live in
 * {@code meta.vitae}; every change is an undoable edit like any other.
 */
final class SettingsPane {

    /** Languages the output is localised in, by tag. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh", "ar", "he");

    private final EditorSession session;
    private final Supplier<Renderer> renderer;
    private final ExecutorService thumbnails = DaemonThreads.single("vitae-thumbnails");
    private final PropertySheet sheet = new PropertySheet();
    private final List<Setting> settings = new ArrayList<>();
    private final VBox root;

    /** Themes, fonts and the theme's defaults (shown for settings the file does not set) come from the renderer. */
    SettingsPane(EditorSession session, Supplier<Renderer> renderer) {
        this.session = session;
        this.renderer = renderer;
        List<String> themes = renderer.get().themes().names();
        List<String> fonts = renderer.get().fonts().families().stream().map(FontCatalog.Family::name).toList();
        BiFunction<Document, String, Object> defaults = this::defaultValue;
        settings.add(new Setting(OutputSettings.THEME, "Theme", "Look", String.class, labels(themes), defaults));
        settings.add(new Setting(OutputSettings.PAGE, "Page size", "Page", String.class,
                ordered("a4", "A4", "letter", "Letter"), defaults));
        settings.add(new Setting(OutputSettings.MARGINS, "Margins (mm)", "Page", Double.class, null, defaults));
        settings.add(new Setting(OutputSettings.PAGE_NUMBERS, "Page numbers", "Page", Boolean.class, null, defaults));
        settings.add(new Setting(OutputSettings.FONT_FAMILY, "Font", "Look", String.class, labels(fonts), defaults));
        settings.add(new Setting(OutputSettings.FONT_SIZE, "Font size (pt)", "Look", Double.class, null, defaults));
        settings.add(new Setting(OutputSettings.ACCENT, "Accent colour", "Look", Color.class, null, defaults));
        Map<String, String> dates = new LinkedHashMap<>();
        dates.put(DateStyle.NUMERIC.id(), "2/2022");
        dates.put(DateStyle.SHORT.id(), "Feb 2022");
        dates.put(DateStyle.LONG.id(), "February 2022");
        dates.put(DateStyle.ISO.id(), "2022-02");
        settings.add(new Setting(OutputSettings.DATE_FORMAT, "Date format", "Language", String.class, dates, defaults));
        Map<String, String> languages = new LinkedHashMap<>();
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            languages.put(tag, locale.getDisplayLanguage(locale) + " (" + tag + ")");
        }
        settings.add(new Setting(OutputSettings.LOCALE, "Language", "Language", String.class, languages, defaults));
        sheet.setId("settings-sheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(this::editorFor);
        sheet.getItems().setAll(settings);
        Label hint = new Label("These settings shape the PDF and HTML and are saved in the file under meta.vitae.");
        hint.setWrapText(true);
        hint.getStyleClass().add("settings-hint");
        root = new VBox(8, hint, sheet);
        root.getStyleClass().add("settings-pane");
        refresh(session.current());
    }

    /** The value the renderer uses for a setting the file leaves out: the theme's default. */
    private Object defaultValue(Document document, String key) {
        Layout layout = renderer.get().layout(document);
        return switch (key) {
            case OutputSettings.THEME -> renderer.get().themes().resolve(document.settings().theme()).name();
            case OutputSettings.PAGE -> layout.page();
            case OutputSettings.MARGINS -> layout.margins().top();
            case OutputSettings.PAGE_NUMBERS -> layout.pageNumbers();
            case OutputSettings.FONT_FAMILY -> layout.fontFamily();
            case OutputSettings.FONT_SIZE -> layout.fontSize();
            case OutputSettings.ACCENT -> Color.web(layout.accent());
            case OutputSettings.DATE_FORMAT -> layout.dateStyle().id();
            case OutputSettings.LOCALE -> layout.locale().getLanguage();
            default -> null;
        };
    }

    private static Map<String, String> labels(List<String> values) {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach(v -> m.put(v, v));
        return m;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private PropertyEditor<?> editorFor(PropertySheet.Item item) {
        Setting setting = (Setting) item;
        PropertyEditor<?> editor;
        if (setting.key.equals(OutputSettings.THEME)) {
            editor = new ThemePicker(item, renderer, thumbnails);
        } else if (setting.choices != null) {
            editor = Editors.createChoiceEditor(item, setting.choices.values());
        } else {
            editor = new DefaultPropertyEditorFactory().call(item);
        }
        editor.getEditor().setId("setting-" + setting.key);
        editor.getEditor().setAccessibleText(setting.getName());
        return editor;
    }

    Node node() {
        return root;
    }

    void refresh(Document document) {
        settings.forEach(s -> s.refresh(document));
    }

    /** One row of the sheet, reading from and writing to {@code meta.vitae.<key>}. */
    private final class Setting implements PropertySheet.Item {
        private final String key;
        private final String name;
        private final String category;
        private final Class<?> type;
        /** stored value → shown label, for settings chosen from a list */
        private final Map<String, String> choices;
        private final BiFunction<Document, String, Object> defaults;
        private final SimpleObjectProperty<Object> value = new SimpleObjectProperty<>();

        Setting(String key, String name, String category, Class<?> type, Map<String, String> choices,
                BiFunction<Document, String, Object> defaults) {
            this.key = key;
            this.name = name;
            this.category = category;
            this.type = type;
            this.choices = choices;
            this.defaults = defaults;
        }

        void refresh(Document document) {
            JsonNode stored = document.at(OutputSettings.pointer(key));
            Object shown = stored.isMissingNode() ? defaults.apply(document, key) : fromJson(stored, document);
            if (choices != null && shown != null) {
                shown = choices.getOrDefault(shown.toString(), shown.toString());
            }
            value.set(shown);
        }

        private Object fromJson(JsonNode node, Document document) {
            if (type == Double.class) {
                return node.isNumber() ? node.doubleValue() : defaults.apply(document, key);
            }
            if (type == Boolean.class) {
                return node.isBoolean() ? node.booleanValue() : defaults.apply(document, key);
            }
            if (type == Color.class) {
                try {
                    return Color.web(node.asText());
                } catch (IllegalArgumentException e) {
                    return defaults.apply(document, key);
                }
            }
            return node.asText();
        }

        private JsonNode toJson(Object shown) {
            if (shown instanceof Double d) {
                return DecimalNode.valueOf(BigDecimal.valueOf(d).stripTrailingZeros());
            }
            if (shown instanceof Boolean b) {
                return BooleanNode.valueOf(b);
            }
            if (shown instanceof Color c) {
                return TextNode.valueOf(String.format("#%02x%02x%02x",
                        Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255)));
            }
            String text = shown.toString();
            if (choices != null) {
                for (Map.Entry<String, String> e : choices.entrySet()) {
                    if (e.getValue().equals(text)) {
                        return TextNode.valueOf(e.getKey());
                    }
                }
            }
            return TextNode.valueOf(text);
        }

        @Override
        public Class<?> getType() {
            return type;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return name + " (meta.vitae." + key + ")";
        }

        @Override
        public Object getValue() {
            return value.get();
        }

        @Override
        public void setValue(Object shown) {
            if (shown == null || shown.equals(value.get())) {
                return;
            }
            JsonNode json = toJson(shown);
            if (!json.equals(session.current().at(OutputSettings.pointer(key)))) {
                session.endTyping();
                session.apply(new Edit.SetValue(OutputSettings.pointer(key), json));
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }
    }
}
