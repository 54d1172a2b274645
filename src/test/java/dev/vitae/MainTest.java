package dev.vitae;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @TempDir
    Path temp;

    private String savedFontCache;
    private String savedHome;

    @BeforeEach
    void saveProperties() {
        savedFontCache = System.getProperty(Main.FONT_CACHE_PROPERTY);
        savedHome = System.getProperty("vitae.home");
    }

    @AfterEach
    void restoreProperties() {
        restore(Main.FONT_CACHE_PROPERTY, savedFontCache);
        restore("vitae.home", savedHome);
    }

    @Test
    void fontCacheDefaultsToTheDataFolderAndCreatesIt() {
        System.clearProperty(Main.FONT_CACHE_PROPERTY);
        System.setProperty("vitae.home", temp.resolve("home").toString());

        Main.prepareFontCacheFolder();

        Path expected = temp.resolve("home").resolve("data");
        assertEquals(expected.toString(), System.getProperty(Main.FONT_CACHE_PROPERTY));
        assertTrue(Files.isDirectory(expected));
    }

    @Test
    void aNamedFontCacheFolderThatDoesNotExistYetIsCreated() {
        Path named = temp.resolve("not").resolve("there").resolve("yet");
        System.setProperty(Main.FONT_CACHE_PROPERTY, named.toString());

        Main.prepareFontCacheFolder();

        assertTrue(Files.isDirectory(named));
        assertEquals(named.toString(), System.getProperty(Main.FONT_CACHE_PROPERTY));
    }

    @Test
    void aFontCacheFolderThatCannotBeCreatedLeavesThePropertyAsItWas() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "");
        String blocked = file.resolve("cache").toString();
        System.setProperty(Main.FONT_CACHE_PROPERTY, blocked);

        Main.prepareFontCacheFolder();

        assertEquals(blocked, System.getProperty(Main.FONT_CACHE_PROPERTY));
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
