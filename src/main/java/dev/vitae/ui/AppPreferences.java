package dev.vitae.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.JsonTree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the window remembers between runs: size and position, split positions, recent files, the last export
 * folder, the UI theme and zoom. A small JSON file in the config folder; unknown keys are kept, and a
 * missing or broken file just means defaults.
 */
final class AppPreferences {

    private static final int RECENT_LIMIT = 10;

    private final Path file;
    private final ObjectNode values;

    private AppPreferences(Path file, ObjectNode values) {
        this.file = file;
        this.values = values;
    }

    static AppPreferences load(Path configFolder) {
        Path file = configFolder.resolve("preferences.json");
        try {
            JsonNode node;
            try (InputStream in = Files.newInputStream(file)) {
                node = JsonTree.read(in);
            }
            if (node instanceof ObjectNode object) {
                return new AppPreferences(file, object);
            }
        } catch (IOException | RuntimeException e) {
            // first run, or a damaged file: start from defaults
        }
        return new AppPreferences(file, JsonNodeFactory.instance.objectNode());
    }

    void save() throws IOException {
        Files.createDirectories(file.getParent());
        new dev.vitae.store.AtomicFileWriter().write(file, JsonTree.writeIndented(values));
    }

    /** Saves, and tells the log rather than the person when the config folder is not writable. */
    void saveQuietly() {
        try {
            save();
        } catch (IOException e) {
            System.err.println("Vitae: could not save preferences to " + file + ": " + e.getMessage());
        }
    }

    double number(String key, double fallback) {
        JsonNode n = values.get(key);
        return n != null && n.isNumber() ? n.doubleValue() : fallback;
    }

    void put(String key, double value) {
        values.put(key, value);
    }

    boolean flag(String key, boolean fallback) {
        JsonNode n = values.get(key);
        return n != null && n.isBoolean() ? n.booleanValue() : fallback;
    }

    void put(String key, boolean value) {
        values.put(key, value);
    }

    Optional<String> text(String key) {
        JsonNode n = values.get(key);
        return n != null && n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
    }

    void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        JsonNode n = values.get("recentFiles");
        if (n != null && n.isArray()) {
            n.forEach(p -> {
                if (p.isTextual()) {
                    out.add(Path.of(p.asText()));
                }
            });
        }
        return out;
    }

    /** Puts a file at the top of the recent list. */
    void addRecent(Path path) {
        List<Path> recent = recentFiles();
        Path absolute = path.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        ArrayNode array = values.putArray("recentFiles");
        recent.stream().limit(RECENT_LIMIT).forEach(p -> array.add(p.toString()));
    }

    void clearRecent() {
        values.remove("recentFiles");
    }
}
