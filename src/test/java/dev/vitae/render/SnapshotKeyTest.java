package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The key a kept preview page is found by changes with everything the page is drawn from (issue 7). */
class SnapshotKeyTest {

    private static final String CONTENT = "a".repeat(64);

    @Test
    void equalInputsGiveEqualKeysAndEachInputChangesIt(@TempDir Path dir) throws Exception {
        Renderer renderer = new Renderer(ThemeCatalog.builtIn(), Locale.ENGLISH);
        Document doc = Rendering.json("{\"basics\": {\"name\": \"Ana\"}}");
        String key = renderer.snapshotKey(doc, dir, CONTENT);

        assertEquals(key, new Renderer(ThemeCatalog.builtIn(), Locale.ENGLISH).snapshotKey(Rendering.json("{\"basics\": {\"name\": \"Ana\"}}"), dir, CONTENT));
        assertNotEquals(key, renderer.snapshotKey(doc, dir, "b".repeat(64)), "the file's content");
        assertNotEquals(key, renderer.snapshotKey(doc, dir.resolve("elsewhere"), CONTENT), "the résumé's folder");
        assertNotEquals(key, new Renderer(ThemeCatalog.builtIn(), Locale.GERMAN).snapshotKey(doc, dir, CONTENT),
                "the language of a file that names none");
        assertNotEquals(key, renderer.snapshotKey(Rendering.withSettings(doc, v -> v.put("theme", "modern")), dir, CONTENT), "the theme");
    }

    @Test
    void thePhotoFileAndTheUserThemesFilesAreInTheKey(@TempDir Path dir) throws Exception {
        Path theme = Files.createDirectories(dir.resolve("themes/plain"));
        Files.writeString(theme.resolve(Theme.MANIFEST), "{\"name\": \"plain\"}");
        Files.writeString(theme.resolve(Theme.TEMPLATE), "<html><body><h1>{{basics.name}}</h1></body></html>");
        Files.writeString(dir.resolve("me.png"), "not really a picture");
        Document doc = Rendering.withSettings(Rendering.json("{\"basics\": {\"name\": \"Ana\", \"image\": \"me.png\"}}"),
                v -> v.put("theme", "plain"));
        String key = userThemes(dir).snapshotKey(doc, dir, CONTENT);
        assertEquals(key, userThemes(dir).snapshotKey(doc, dir, CONTENT));

        Files.setLastModifiedTime(dir.resolve("me.png"), FileTime.fromMillis(Files.getLastModifiedTime(dir.resolve("me.png")).toMillis() - 60_000));
        String photoTouched = userThemes(dir).snapshotKey(doc, dir, CONTENT);
        assertNotEquals(key, photoTouched, "the photo file");

        Files.writeString(theme.resolve(Theme.TEMPLATE), "<html><body><h2>{{basics.name}}</h2></body></html>");
        assertNotEquals(photoTouched, userThemes(dir).snapshotKey(doc, dir, CONTENT), "the theme's template");
    }

    private static Renderer userThemes(Path dir) {
        return new Renderer(ThemeCatalog.builtIn().withUserThemes(dir.resolve("themes")), Locale.ENGLISH);
    }
}
