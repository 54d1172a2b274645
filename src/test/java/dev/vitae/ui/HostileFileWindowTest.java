package dev.vitae.ui;

import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;
import dev.vitae.render.Renderer;
import dev.vitae.render.ThemeCatalog;
import dev.vitae.store.AppFolders;
import dev.vitae.store.Problem;
import dev.vitae.store.ResumeReader;
import dev.vitae.store.ResumeStore;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file full of wrong types and a missing photo opens in the window, every section can be shown, and nothing breaks. */
class HostileFileWindowTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxRunner.startToolkit();
    }

    @Test
    void everySectionOfAFileWithWrongTypesCanBeShownAndEdited() throws Exception {
        Path file = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ana\", \"image\": \"gone.jpg\","
                + " \"profiles\": {}, \"location\": []}, \"work\": {}, \"education\": \"none\", \"skills\": [1, null, \"x\"],"
                + " \"projects\": [{\"highlights\": {}}], \"languages\": [[]], \"meta\": {\"vitae\": {\"hidden\": {}, \"sectionOrder\": 5}}}");
        AppFolders folders = AppFolders.under(dir);
        MainWindow window = FxRunner.call(() -> {
            MainWindow w = new MainWindow(new Stage(), new AppServices(folders, AppPreferences.load(folders.config()),
                    new ResumeStore(), WindowFixture.RENDERER, null, new ScriptedPrompts()));
            w.start(file, Samples.sample());
            w.show();
            return w;
        });
        try {
            assertEquals(file, FxRunner.call(() -> window.documents().file()));
            for (SectionSpec section : SectionCatalogue.all()) {
                FxRunner.run(() -> window.sections().select(section.key()));
            }
            FxRunner.run(() -> window.sections().select(SectionList.SETTINGS));
            FxRunner.run(() -> window.session().setText("/basics/name", "Ana B"));
            assertEquals("Ana B", FxRunner.call(() -> window.session().current().name()));
        } finally {
            FxRunner.run(() -> window.stage().close());
        }
    }

    @Test
    void theProblemListNamesAMissingPhotoAndABrokenTheme() throws Exception {
        Path themes = Files.createDirectories(dir.resolve("themes/broken"));
        Files.writeString(themes.resolve("theme.json"), "{\"name\": \"broken\"}");
        Files.writeString(themes.resolve("template.mustache"), "{{#unclosed}}");
        Renderer renderer = new Renderer(ThemeCatalog.builtIn().withUserThemes(dir.resolve("themes")), Locale.ENGLISH);
        List<Problem> problems = RenderProblems.add(List.of(), renderer,
                ResumeReader.parse("{\"basics\": {\"image\": \"gone.jpg\"}}", null).document(), dir);
        assertEquals(2, problems.size());
        assertEquals("/basics/image: the photo gone.jpg is not in " + dir.toRealPath(), problems.get(0).describe());
        assertTrue(problems.get(1).describe().startsWith("theme not loaded: " + themes + "/template.mustache"),
                problems.get(1).describe());
    }
}
